export type SecretField = 'password' | 'enableSecret' | 'privateKey' | 'passphrase' | 'apiKey';

/** Secrets are write-only: the API only says, through these flags, which ones are stored. */
export const secretFields: Record<SecretField, { label: string; flag: `has${Capitalize<SecretField>}` }> = {
  password: { label: 'Password', flag: 'hasPassword' },
  enableSecret: { label: 'Enable secret', flag: 'hasEnableSecret' },
  privateKey: { label: 'Private key', flag: 'hasPrivateKey' },
  passphrase: { label: 'Passphrase', flag: 'hasPassphrase' },
  apiKey: { label: 'API key', flag: 'hasApiKey' },
};

export const secretFieldNames = Object.keys(secretFields) as SecretField[];
