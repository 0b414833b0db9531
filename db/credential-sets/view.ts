import type { CredentialSet } from './schema.ts';
import { anyHost, isScoped, type CredentialSetScope } from './scope.ts';

/** What may leave the database layer: flags instead of secrets. */
export interface CredentialSetView {
  id: string;
  name: string;
  username: string;
  hasPassword: boolean;
  hasEnableSecret: boolean;
  hasPrivateKey: boolean;
  hasPassphrase: boolean;
  hasApiKey: boolean;
  scope: CredentialSetScope;
  /** False: the set may be used on any host. */
  scoped: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toCredentialSetView(row: CredentialSet): CredentialSetView {
  return {
    id: row.id,
    name: row.name,
    username: row.username,
    hasPassword: row.passwordSealed !== null,
    hasEnableSecret: row.enableSecretSealed !== null,
    hasPrivateKey: row.privateKeySealed !== null,
    hasPassphrase: row.passphraseSealed !== null,
    hasApiKey: row.apiKeySealed !== null,
    scope: scopeOf(row),
    scoped: isScoped(scopeOf(row)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function scopeOf(row: Pick<CredentialSet, 'scopeHosts' | 'scopeTags' | 'scopePorts'>): CredentialSetScope {
  return { hosts: row.scopeHosts, tags: row.scopeTags, ports: row.scopePorts };
}

/** The columns of a scope given as input: omitted leaves them, null means any host. */
export function scopeColumns(scope: CredentialSetScope | null | undefined) {
  if (scope === undefined) return {};
  const { hosts, tags, ports } = scope ?? anyHost;
  return { scopeHosts: hosts, scopeTags: tags, scopePorts: ports };
}

/** Names of the sealed columns and the purpose each is bound to. */
export const secretFields = {
  password: { column: 'passwordSealed', purpose: 'credential-set.password' },
  enableSecret: { column: 'enableSecretSealed', purpose: 'credential-set.enable-secret' },
  privateKey: { column: 'privateKeySealed', purpose: 'credential-set.private-key' },
  passphrase: { column: 'passphraseSealed', purpose: 'credential-set.passphrase' },
  apiKey: { column: 'apiKeySealed', purpose: 'credential-set.api-key' },
} as const;
export type SecretField = keyof typeof secretFields;
