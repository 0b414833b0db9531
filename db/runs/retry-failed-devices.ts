import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { runDevices, runs, type Run } from './schema.ts';
import { insertRun } from './start-run.ts';

/**
 * Starts a new run of exactly the devices that failed in an ended run (not those cancelled, nor
 * those collected but not stored: `retryStore` is for them), into the same repository with the
 * same mode, concurrency and attempts. Devices deleted since are left out.
 */
export async function retryFailedDevices({ ctx, runId }: { ctx: Ctx; runId: string }): Promise<Run> {
  requireRole(ctx.caller, 'operator');
  checkId(runId, 'runId');
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx.select().from(runs).where(eq(runs.id, runId));
    if (!run) throw new NotFoundError('Run', runId);
    if (!run.finishedAt) throw new ConflictError(`The run is still ${run.status}; retry its failed devices once it has ended`);
    const failed = await tx
      .select({ deviceId: runDevices.deviceId })
      .from(runDevices)
      .where(and(eq(runDevices.runId, runId), eq(runDevices.status, 'failed'), isNotNull(runDevices.deviceId)))
      .orderBy(asc(runDevices.position));
    if (failed.length === 0) throw new ConflictError('The run has no failed device left to retry');
    return insertRun(tx, ctx.caller, {
      selection: { deviceIds: failed.map((row) => row.deviceId!) },
      repositoryId: run.repositoryId ?? undefined,
      mode: run.mode,
      concurrency: run.concurrency,
      maxAttempts: run.maxAttempts,
    });
  });
}
