import { z } from 'zod';
import { credentialSetScopeInput } from './scope.ts';

const secret = z.string().max(16_384).nullish();

export const credentialSetFields = {
  name: z.string().trim().min(1, 'is required').max(100),
  username: z.string().min(1, 'is required').max(256),
  /** Omitted: unchanged; null or "": cleared. */
  password: secret,
  enableSecret: secret,
  privateKey: z
    .string()
    .max(16_384)
    .refine((v) => v === '' || /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(v), 'is not a PEM or OpenSSH private key')
    .nullish(),
  passphrase: secret,
  /** For HTTPS API backup methods: a PAN-OS API key, a FortiOS token, OPNsense's "key:secret". */
  apiKey: secret,
  /** Omitted: unchanged (on create: any host); null: any host. */
  scope: credentialSetScopeInput.nullish(),
};

export const createCredentialSetInput = z
  .object(credentialSetFields)
  .refine((v) => Boolean(v.password || v.privateKey || v.apiKey), { message: 'needs a password, a private key or an API key', path: ['password'] });

export const updateCredentialSetInput = z.object(credentialSetFields).partial();
