import fs from 'node:fs/promises';
import path from 'node:path';
import type { Task } from 'graphile-worker';
import { latestBackups } from '../../db/backups/latest-backups.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { queryCause } from '../../db/query-error.ts';
import { storageConfig } from '../../db/repositories/storage-config.ts';
import type { Tx } from '../../db/client.ts';
import { countStoreAttempt, failRun, loadFinishingRun, recordFinishedRun, scheduleStoreRetry, type FinishingRun } from '../../db/runs/finishing-run.ts';
import { openRepository, type ArtifactFile, type Repository, type StoreResult } from '../../storage/index.ts';
import type { WorkerDeps } from '../deps.ts';
import {
  commitHolding,
  commitMessage,
  nextStoreStep,
  planArtifacts,
  runOutcome,
  splitDevices,
  STORE_RETRY_DELAYS_MS,
  storeRetryMessage,
  withStoredRefs,
  type CommitStatus,
  type PlannedArtifact,
} from './finish-run-plan.ts';

/** What a finish got done before it failed: a run that ends failed reports it. */
interface FinishProgress {
  finishing?: FinishingRun;
  planned: PlannedArtifact[];
  commit: CommitStatus | null;
  commitDate: Date;
}

/**
 * Writes every changed artifact of the run as one commit (none when nothing changed), pushes
 * when the repository has a remote, records one backup row per artifact and the run result:
 * load → plan (finish-run-plan.ts) → store → record. When storing or recording fails, the attempt
 * is counted and the store tried again after a wait (STORE_RETRY_DELAYS_MS); after the last, the
 * run ends failed with its collected devices "collected, not stored" and what they collected kept
 * for a retry of the store (see README, "No run left unfinished"). The job's own attempts only
 * cover a failure to record that outcome.
 */
export const finishRunTask =
  (deps: WorkerDeps): Task<'finish-run'> =>
  async (payload, helpers) => {
    const { runId } = parsePayload('finish-run', payload);
    const log = deps.log.child({ runId, jobId: helpers.job.id });
    const progress: FinishProgress = { planned: [], commit: null, commitDate: new Date() };
    try {
      await finishRun(deps, runId, log, progress);
    } catch (error) {
      const cause = queryCause(error);
      await deps.db.transaction((tx) => storeFailed(tx, runId, cause, progress, deps.storeRetryDelaysMs ?? STORE_RETRY_DELAYS_MS, log));
    }
  };

/** Counts the failed attempt, then stores again later or, after the last attempt, ends the run failed. */
async function storeFailed(tx: Tx, runId: string, cause: Error, progress: FinishProgress, delaysMs: readonly number[], log: WorkerDeps['log']): Promise<void> {
  const run = await countStoreAttempt(tx, runId);
  if (!run) return;
  const step = nextStoreStep(run.storeAttempts, delaysMs);
  if ('retryInMs' in step) {
    log.warn({ err: cause, attempts: run.storeAttempts, retryInMs: step.retryInMs }, 'storing the run failed; trying again later');
    await scheduleStoreRetry(tx, run, { delayMs: step.retryInMs, message: storeRetryMessage(run.storeAttempts, delaysMs, cause.message) });
    return;
  }
  log.error({ err: cause, attempts: run.storeAttempts }, 'storing the run failed on its last attempt; the run ends failed, what it collected is kept');
  await failRun(tx, runId, failedEnding(progress, `storing the run failed ${run.storeAttempts} times: ${cause.message}`));
}

