import { and, asc, count, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';
import { sqlArray } from '../sql-lists.ts';
import type { Selection } from './types.ts';

/** Which devices a selection covers: the one condition runs and counts share. */
function selectionCondition(selection: Selection): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (selection.deviceIds) conditions.push(sql`${devices.id} = any(${sqlArray(selection.deviceIds, 'uuid')})`);
  if (selection.tags?.length) conditions.push(sql`${devices.tags} && ${sqlArray(selection.tags, 'text')}`);
  if (selection.backupMethods?.length) conditions.push(sql`${devices.backupMethod} = any(${sqlArray(selection.backupMethods, 'text')})`);
  if (selection.location) {
    const location = selection.location.replace(/^\/+|\/+$/g, '');
    conditions.push(or(eq(devices.location, location), like(devices.location, `${location.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`)));
  }
  if (selection.enabledOnly ?? !selection.deviceIds) conditions.push(eq(devices.enabled, true));
  // A retired device is never backed up, even when named.
  conditions.push(isNull(devices.retiredAt));
  return and(...conditions);
}

/** The devices a selection covers, in name order; every list in it goes as one parameter. */
export async function resolveSelection(tx: Tx, selection: Selection): Promise<{ id: string; name: string }[]> {
  return tx.select({ id: devices.id, name: devices.name }).from(devices).where(selectionCondition(selection)).orderBy(asc(devices.name));
}

/** How many devices a selection covers now: the devices a run started now would back up. */
export async function countSelection(tx: Tx, selection: Selection): Promise<number> {
  const [row] = await tx.select({ count: count() }).from(devices).where(selectionCondition(selection));
  return row.count;
}
