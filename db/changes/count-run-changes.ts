import { and, eq, sql } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import { requireRole, type Ctx } from '../context.ts';
import { sqlArray } from '../sql-lists.ts';

export interface RunChangeCounts {
  runId: string;
  /** New versions of artifacts stored before. */
  changed: number;
  /** Artifacts stored for the first time. */
  initial: number;
}

/**
 * The new versions each run stored, real changes and first backups apart; runs that stored none
 * are absent. Read from backups_run_changed_idx, which carries whether each backup is initial.
 */
export async function countRunChanges({ ctx, runIds }: { ctx: Ctx; runIds: readonly string[] }): Promise<Map<string, RunChangeCounts>> {
  requireRole(ctx.caller, 'viewer');
  if (runIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      runId: sql<string>`${backups.runId}`,
      changed: sql<number>`count(*) filter (where not ${backups.initial})::int`,
      initial: sql<number>`count(*) filter (where ${backups.initial})::int`,
    })
    .from(backups)
    .where(and(sql`${backups.runId} = any(${sqlArray([...runIds], 'uuid')})`, eq(backups.changed, true)))
    .groupBy(backups.runId);
  return new Map(rows.map((row) => [row.runId, row]));
}