async function finishRun(deps: WorkerDeps, runId: string, log: WorkerDeps['log'], progress: FinishProgress): Promise<void> {
  // Milliseconds per phase, logged when the run is stored (the fleet benchmark reports them).
  const phases: Record<string, number> = {};
  let phaseStarted = Date.now();
  const phaseDone = (name: string) => {
    phases[name] = Date.now() - phaseStarted;
    phaseStarted = Date.now();
  };

  const finishing = await loadFinishingRun(deps.db, runId);
  if (!finishing) return;
  progress.finishing = finishing;
  const { run, repository, devices } = finishing;
  if (!repository) {
    // Nothing could ever store what was collected: it is dropped, not kept.
    const failure = 'The run has no repository (it was deleted)';
    await deps.db.transaction((tx) => failRun(tx, runId, { ...failedEnding(progress, failure), keepCollected: false }));
    await removeStaging(deps, runId);
    return;
  }
  const { collected, failed } = splitDevices(devices);
  phaseDone('readMs');

  const latest = await latestBackups(deps.db, repository.id, collected.map((d) => d.device!.id));
  progress.planned = planArtifacts(collected, latest, repository.pathTemplate);
  phaseDone('planMs');

  const store = openRepository(storageConfig(repository, deps.keyring), log);
  const stored = await storeChanged(store, progress.planned, { message: commitMessage(runId, progress.planned, failed.length), date: progress.commitDate });
  progress.planned = withStoredRefs(progress.planned, stored);
  progress.commit = { sha: commitHolding(stored, progress.planned), filesChanged: stored.filesChanged, pushed: null, pushError: null };
  phaseDone('writeMs');

  if (repository.kind === 'git' && repository.remoteUrl) {
    progress.commit = { ...progress.commit, ...(await pushCommits(store, stored.commit !== null)) };
    if (progress.commit.pushError) log.warn({ pushError: progress.commit.pushError }, 'push failed; the commit is kept and pushed by the next run');
  }
  phaseDone('pushMs');

  const outcome = runOutcome({ run, repository, devices, planned: progress.planned, commit: progress.commit, failure: null, commitDate: progress.commitDate, now: new Date() });
  const recorded = await deps.db.transaction((tx) => recordFinishedRun(tx, run, outcome));
  phaseDone('recordMs');
  if (recorded) {
    await removeStaging(deps, runId);
    log.info({ phases, files: progress.commit.filesChanged }, 'run stored');
  } else {
    log.warn('the run had ended meanwhile; nothing recorded');
  }
}

/** Writes the changed artifacts; nothing changed, nothing written. */
async function storeChanged(store: Repository, planned: PlannedArtifact[], meta: { message: string; date: Date }): Promise<StoreResult> {
  await store.ensure();
  const files: ArtifactFile[] = planned
    .filter((p) => p.changed)
    .map((p) => ({ path: p.path, source: p.staged.isBinary ? { kind: 'file', file: p.staged.file } : { kind: 'text', content: p.staged.content } }));
  return files.length ? store.store(files, meta) : { commit: null, filesChanged: 0, refs: {}, changedPaths: [] };
}

/** Pushes a new commit, or earlier ones a failed push left behind. A push that fails is reported, never thrown: the commit stands. */
async function pushCommits(store: Repository, committed: boolean): Promise<Pick<CommitStatus, 'pushed' | 'pushError'>> {
  try {
    if (!committed && !(await store.unpushed())) return { pushed: null, pushError: null };
    const push = await store.push();
    return { pushed: push.pushed, pushError: push.error ?? null };
  } catch (error) {
    return { pushed: false, pushError: (error as Error).message };
  }
}

/** The failed run's ending: what was written (commit, counts) when the run was loaded, else the error alone. */
function failedEnding(progress: FinishProgress, failure: string) {
  if (!progress.finishing) return { error: failure, result: null, message: `Run failed: ${failure}` };
  const { run, repository, devices } = progress.finishing;
  const { result, error, message } = runOutcome({ run, repository, devices, planned: progress.planned, commit: progress.commit, failure, commitDate: progress.commitDate, now: new Date() });
  return { error: error!, result, message };
}

/** Binary staging files of the run: stored, or never to be; kept while a retry of the store may need them. */
async function removeStaging(deps: WorkerDeps, runId: string): Promise<void> {
  await fs.rm(path.join(deps.dataDir, 'staging', runId), { recursive: true, force: true });
}
