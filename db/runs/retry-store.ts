import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { backups } from '../backups/schema.ts';
import type { Tx } from '../client.ts';
import { callerName, requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { enqueueFinishRun } from './enqueue-finish-run.ts';
import { runDevices, runs, type Run } from './schema.ts';

/**
 * Stores again what an ended run collected but could not store: the run goes back to finishing
 * and its finish-run job is enqueued; when the store succeeds, the backups are recorded and the
 * devices updated as by any finish. Refused while the run goes on, when it kept nothing, when its
 * repository was deleted, and when a later run stored newer backups of one of its devices:
 * storing these older configurations would make them the latest (start a new run instead).
 */
export async function retryStore({ ctx, runId }: { ctx: Ctx; runId: string }): Promise<Run> {
  requireRole(ctx.caller, 'operator');
  checkId(runId, 'runId');
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx.select().from(runs).where(eq(runs.id, runId)).for('update');
    if (!run) throw new NotFoundError('Run', runId);
    if (!run.finishedAt) throw new ConflictError(`The run is ${run.status}; its store can be retried once it has ended`);
    const kept = await tx
      .select({ id: runDevices.id })
      .from(runDevices)
      .where(and(eq(runDevices.runId, runId), isNotNull(runDevices.collected)));
    if (kept.length === 0) throw new ConflictError('The run kept nothing to store: its backups were stored, or it collected none');
    if (!run.repositoryId) throw new ConflictError("The run's repository was deleted; what it collected cannot be stored");
    const superseded = await devicesWithNewerBackups(tx, run.id, run.repositoryId);
    if (superseded.length) {
      throw new ConflictError(
        `A later run stored newer backups of ${superseded.join(', ')}; storing this run's would make older configurations the latest. Start a new run instead.`,
        { details: { devices: superseded } },
      );
    }

    await tx
      .update(runDevices)
      .set({ errorCode: null, errorMessage: null })
      .where(and(eq(runDevices.runId, runId), eq(runDevices.status, 'collected')));
    const [reopened] = await tx.update(runs).set({ finishedAt: null, error: null, result: null, storeAttempts: 0 }).where(eq(runs.id, runId)).returning();
    await enqueueFinishRun(tx, reopened, { message: `Storing the collected backups again (asked by ${callerName(ctx.caller)})` });
    await recordAudit(tx, ctx.caller, { action: 'retry-store', targetType: 'run', targetId: runId, details: { devices: kept.length } });
    const [finishing] = await tx.select().from(runs).where(eq(runs.id, runId));
    return finishing;
  });
}

/** Names of the run's devices with a backup in the repository made after this run collected them. */
async function devicesWithNewerBackups(tx: Tx, runId: string, repositoryId: string): Promise<string[]> {
  const rows = await tx.execute<{ device_name: string }>(sql`
    select distinct rd.device_name from ${runDevices} rd
    where rd.run_id = ${runId} and rd.collected is not null and exists (
      select 1 from ${backups} b
      where b.device_id = rd.device_id and b.repository_id = ${repositoryId}
        and b.run_id is distinct from rd.run_id and b.created_at > rd.finished_at)
    order by rd.device_name`);
  return rows.map((row) => row.device_name);
}
