import type { Task } from 'graphile-worker';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { queryCause } from '../../db/query-error.ts';
import { beginRun, lockQueuedRun } from '../../db/runs/begin-run.ts';
import { failRun } from '../../db/runs/finishing-run.ts';
import type { Run } from '../../db/runs/schema.ts';
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
 * Resolves the run's devices, records them, and enqueues the first collections: load → plan →
 * record. On the job's last attempt a failure ends the run failed instead of leaving it queued.
 */
export const startRunTask =
  (deps: WorkerDeps): Task<'start-run'> =>
  async (payload, helpers) => {
    const { runId } = parsePayload('start-run', payload);
    try {
      await deps.db.transaction(async (tx) => {
        const run = await lockQueuedRun(tx, runId);
        if (!run) return;
        const selected = await resolveSelection(tx, selectionSchema.parse(run.selection));
        await beginRun(tx, run, selected, startPlan(run, selected.length));
      });
    } catch (error) {
      const cause = queryCause(error);
      if (!isLastAttempt(helpers.job)) throw cause;
      deps.log.error({ err: cause, runId, jobId: helpers.job.id }, 'starting the run failed on its last attempt; the run ends failed');
      const failure = `starting the run failed ${helpers.job.attempts} times: ${cause.message}`;
      await deps.db.transaction((tx) => failRun(tx, runId, { error: failure, result: null, message: `Run failed: ${failure}` }));
    }
  };
