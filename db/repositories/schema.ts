import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { credentialSets } from '../credential-sets/schema.ts';

export const repositoryKinds = ['git', 'filesystem'] as const;
export type RepositoryKind = (typeof repositoryKinds)[number];
export const repositoryKindEnum = pgEnum('repository_kind', repositoryKinds);

export const defaultPathTemplate = '{location}/{device}/{artifact}';

export const repositories = pgTable('repositories', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  kind: repositoryKindEnum('kind').notNull(),
  /** Local folder: the git work tree or the filesystem root. */
  path: text('path').notNull(),
  remoteUrl: text('remote_url'),
  remoteTokenSealed: text('remote_token_sealed'),
  /** SSH remotes: the credential set whose private key (and passphrase) logs in to the remote. */
  remoteCredentialSetId: uuid('remote_credential_set_id').references(() => credentialSets.id, { onDelete: 'restrict' }),
  /** SSH remotes: the host key trusted on first use, "type base64". */
  remoteHostKey: text('remote_host_key'),
  /** A different host key the remote presented; pushes fail with HOST_KEY_CHANGED until an admin accepts it. */
  pendingRemoteHostKey: text('pending_remote_host_key'),
  /** Commits are signed (SSH signature format) with this credential set's private key; unsigned when null. */
  signingCredentialSetId: uuid('signing_credential_set_id').references(() => credentialSets.id, { onDelete: 'restrict' }),
  /** Set when the last push stopped with REMOTE_DIVERGED: our unpushed head and the remote's; cleared by the next push. */
  divergedLocalCommit: text('diverged_local_commit'),
  divergedRemoteCommit: text('diverged_remote_commit'),
  divergedAt: timestamp('diverged_at', { withTimezone: true }),
  branch: text('branch').notNull().default('main'),
  pathTemplate: text('path_template').notNull().default(defaultPathTemplate),
  authorName: text('author_name').notNull().default('Tidemark'),
  authorEmail: text('author_email').notNull().default('tidemark@localhost'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Repository = typeof repositories.$inferSelect;
