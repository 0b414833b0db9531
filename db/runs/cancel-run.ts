import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Database } from '../client.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { removeJobs } from '../jobs/add-job.ts';
import { sqlArray } from '../sql-lists.ts';
import { checkId } from '../validation.ts';
import { enqueueFinishRun } from './enqueue-finish-run.ts';
import { bumpRun, insertRunEvent } from './run-events.ts';
import { runDevices, runs, type Run } from './schema.ts';

/**
 * Drops the devices still waiting; running collections see the cancelled status within a
 * second and abort. What was already collected is still committed.
 */
export async function cancelRun({ ctx, id }: { ctx: Ctx; id: string }): Promise<Run> {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx.select().from(runs).where(eq(runs.id, id)).for('update');
    if (!run) throw new NotFoundError('Run', id);
    if (run.finishedAt || run.status === 'cancelled') throw new ConflictError(`The run is already ${run.status}`);
    const waiting = await tx
      .update(runDevices)
      .set({ status: 'cancelled', errorCode: 'CANCELLED', errorMessage: 'The run was cancelled', finishedAt: new Date() })
      .where(and(eq(runDevices.runId, id), eq(runDevices.status, 'queued')))
      .returning({ id: runDevices.id });
    await removeJobs(tx, [`start-run:${id}`, ...waiting.map((w) => `collect-device:${w.id}`)]);
    const [cancelled] = await tx.update(runs).set({ status: 'cancelled' }).where(eq(runs.id, id)).returning();
    const [running] = await tx.select({ id: runDevices.id }).from(runDevices).where(and(eq(runDevices.runId, id), eq(runDevices.status, 'running'))).limit(1);
    const counters = await bumpRun(tx, id, { finished: waiting.length });
    await insertRunEvent(tx, id, counters.seq, 'run-cancelled', {
      current: counters.finished,
      total: counters.total,
      message: `Cancelled by ${ctx.caller.kind === 'user' ? ctx.caller.username : 'the system'}: ${waiting.length} waiting device(s) dropped`,
      status: 'cancelled',
    });
    await recordAudit(tx, ctx.caller, { action: 'cancel-run', targetType: 'run', targetId: id, details: { dropped: waiting.length } });
    // A run cancelled before any device was running has nobody left to finish it.
    if (!running && run.status !== 'queued') {
      await enqueueFinishRun(tx, cancelled);
    } else if (run.status === 'queued') {
      await tx.update(runs).set({ finishedAt: new Date() }).where(eq(runs.id, id));
    }
    return cancelled;
  });
}

/** Which of these runs are cancelled: a worker's collections of them stop. */
export async function cancelledRunIds(db: Database, runIds: string[]): Promise<string[]> {
  const rows = await db.select({ id: runs.id }).from(runs).where(and(sql`${runs.id} = any(${sqlArray(runIds, 'uuid')})`, eq(runs.status, 'cancelled')));
  return rows.map((row) => row.id);
}
