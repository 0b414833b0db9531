import type { Task } from 'graphile-worker';
import { finishRunDevices } from '../../db/runs/device-progress.ts';
import { enqueueFinishRun } from '../../db/runs/enqueue-finish-run.ts';
import { failRun } from '../../db/runs/finishing-run.ts';
import { listStalledRuns, lockStalledRun, recordResume, redispatchDevices, restartRun, STALLED_AFTER_SECONDS, type StalledRun } from '../../db/runs/stalled-runs.ts';
import type { Tx } from '../../db/client.ts';
import type { WorkerDeps } from '../deps.ts';
import { describeStep, nextStep, orphanedOutcomes, type WatchStep } from './watch-runs-plan.ts';

export interface WatchReport {
  runId: string;
  /** What was done to resume the run, in order. */
  resumed: string[];
  /** Why the run was ended failed, when it was. */
  failed?: string;
}

/**
 * One watchdog tick: every run that has not ended, has no job left that will still run, and has
 * been quiet for `quietSeconds` is resumed (started, its lost devices handed out again, or its
 * commit enqueued) or, when it cannot go on, ended failed with the reason. Safe from any number
 * of workers at once: each run is handled under its row lock and looked at again there.
 */
export async function watchRuns(deps: WorkerDeps, options: { quietSeconds?: number } = {}): Promise<WatchReport[]> {
  const reports: WatchReport[] = [];
  for (const runId of await listStalledRuns(deps.db, options.quietSeconds ?? STALLED_AFTER_SECONDS)) {
    const report = await deps.db.transaction((tx) => watchRun(tx, runId));
    if (report.failed || report.resumed.length) reports.push(report);
  }
  return reports;
}

/** Steps until a job stands behind the run again or it has ended; each step makes progress, a few suffice. */
async function watchRun(tx: Tx, runId: string): Promise<WatchReport> {
  const resumed: string[] = [];
  let first: StalledRun | null = null;
  for (let stalled = await lockStalledRun(tx, runId); stalled && resumed.length < 4; stalled = await lockStalledRun(tx, runId)) {
    first ??= stalled;
    const step = nextStep(stalled);
    if (step.kind === 'fail') {
      const error = `Ended by the run watchdog: ${step.error}`;
      await failRun(tx, runId, { error, result: null, message: `Run failed: ${error}` });
      return { runId, resumed, failed: error };
    }
    resumed.push(describeStep(step, stalled));
    await takeStep(tx, step, stalled);
  }
  if (first && resumed.length) await recordResume(tx, first.run, `Resumed by the run watchdog: ${resumed.join('; ')}`);
  return { runId, resumed };
}

async function takeStep(tx: Tx, step: Exclude<WatchStep, { kind: 'fail' }>, stalled: StalledRun): Promise<void> {
  switch (step.kind) {
    case 'start':
      return restartRun(tx, stalled.run.id);
    case 'end-orphaned':
      return finishRunDevices(tx, orphanedOutcomes(stalled, new Date()));
    case 'dispatch':
      return redispatchDevices(tx, stalled.run, step.more);
    case 'finish':
      return enqueueFinishRun(tx, stalled.run);
  }
}

/** Runs every minute from the crontab. */
export const watchRunsTask =
  (deps: WorkerDeps): Task<'watch-runs'> =>
  async (_payload, helpers) => {
    for (const report of await watchRuns(deps)) {
      if (report.failed) helpers.logger.error(`run ${report.runId} had stalled and was ended failed: ${report.failed}`);
      else helpers.logger.warn(`run ${report.runId} had stalled and was resumed: ${report.resumed.join('; ')}`);
    }
  };
