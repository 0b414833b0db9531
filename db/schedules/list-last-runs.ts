import { and, desc, eq, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { runs, type Run } from '../runs/schema.ts';

/** The latest run each schedule started, by schedule id, in one query for all of them. */
export async function listLastRuns({ ctx, scheduleIds }: { ctx: Ctx; scheduleIds: readonly string[] }): Promise<Map<string, Run>> {
  requireRole(ctx.caller, 'viewer');
  if (scheduleIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectDistinctOn([runs.scheduleId])
    .from(runs)
    .where(and(inArray(runs.scheduleId, [...scheduleIds]), eq(runs.trigger, 'schedule')))
    .orderBy(runs.scheduleId, desc(runs.createdAt), desc(runs.id));
  return new Map(rows.map((run) => [run.scheduleId!, run]));
}
