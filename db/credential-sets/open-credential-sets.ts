import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { deviceCredentialSets } from '../devices/schema.ts';
import { credentialSets } from './schema.ts';
import { secretFields } from './view.ts';

export interface OpenedCredentialSet {
  id: string;
  name: string;
  username: string;
  password?: string;
  enableSecret?: string;
  privateKey?: string;
  passphrase?: string;
}

/**
 * A device's credential sets with their secrets opened, in the order to try them: the set that
 * worked last time first, then the device's order. For the worker only; never for the API.
 */
export async function openDeviceCredentialSets(
  db: Database,
  keyring: Keyring,
  device: { id: string; lastCredentialSetId: string | null },
): Promise<OpenedCredentialSet[]> {
  const rows = await db
    .select({ set: credentialSets })
    .from(deviceCredentialSets)
    .innerJoin(credentialSets, eq(credentialSets.id, deviceCredentialSets.credentialSetId))
    .where(eq(deviceCredentialSets.deviceId, device.id))
    .orderBy(asc(deviceCredentialSets.position));
  const opened = rows.map(({ set }) => {
    const open = (field: keyof typeof secretFields) => {
      const sealed = set[secretFields[field].column];
      return sealed ? keyring.open(sealed, secretFields[field].purpose) : undefined;
    };
    return {
      id: set.id,
      name: set.name,
      username: set.username,
      password: open('password'),
      enableSecret: open('enableSecret'),
      privateKey: open('privateKey'),
      passphrase: open('passphrase'),
    };
  });
  const remembered = opened.findIndex((set) => set.id === device.lastCredentialSetId);
  if (remembered > 0) opened.unshift(...opened.splice(remembered, 1));
  return opened;
}
