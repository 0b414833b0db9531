import { sql } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import { requireRole, type Ctx } from '../context.ts';
import { sqlArray } from '../sql-lists.ts';
import { hasEarlierBackup } from './first-backup.ts';

/** Whether each backup is its artifact's first ("initial"), for many backups in one query; unknown ids are absent. */
export async function listInitialBackups({ ctx, ids }: { ctx: Ctx; ids: readonly string[] }): Promise<Map<string, boolean>> {
  requireRole(ctx.caller, 'viewer');
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: backups.id, initial: sql<boolean>`not ${hasEarlierBackup()}` })
    .from(backups)
    .where(sql`${backups.id} = any(${sqlArray([...ids], 'uuid')})`);
  return new Map(rows.map((row) => [row.id, row.initial]));
}
