import fs from 'node:fs/promises';
import path from 'node:path';
import type { Task } from 'graphile-worker';
import { latestBackups } from '../../db/backups/latest-backups.ts';
import { newVersionTexts, saveConfigTexts } from '../../db/config-search/save-config-texts.ts';
import { countChangedLines, countLines } from '../../db/changes/count-lines.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { queryCause } from '../../db/query-error.ts';
import { ownedPaths, recordPush } from '../../db/repositories/record-push.ts';
import type { Repository as RepositoryRow } from '../../db/repositories/schema.ts';
import { openStorageConfig } from '../../db/repositories/storage-config.ts';
import type { Tx } from '../../db/client.ts';
import {
  collectedTextKey,
  countStoreAttempt,
  failRun,
  loadCollectedTexts,
  loadFinishingRun,
  recordFinishedRun,
  scheduleStoreRetry,
  type FinishingDevice,
  type FinishingRun,
} from '../../db/runs/finishing-run.ts';
import { openRepository, type Repository, type StoredVersion, type StoreResult } from '../../storage/index.ts';
import type { WorkerDeps } from '../deps.ts';
import {
  artifactSource,
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
 * load (without the texts) → plan (finish-run-plan.ts) → store (a page of devices at a time) →
 * record. When storing or recording fails, the attempt is counted and the store tried again after
 * a wait (STORE_RETRY_DELAYS_MS); after the last, the run ends failed with its collected devices
 * "collected, not stored" and what they collected kept for a retry of the store (see README, "No
 * run left unfinished"). The job's own attempts only cover a failure to record that outcome.
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

  const store = openRepository(await openStorageConfig(deps.db, repository, deps.keyring), log);
  const stored = await storeChanged({ deps, runId, store, progress, devices, log, phases }, { message: commitMessage(runId, progress.planned, failed.length), date: progress.commitDate });
  progress.planned = withStoredRefs(progress.planned, stored);
  progress.commit = { sha: commitHolding(stored, progress.planned), filesChanged: stored.filesChanged, pushed: null, pushError: null };
  phaseDone('writeMs');
  // Saving the search texts goes on while the store writes; the wait for it is reported on its own.
  phases.writeMs -= phases.indexMs ?? 0;

  if (repository.kind === 'git' && repository.remoteUrl) {
    const push = await pushCommits(deps, repository, store, stored.commit !== null);
    progress.commit = { ...progress.commit, pushed: push.pushed, pushError: push.pushError };
    if (push.rebased) {
      // The run's versions live in the rebased commit now; the rows recorded below name it.
      const moved = push.rebased;
      progress.planned = progress.planned.map((p) => (p.ref?.kind === 'git' && moved[p.ref.commit] ? { ...p, ref: { ...p.ref, commit: moved[p.ref.commit] } } : p));
      if (progress.commit.sha && moved[progress.commit.sha]) progress.commit = { ...progress.commit, sha: moved[progress.commit.sha] };
    }
    if (progress.commit.pushError) log.warn({ pushError: progress.commit.pushError }, 'push failed; the commit is kept and pushed by the next run');
  }
  phaseDone('pushMs');

  const outcome = runOutcome({ run, repository, devices, planned: progress.planned, commit: progress.commit, failure: null, commitDate: progress.commitDate, now: new Date() });
  const recorded = await deps.db.transaction((tx) => recordFinishedRun(tx, run, outcome));
  phaseDone('recordMs');
  if (recorded) {
    await removeStaging(deps, runId);
    await store.discardStaged(runId).catch((error: unknown) => log.warn({ err: error }, 'could not remove the run\'s staged objects'));
    log.info({ phases, files: progress.commit.filesChanged }, 'run stored');
  } else {
    log.warn('the run had ended meanwhile; nothing recorded');
  }
}

/** Pages whose search texts are saved at once, beside the page being written. */
const INDEXING_PAGES = 2;

/** Devices whose new versions are read, stored, counted and indexed at once: a few megabytes of text. */
const FINISH_PAGE_DEVICES = 1_000;

interface StoreContext {
  deps: WorkerDeps;
  runId: string;
  store: Repository;
  progress: FinishProgress;
  devices: FinishingDevice[];
  log: WorkerDeps['log'];
  phases: Record<string, number>;
}

/**
 * Writes the changed artifacts as one store (nothing changed, nothing written), handed to it a
 * page of devices at a time: each page's texts are read from PostgreSQL, added to the store, their
 * changed lines counted and their search texts saved, then dropped, so the worker's memory does
 * not grow with the run.
 */
async function storeChanged(context: StoreContext, meta: { message: string; date: Date }): Promise<StoreResult> {
  const { deps, runId, store, progress } = context;
  await store.ensure();
  const pages = changedPages(progress.planned, deps.finishPageDevices ?? FINISH_PAGE_DEVICES);
  if (pages.length === 0) return { commit: null, filesChanged: 0, refs: {}, changedPaths: [] };
  const deviceById = new Map(context.devices.flatMap((d) => (d.device ? [[d.device.id, d.device] as const] : [])));
  context.phases.indexMs = 0;
  // Waits for the page being indexed, counting only the wait: the time indexing took beyond the writing.
  const awaitIndexing = async (indexing: Promise<unknown>) => {
    const waiting = Date.now();
    await indexing;
    context.phases.indexMs += Date.now() - waiting;
  };
  const writer = await store.beginStore(meta);
  // A page's search texts are saved (PostgreSQL's work) while the next pages are written (this
  // process's work), two pages at a time on connections of their own: at most three pages of
  // text are held. Most texts were saved while the run collected (CollectedTextsIndex): only
  // those missing are saved here.
  const indexing: Promise<unknown>[] = [];
  const runDeviceIds = new Map(context.devices.flatMap((d) => (d.runDevice.deviceId ? [[d.runDevice.deviceId, d.runDevice.id] as const] : [])));
  try {
    for (const page of pages) {
      const planned = page.map((index) => progress.planned[index]);
      const wanted = planned.filter((p) => !p.staged.isBinary).map((p) => ({ runDeviceId: runDeviceIds.get(p.deviceId)!, deviceId: p.deviceId, artifact: p.staged.artifact }));
      const texts = await loadCollectedTexts(deps.db, runId, wanted);
      const textOf = (p: PlannedArtifact) => texts.get(collectedTextKey(p.deviceId, p.staged.artifact));
      await writer.add(planned.map((p) => ({ path: p.path, source: artifactSource(p.staged, textOf(p)) })));
      const counted = await withLineCounts(store, planned, textOf, context.log);
      for (const [at, index] of page.entries()) progress.planned[index] = counted[at];
      if (indexing.length >= INDEXING_PAGES) await awaitIndexing(indexing.shift()!);
      const saving = saveConfigTexts(deps.db, newVersionTexts(withTexts(planned, textOf), planned.map((p) => deviceById.get(p.deviceId) ?? null)));
      // Awaited on a later page or below; until then a failure must not count as unhandled.
      saving.catch(() => {});
      indexing.push(saving);
    }
    while (indexing.length) await awaitIndexing(indexing.shift()!);
    return await writer.commit();
  } catch (error) {
    // The store's own failure is what the run reports; one in cleaning up after it is only logged.
    await Promise.allSettled(indexing);
    await writer.abort().catch((abortError: unknown) => context.log.warn({ err: abortError }, 'could not abort the unfinished store'));
    throw error;
  }
}

/** Indexes of the changed planned artifacts, grouped in pages of `pageDevices` devices. */
function changedPages(planned: PlannedArtifact[], pageDevices: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  const devicesInPage = new Set<string>();
  for (const [index, p] of planned.entries()) {
    if (!p.changed) continue;
    if (!devicesInPage.has(p.deviceId) && devicesInPage.size >= pageDevices) {
      pages.push(page);
      page = [];
      devicesInPage.clear();
    }
    devicesInPage.add(p.deviceId);
    page.push(index);
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * Config search reads new versions from PostgreSQL, never from the repository: their texts are
 * saved as each page is stored, before the run is recorded and in their own statements, so the
 * run's record (its rows locked) never waits on indexing. A text no version names (the store or
 * the record failed) is removed by the daily index-config-texts job.
 */
function withTexts(planned: PlannedArtifact[], textOf: (p: PlannedArtifact) => string | undefined) {
  return planned.flatMap((p) => {
    const content = textOf(p);
    return p.staged.isBinary || content === undefined ? [] : [{ deviceId: p.deviceId, changed: p.changed, staged: { ...p.staged, content } }];
  });
}

/** Previous versions read at once while counting changed lines. */
const LINE_COUNT_READS = 8;

/**
 * Counts the lines each changed text artifact adds and removes against the version before, so the
 * change feed never diffs on read: an artifact's first version adds all its lines; the version
 * before is read from the repository. A version that cannot be read gets no counts and the run
 * goes on.
 */
async function withLineCounts(store: Repository, planned: PlannedArtifact[], textOf: (p: PlannedArtifact) => string | undefined, log: WorkerDeps['log']): Promise<PlannedArtifact[]> {
  const counted = [...planned];
  const todo = counted.flatMap((p, index) => (p.changed && !p.staged.isBinary && textOf(p) !== undefined ? [index] : []));
  const count = async (index: number) => {
    const p = counted[index];
    const content = textOf(p)!;
    if (!p.previous) {
      counted[index] = { ...p, lines: { added: countLines(content), removed: 0 } };
      return;
    }
    if (!p.previous.isText) return;
    try {
      const older = await readText(await store.openRead(p.previous.storageRef));
      counted[index] = { ...p, lines: countChangedLines(older, content) };
    } catch (error) {
      log.warn({ err: error, deviceId: p.deviceId, artifact: p.staged.artifact }, 'could not read the version before to count changed lines');
    }
  };
  for (let at = 0; at < todo.length; at += LINE_COUNT_READS) await Promise.all(todo.slice(at, at + LINE_COUNT_READS).map(count));
  return counted;
}

async function readText(version: StoredVersion): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of version.stream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Pushes a new commit, or earlier ones a failed push left behind. A push that fails is reported,
 * never thrown: the commit stands. The remote counts as moved only where it touched a path the
 * repository's backups index holds; what the push learned (host key, divergence, rebased commits)
 * is recorded on the repository.
 */
async function pushCommits(
  deps: WorkerDeps,
  repository: RepositoryRow,
  store: Repository,
  committed: boolean,
): Promise<Pick<CommitStatus, 'pushed' | 'pushError'> & { rebased?: Record<string, string> }> {
  try {
    if (!committed && !(await store.unpushed())) return { pushed: null, pushError: null };
    const push = await store.push({ ownedPaths: (paths) => ownedPaths(deps.db, repository.id, paths) });
    await deps.db.transaction((tx) => recordPush(tx, repository, push));
    return { pushed: push.pushed, pushError: push.error ?? null, rebased: push.rebased };
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

/**
 * Binary staging files of the run in this worker's data folder, as versions before staging in the
 * repository wrote them: stored, or never to be; kept while a retry of the store may need them.
 */
async function removeStaging(deps: WorkerDeps, runId: string): Promise<void> {
  await fs.rm(path.join(deps.dataDir, 'staging', runId), { recursive: true, force: true });
}
