import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import type { Keyring } from '../../infra/keyring.ts';
import { deviceCredentialSets } from '../devices/schema.ts';
import { sqlArray } from '../sql-lists.ts';
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
 * Devices' credential sets with their secrets opened, keyed by device id, each list in the order
 * to try them: the set that worked last time first, then the device's order. For the worker
 * only; never for the API.
 */
export async function openCredentialSetsOfDevices(
  db: Tx,
  keyring: Keyring,
  devices: { id: string; lastCredentialSetId: string | null }[],
): Promise<Map<string, OpenedCredentialSet[]>> {
  const byDevice = new Map<string, OpenedCredentialSet[]>(devices.map((device) => [device.id, []]));
  if (devices.length === 0) return byDevice;
  const rows = await db
    .select({ deviceId: deviceCredentialSets.deviceId, set: credentialSets })
    .from(deviceCredentialSets)
    .innerJoin(credentialSets, eq(credentialSets.id, deviceCredentialSets.credentialSetId))
    .where(sql`${deviceCredentialSets.deviceId} = any(${sqlArray([...byDevice.keys()], 'uuid')})`)
    .orderBy(asc(deviceCredentialSets.deviceId), asc(deviceCredentialSets.position));
  // Devices of a run mostly share their sets: each is opened once.
  const openedSets = new Map<string, OpenedCredentialSet>();
  for (const { deviceId, set } of rows) {
    let opened = openedSets.get(set.id);
    if (!opened) {
      const open = (field: keyof typeof secretFields) => {
        const sealed = set[secretFields[field].column];
        return sealed ? keyring.open(sealed, secretFields[field].purpose) : undefined;
      };
      opened = {
        id: set.id,
        name: set.name,
        username: set.username,
        password: open('password'),
        enableSecret: open('enableSecret'),
        privateKey: open('privateKey'),
        passphrase: open('passphrase'),
      };
      openedSets.set(set.id, opened);
    }
    byDevice.get(deviceId)!.push(opened);
  }
  for (const device of devices) {
    const sets = byDevice.get(device.id)!;
    const remembered = sets.findIndex((set) => set.id === device.lastCredentialSetId);
    if (remembered > 0) sets.unshift(...sets.splice(remembered, 1));
  }
  return byDevice;
}
