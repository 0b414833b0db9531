import { and, asc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';
import type { Selection } from './types.ts';


export async function resolveSelection(tx: Tx, selection: Selection): Promise<{ id: string; name: string }[]> {
  const conditions: (SQL | undefined)[] = [];
  if (selection.deviceIds) conditions.push(inArray(devices.id, selection.deviceIds));
  if (selection.tags?.length) {
    const tags = sql.join(selection.tags.map((tag) => sql`${tag}`), sql`, `);
    conditions.push(sql`${devices.tags} && array[${tags}]::text[]`);
  }
  if (selection.backupMethods?.length) conditions.push(inArray(devices.backupMethod, selection.backupMethods));
  if (selection.location) {
    const location = selection.location.replace(/^\/+|\/+$/g, '');
    conditions.push(or(eq(devices.location, location), like(devices.location, `${location.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`)));
  }
  if (selection.enabledOnly ?? !selection.deviceIds) conditions.push(eq(devices.enabled, true));
  return tx.select({ id: devices.id, name: devices.name }).from(devices).where(and(...conditions)).orderBy(asc(devices.name));
}
