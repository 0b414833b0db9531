/**
 * The watchdog's decisions, without PostgreSQL: what to do next with a run that stalled (see
 * db/runs/stalled-runs.ts). watch-runs.ts locks, decides, acts, and decides again until a job
 * stands behind the run or it has ended.
 */
import type { RunDeviceOutcome } from '../../db/runs/device-progress.ts';
import type { StalledRun } from '../../db/runs/stalled-runs.ts';

/** Times the watchdog resumes one run; a run that stalls once more ends failed. */
export const MAX_RESUMES = 3;

export type WatchStep =
  /** End the run failed: it cannot go on. */
  | { kind: 'fail'; error: string }
  /** Enqueue start-run again: the run never started. */
  | { kind: 'start' }
  /** Record devices marked running that no job collects as failed (which hands their places on). */
  | { kind: 'end-orphaned' }
  /** Hand lost devices to new jobs, and `more` past them. */
  | { kind: 'dispatch'; more: number }
  /** Every device is done: enqueue finish-run. */
  | { kind: 'finish' };

export function nextStep(stalled: StalledRun): WatchStep {
  const { run, failedJob, resumes, orphaned, lost, queued } = stalled;
  if (failedJob) {
    return { kind: 'fail', error: `its ${failedJob.task} job failed ${failedJob.attempts} times and will not run again: ${failedJob.lastError ?? 'its worker stopped during the last attempt'}` };
  }
  if (resumes >= MAX_RESUMES) return { kind: 'fail', error: `the run stalled again after the watchdog had resumed it ${resumes} times: no job was left to move it` };
  if (run.status === 'queued') return { kind: 'start' };
  if (orphaned.length) return { kind: 'end-orphaned' };
  if (run.status === 'running' && queued > 0) return { kind: 'dispatch', more: Math.max(0, Math.min(run.concurrency - lost, queued - lost)) };
  return { kind: 'finish' };
}

/** What the run's events say the watchdog did. */
export function describeStep(step: WatchStep, stalled: StalledRun): string {
  switch (step.kind) {
    case 'fail':
      return step.error;
    case 'start':
      return 'its start-run job was gone; starting it again';
    case 'end-orphaned':
      return `${stalled.orphaned.length} device(s) whose collection stopped without an outcome recorded as failed`;
    case 'dispatch':
      return `${stalled.lost} device(s) whose jobs were gone handed to new jobs, and ${step.more} more`;
    case 'finish':
      return 'every device had finished but no job stored the run; storing it now';
  }
}

export const ORPHANED_MESSAGE = 'The collection stopped without an outcome (its job is gone); the run watchdog ended it';

/** Failed outcomes for devices marked running that no job collects any more. */
export function orphanedOutcomes(stalled: StalledRun, now: Date): RunDeviceOutcome[] {
  return stalled.orphaned.map((d) => ({
    run: stalled.run,
    runDeviceId: d.id,
    deviceName: d.deviceName,
    device: d.deviceId ? { id: d.deviceId, hostKey: null } : undefined,
    status: 'failed',
    attempts: d.attempts,
    stages: [...d.stages, { stage: 'collect', status: 'failed', code: 'INTERNAL', message: ORPHANED_MESSAGE, at: now.toISOString() }],
    collected: null,
    credentialSetId: null,
    errorCode: 'INTERNAL',
    errorMessage: ORPHANED_MESSAGE,
    durationMs: d.startedAt ? now.getTime() - d.startedAt.getTime() : 0,
  }));
}
