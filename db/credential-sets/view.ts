import type { CredentialSet } from './schema.ts';

/** What may leave the database layer: flags instead of secrets. */
export interface CredentialSetView {
  id: string;
  name: string;
  username: string;
  hasPassword: boolean;
  hasEnableSecret: boolean;
  hasPrivateKey: boolean;
  hasPassphrase: boolean;
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
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Names of the sealed columns and the purpose each is bound to. */
export const secretFields = {
  password: { column: 'passwordSealed', purpose: 'credential-set.password' },
  enableSecret: { column: 'enableSecretSealed', purpose: 'credential-set.enable-secret' },
  privateKey: { column: 'privateKeySealed', purpose: 'credential-set.private-key' },
  passphrase: { column: 'passphraseSealed', purpose: 'credential-set.passphrase' },
} as const;
export type SecretField = keyof typeof secretFields;
