import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Secrets are stored sealed (AES-256-GCM, see infra/keyring.ts) and never leave the
 * database layer except towards a device.
 */
export const credentialSets = pgTable('credential_sets', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  username: text('username').notNull(),
  passwordSealed: text('password_sealed'),
  enableSecretSealed: text('enable_secret_sealed'),
  privateKeySealed: text('private_key_sealed'),
  passphraseSealed: text('passphrase_sealed'),
  /** An API key or token for backup methods that use a device's HTTPS API. */
  apiKeySealed: text('api_key_sealed'),
  /**
   * Where the set may be used (see scope.ts): host patterns and CIDRs, device tags, ports. Empty
   * hosts and tags: any host.
   */
  scopeHosts: text('scope_hosts').array().notNull().default([]),
  scopeTags: text('scope_tags').array().notNull().default([]),
  scopePorts: integer('scope_ports').array().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type CredentialSet = typeof credentialSets.$inferSelect;
