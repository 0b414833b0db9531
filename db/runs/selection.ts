import { and, asc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';

/** Which devices a run or schedule covers; resolved when the run starts, not when it is asked for. */
export const selectionSchema = z
  .object({
    deviceIds: z.array(z.string().uuid('is not a device id')).min(1, 'lists no device').optional(),
    all: z.boolean().optional(),
    tags: z.array(z.string().min(1)).optional(),
    backupMethods: z.array(z.string().min(1)).optional(),
    location: z.string().optional(),
    /** Skip disabled devices; on by default for selections, off for devices named by id. */
    enabledOnly: z.boolean().optional(),
  })
  .refine((s) => s.deviceIds || s.all || s.tags?.length || s.backupMethods?.length || s.location, {
    message: 'choose devices: deviceIds, all, tags, backupMethods or location',
  });
export type Selection = z.infer<typeof selectionSchema>;

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
