import { and, eq, max, sql } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import { hasEarlierBackup } from '../changes/first-backup.ts';
import { requireRole, type Ctx } from '../context.ts';
import { sqlArray } from '../sql-lists.ts';

/** When each device last stored a backup that differed from the one before; absent when never (a first backup is no change). */
export async function listLastChangedAt({ ctx, input }: { ctx: Ctx; input: { deviceIds: readonly string[] } }): Promise<Map<string, Date>> {
  requireRole(ctx.caller, 'viewer');
  if (input.deviceIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ deviceId: backups.deviceId, at: max(backups.createdAt) })
    .from(backups)
    .where(and(sql`${backups.deviceId} = any(${sqlArray(input.deviceIds, 'uuid')})`, eq(backups.changed, true), hasEarlierBackup()))
    .groupBy(backups.deviceId);
  return new Map(rows.flatMap((row) => (row.at ? [[row.deviceId, row.at] as const] : [])));
}
