/**
 * Run-time lookup: a run that resolves its devices from their source at start reads each
 * source-owned device again by name, so a change at the source applies without waiting for a
 * sync. A device the source does not list, lists without a primary IP or with a platform that maps
 * to no backup method fails with its reason; a source that cannot be read fails its devices; the
 * run goes on with the rest.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';
import { isValidHost } from '../devices/host-name.ts';
import type { SourceLookupFailureCode } from '../runs/types.ts';
import { sqlArray } from '../sql-lists.ts';
import { InventoryError } from '../../inventory/index.ts';
import { mapPlatform } from './platform-map.ts';
import { openInventoryClient } from './open-client.ts';
import { inventorySources } from './schema.ts';
import type { SyncDeps } from './sync-inventory.ts';

/** Names asked for per request. */
const LOOKUP_BATCH = 200;

export interface SourceLookup {
  /** Host and backup method as the source says now. */
  updates: { id: string; host: string; backupMethod: string }[];
  failures: Map<string, { code: SourceLookupFailureCode; message: string }>;
}

export async function lookUpSourceDevices(deps: SyncDeps, deviceIds: string[]): Promise<SourceLookup> {
  const lookup: SourceLookup = { updates: [], failures: new Map() };
  if (deviceIds.length === 0) return lookup;
  const owned = await deps.db
    .select({ id: devices.id, name: devices.name, host: devices.host, backupMethod: devices.backupMethod, source: inventorySources })
    .from(devices)
    .innerJoin(inventorySources, eq(inventorySources.id, devices.sourceId))
    .where(and(sql`${devices.id} = any(${sqlArray(deviceIds, 'uuid')})`, isNotNull(devices.sourceId)));
  const bySource = new Map<string, typeof owned>();
  for (const row of owned) bySource.set(row.source.id, [...(bySource.get(row.source.id) ?? []), row]);
  for (const group of bySource.values()) {
    const source = group[0].source;
    const client = openInventoryClient(deps.keyring, source);
    for (let start = 0; start < group.length; start += LOOKUP_BATCH) {
      const batch = group.slice(start, start + LOOKUP_BATCH);
      try {
        const found = new Map((await client.devicesByName(batch.map((device) => device.name))).map((device) => [device.name, device]));
        for (const device of batch) {
          const current = found.get(device.name);
          if (!current) {
            lookup.failures.set(device.id, { code: 'SOURCE_NOT_FOUND', message: `${source.name} does not list ${device.name}` });
          } else if (!current.primaryIp || !isValidHost(current.primaryIp)) {
            lookup.failures.set(device.id, { code: 'SOURCE_NO_PRIMARY_IP', message: `${source.name} lists ${device.name} without a primary IP address` });
          } else {
            const backupMethod = mapPlatform(current.platform, source.platformMap);
            if (!backupMethod) {
              lookup.failures.set(device.id, {
                code: 'SOURCE_UNMAPPED_PLATFORM',
                message: `${source.name} lists ${device.name} with platform "${current.platform ?? 'none'}", which maps to no backup method`,
              });
            } else if (backupMethod !== device.backupMethod || current.primaryIp !== device.host) {
              lookup.updates.push({ id: device.id, host: current.primaryIp, backupMethod });
            }
          }
        }
      } catch (error) {
        if (!(error instanceof InventoryError)) throw error;
        deps.log.warn({ sourceId: source.id, code: error.code }, 'run-time lookup could not read the inventory source');
        for (const device of batch) lookup.failures.set(device.id, { code: 'SOURCE_UNAVAILABLE', message: `${source.name} could not be read: ${error.code}: ${error.message}` });
      }
    }
  }
  return lookup;
}

/** Writes what the source says now to the devices, before the run dispatches them. */
export async function applySourceLookup(tx: Tx, lookup: SourceLookup): Promise<void> {
  if (lookup.updates.length === 0) return;
  // A key trusted at one address says nothing of another: a moved device trusts on first use again.
  await tx.execute(sql`
    update devices d set backup_method = u.backup_method, host = u.host,
      host_key = case when lower(d.host) <> lower(u.host) then null else d.host_key end,
      pending_host_key = case when lower(d.host) <> lower(u.host) then null else d.pending_host_key end,
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(lookup.updates.map((u) => ({ id: u.id, host: u.host, backup_method: u.backupMethod })))}::jsonb)
      as u(id uuid, host text, backup_method text)
    where d.id = u.id`);
}
