import { and, asc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';
import { sqlArray } from '../sql-lists.ts';
import type { Selection } from './types.ts';

/** The devices a selection covers, in name order; every list in it goes as one parameter. */
export async function resolveSelection(tx: Tx, selection: Selection): Promise<{ id: string; name: string }[]> {
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
  return tx.select({ id: devices.id, name: devices.name }).from(devices).where(and(...conditions)).orderBy(asc(devices.name));
}
