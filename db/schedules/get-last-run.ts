import { and, desc, eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { runs, type Run } from '../runs/schema.ts';

/** The latest run the schedule started. */
export async function getLastRun({ ctx, scheduleId }: { ctx: Ctx; scheduleId: string }): Promise<Run | null> {
  requireRole(ctx.caller, 'viewer');
  const [run] = await ctx.db
    .select()
    .from(runs)
    .where(and(eq(runs.scheduleId, scheduleId), eq(runs.trigger, 'schedule')))
    .orderBy(desc(runs.createdAt), desc(runs.id))
    .limit(1);
  return run ?? null;
}
