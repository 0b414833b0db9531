import { eq } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { queryCause } from '../../db/query-error.ts';
import { beginRun, lockQueuedRun } from '../../db/runs/begin-run.ts';
import { failRun } from '../../db/runs/finishing-run.ts';
import { runs, type Run } from '../../db/runs/schema.ts';
import { failUnresolvedDevices } from '../../db/runs/fail-unresolved-devices.ts';
import { applySourceLookup, lookUpSourceDevices, type SourceLookup } from '../../db/inventory-sources/resolve-from-source.ts';
import { resolveSelection } from '../../db/runs/selection.ts';
import { selectionSchema } from '../../db/runs/types.ts';
import { isLastAttempt } from '../attempts.ts';
import type { WorkerDeps } from '../deps.ts';

/** How a run starts: up to its concurrency devices at once, and what the run page says. */
export function startPlan(run: Pick<Run, 'concurrency' | 'mode'>, total: number): { dispatch: number; message: string } {
  return {
    dispatch: Math.min(run.concurrency, total),
    message: total ? `Starting: ${total} device${total === 1 ? '' : 's'}, ${run.mode}` : 'No device matches the selection',
  };
}

/**
 * A run that resolves its devices from their inventory sources reads them there first, outside the
 * transaction that locks the run (the sources answer over the network); null for any other run.
 */
async function lookUpBeforeStart(deps: WorkerDeps, runId: string): Promise<SourceLookup | null> {
  const [run] = await deps.db.select().from(runs).where(eq(runs.id, runId));
  if (!run || run.status !== 'queued' || !run.resolveFromSource) return null;
  const selected = await resolveSelection(deps.db, selectionSchema.parse(run.selection));
  return lookUpSourceDevices({ db: deps.db, keyring: deps.keyring, log: deps.log.child({ runId }) }, selected.map((device) => device.id));
}

/**
 * Resolves the run's devices, records them, and enqueues the first collections: load → plan →
 * record. On the job's last attempt a failure ends the run failed instead of leaving it queued.
 */
export const startRunTask =
  (deps: WorkerDeps): Task<'start-run'> =>
  async (payload, helpers) => {
    const { runId } = parsePayload('start-run', payload);
    try {
      const lookup = await lookUpBeforeStart(deps, runId);
      await deps.db.transaction(async (tx) => {
        const run = await lockQueuedRun(tx, runId);
        if (!run) return;
        const selected = await resolveSelection(tx, selectionSchema.parse(run.selection));
        if (!lookup) return await beginRun(tx, run, selected, startPlan(run, selected.length));
        await applySourceLookup(tx, lookup);
        const collectable = selected.filter((device) => !lookup.failures.has(device.id));
        const unresolved = selected.filter((device) => lookup.failures.has(device.id));
        const plan = startPlan(run, selected.length);
        await beginRun(tx, run, [...collectable, ...unresolved], { ...plan, dispatch: Math.min(plan.dispatch, collectable.length) });
        await failUnresolvedDevices(
          tx,
          run,
          unresolved.map((device) => ({ deviceId: device.id, deviceName: device.name, ...lookup.failures.get(device.id)! })),
          collectable.length,
        );
      });
    } catch (error) {
      const cause = queryCause(error);
      if (!isLastAttempt(helpers.job)) throw cause;
      deps.log.error({ err: cause, runId, jobId: helpers.job.id }, 'starting the run failed on its last attempt; the run ends failed');
      const failure = `starting the run failed ${helpers.job.attempts} times: ${cause.message}`;
      await deps.db.transaction((tx) => failRun(tx, runId, { error: failure, result: null, message: `Run failed: ${failure}` }));
    }
  };
