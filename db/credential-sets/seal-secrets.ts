import type { Keyring } from '../../infra/keyring.ts';
import { secretFields, type SecretField } from './view.ts';

type SecretInput = Partial<Record<SecretField, string | null | undefined>>;
type SealedColumns = Partial<Record<(typeof secretFields)[SecretField]['column'], string | null>>;

/** Seals the secrets present in the input; "" or null clears, undefined leaves as is. */
export function sealSecrets(keyring: Keyring, input: SecretInput): { columns: SealedColumns; changed: SecretField[] } {
  const columns: SealedColumns = {};
  const changed: SecretField[] = [];
  for (const field of Object.keys(secretFields) as SecretField[]) {
    const value = input[field];
    if (value === undefined) continue;
    const { column, purpose } = secretFields[field];
    columns[column] = value ? keyring.seal(value, purpose) : null;
    changed.push(field);
  }
  return { columns, changed };
}
