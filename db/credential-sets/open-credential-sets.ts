import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import type { Keyring } from '../../infra/keyring.ts';
import { deviceCredentialSets, type Device } from '../devices/schema.ts';
import { sqlArray } from '../sql-lists.ts';
import { credentialSets } from './schema.ts';
import { describeScope, describeTarget, scopeMatcher, type ScopeTarget } from './scope.ts';
import { scopeOf, secretFields } from './view.ts';

export interface OpenedCredentialSet {
  id: string;
  name: string;
  username: string;
  password?: string;
  enableSecret?: string;
  privateKey?: string;
  passphrase?: string;
  apiKey?: string;
}

/** A device's credential sets: those it may use, opened, and those its address is out of the scope of. */
export interface DeviceCredentialSets {
  sets: OpenedCredentialSet[];
  /** Never opened, never tried: why each may not be used on the device. */
  outOfScope: { id: string; name: string; reason: string }[];
}

/**
 * Devices' credential sets, keyed by device id. Those whose scope covers the device as it stands
 * now (the scope may have been narrowed, or the device changed in the database, since it was
 * saved) are opened, in the order to try them: the set that worked last time first, then the
 * device's order; the others are left sealed. For the worker only; never for the API.
 */
export async function openCredentialSetsOfDevices(
  db: Tx,
  keyring: Keyring,
  devices: (Pick<Device, 'id' | 'lastCredentialSetId'> & ScopeTarget)[],
): Promise<Map<string, DeviceCredentialSets>> {
  const byDevice = new Map<string, DeviceCredentialSets>(devices.map((device) => [device.id, { sets: [], outOfScope: [] }]));
  if (devices.length === 0) return byDevice;
  const deviceById = new Map(devices.map((device) => [device.id, device]));
  const rows = await db
    .select({ deviceId: deviceCredentialSets.deviceId, set: credentialSets })
    .from(deviceCredentialSets)
    .innerJoin(credentialSets, eq(credentialSets.id, deviceCredentialSets.credentialSetId))
    .where(sql`${deviceCredentialSets.deviceId} = any(${sqlArray([...byDevice.keys()], 'uuid')})`)
    .orderBy(asc(deviceCredentialSets.deviceId), asc(deviceCredentialSets.position));
  // Devices of a run mostly share their sets: each is opened once.
  const openedSets = new Map<string, OpenedCredentialSet>();
  const matchers = new Map<string, ReturnType<typeof scopeMatcher>>();
  for (const { deviceId, set } of rows) {
    const device = deviceById.get(deviceId)!;
    let covers = matchers.get(set.id);
    if (!covers) matchers.set(set.id, (covers = scopeMatcher(scopeOf(set))));
    if (!covers(device)) {
      const reason = `the credential set "${set.name}" may not be used on ${describeTarget(device)}; its scope is ${describeScope(scopeOf(set))}`;
      byDevice.get(deviceId)!.outOfScope.push({ id: set.id, name: set.name, reason });
      continue;
    }
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
        apiKey: open('apiKey'),
      };
      openedSets.set(set.id, opened);
    }
    byDevice.get(deviceId)!.sets.push(opened);
  }
  for (const device of devices) {
    const { sets } = byDevice.get(device.id)!;
    const remembered = sets.findIndex((set) => set.id === device.lastCredentialSetId);
    if (remembered > 0) sets.unshift(...sets.splice(remembered, 1));
  }
  return byDevice;
}
