import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import { isRealChange } from '../changes/first-backup.ts';
import { requireRole, type Ctx } from '../context.ts';
import { pageWindow, toPage } from '../pagination.ts';
import { checkId } from '../validation.ts';
import { runDevices, runs, type Run, type RunDevice } from './schema.ts';

export interface RunFilter {
  status?: Run['status'] | null;
  trigger?: Run['trigger'] | null;
  deviceId?: string | null;
  since?: Date | null;
  until?: Date | null;
  /** Only runs that stored a real change (not only first backups). */
  withChanges?: boolean | null;
}

export async function listRuns({ ctx, input }: { ctx: Ctx; input: { first?: number | null; after?: string | null; filter?: RunFilter | null } }) {
  requireRole(ctx.caller, 'viewer');
  const window = pageWindow(input);
  const filter = input.filter ?? {};
  const conditions: (SQL | undefined)[] = [];
  if (filter.status) conditions.push(eq(runs.status, filter.status));
  if (filter.trigger) conditions.push(eq(runs.trigger, filter.trigger));
  if (filter.since) conditions.push(gte(runs.createdAt, filter.since));
  if (filter.until) conditions.push(lte(runs.createdAt, filter.until));
  if (filter.deviceId) {
    const deviceId = checkId(filter.deviceId, 'filter.deviceId');
    conditions.push(sql`exists (select 1 from ${runDevices} where ${runDevices.runId} = ${runs.id} and ${runDevices.deviceId} = ${deviceId})`);
  }
  if (filter.withChanges) {
    conditions.push(sql`exists (select 1 from ${backups} where ${backups.runId} = ${runs.id} and ${isRealChange()})`);
  }
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(runs).where(where).orderBy(desc(runs.createdAt), desc(runs.id)).limit(window.first + 1).offset(window.offset),
    ctx.db.select({ total: count() }).from(runs).where(where),
  ]);
  return toPage(rows, window, total);
}

export async function getRun({ ctx, id }: { ctx: Ctx; id: string }): Promise<Run | null> {
  requireRole(ctx.caller, 'viewer');
  const [run] = await ctx.db.select().from(runs).where(eq(runs.id, checkId(id)));
  return run ?? null;
}

export async function listRunDevices({ ctx, runIds }: { ctx: Ctx; runIds: readonly string[] }): Promise<RunDevice[]> {
  requireRole(ctx.caller, 'viewer');
  return ctx.db.select().from(runDevices).where(inArray(runDevices.runId, [...runIds])).orderBy(asc(runDevices.position));
}

/**
 * Finished, succeeded, failed and collected-not-stored device counts per run, as the trigger on
 * run_devices keeps them on the run's row (migration 0019): one row per run, however many devices.
 */
export async function countRunDevices({ ctx, runIds }: { ctx: Ctx; runIds: readonly string[] }) {
  requireRole(ctx.caller, 'viewer');
  return ctx.db
    .select({
      runId: runs.id,
      completed: sql<number>`${runs.collectedDevices} + ${runs.succeededDevices} + ${runs.failedDevices} + ${runs.cancelledDevices}`.mapWith(Number),
      succeeded: runs.succeededDevices,
      failed: runs.failedDevices,
      collected: runs.collectedDevices,
    })
    .from(runs)
    .where(inArray(runs.id, [...runIds]));
}
