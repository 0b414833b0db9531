import fs from 'node:fs/promises';
import path from 'node:path';
import type { Task } from 'graphile-worker';
import { latestBackups } from '../../db/backups/latest-backups.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { queryCause } from '../../db/query-error.ts';
import { storageConfig } from '../../db/repositories/storage-config.ts';
import { failRun, loadFinishingRun, recordFinishedRun, type FinishingRun } from '../../db/runs/finishing-run.ts';
import { openRepository, type ArtifactFile, type Repository, type StoreResult } from '../../storage/index.ts';
import { isLastAttempt } from '../attempts.ts';
import type { WorkerDeps } from '../deps.ts';
import {
  commitHolding,
  commitMessage,
  planArtifacts,
  runOutcome,
  splitDevices,
  withStoredRefs,
  type CommitStatus,
  type PlannedArtifact,
} from './finish-run-plan.ts';

/** What a finish got done before it failed: the run's last attempt reports it on the failed run. */
interface FinishProgress {
  finishing?: FinishingRun;
  planned: PlannedArtifact[];
  commit: CommitStatus | null;
  commitDate: Date;
}

/**
 * Writes every changed artifact of the run as one commit (none when nothing changed), pushes
 * when the repository has a remote, records one backup row per artifact and the run result:
 * load → plan (finish-run-plan.ts) → store → record. A storage failure fails the run at once;
 * any other error is retried, and on the job's last attempt the run ends failed with what was
 * written (see README, "No run left unfinished").
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
      if (!isLastAttempt(helpers.job)) throw cause;
      log.error({ err: cause, attempts: helpers.job.attempts }, 'storing the run failed on its last attempt; the run ends failed');
      const failure = `storing the run failed ${helpers.job.attempts} times: ${cause.message}`;
      await deps.db.transaction((tx) => failRun(tx, runId, failedEnding(progress, failure)));
      await removeStaging(deps, runId);
    }
  };

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
  const { collected, failed } = splitDevices(devices);
  phaseDone('readMs');

  let storageError: string | null = repository ? null : 'The run has no repository (it was deleted)';
  if (repository) {
    const latest = await latestBackups(deps.db, repository.id, collected.map((d) => d.device!.id));
    progress.planned = planArtifacts(collected, latest, repository.pathTemplate);
    phaseDone('planMs');

    const store = openRepository(storageConfig(repository, deps.keyring), log);
    let committed = false;
    try {
      const stored = await storeChanged(store, progress.planned, { message: commitMessage(runId, progress.planned, failed.length), date: progress.commitDate });
      progress.planned = withStoredRefs(progress.planned, stored);
      progress.commit = { sha: commitHolding(stored, progress.planned), filesChanged: stored.filesChanged, pushed: null, pushError: null };
      committed = stored.commit !== null;
    } catch (error) {
      storageError = (error as Error).message;
      log.error({ err: error }, 'storing the run failed');
    }
    phaseDone('writeMs');

    if (progress.commit && repository.kind === 'git' && repository.remoteUrl) {
      progress.commit = { ...progress.commit, ...(await pushCommits(store, committed)) };
      if (progress.commit.pushError) log.warn({ pushError: progress.commit.pushError }, 'push failed; the commit is kept and pushed by the next run');
    }
    phaseDone('pushMs');
  }

  const outcome = runOutcome({ run, repository, devices, planned: progress.planned, commit: progress.commit, failure: storageError, commitDate: progress.commitDate, now: new Date() });
  const recorded = await deps.db.transaction((tx) => recordFinishedRun(tx, run, outcome));
  phaseDone('recordMs');
  await removeStaging(deps, runId);
  if (recorded) log.info({ phases, files: progress.commit?.filesChanged ?? 0 }, 'run stored');
  else log.warn('the run had ended meanwhile; nothing recorded');
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

/** Binary staging files of the run: stored, or never to be. */
async function removeStaging(deps: WorkerDeps, runId: string): Promise<void> {
  await fs.rm(path.join(deps.dataDir, 'staging', runId), { recursive: true, force: true });
}
