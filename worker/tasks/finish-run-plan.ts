/**
 * The decisions of a run's commit, without PostgreSQL or git: which artifacts changed and where
 * they go, the commit message, and what is recorded afterwards. finish-run.ts loads, stores and
 * records around them.
 */
import type { LatestBackup } from '../../db/backups/latest-backups.ts';
import type { LineCounts } from '../../db/changes/count-lines.ts';
import type { Repository } from '../../db/repositories/schema.ts';
import { renderPathTemplate } from '../../db/repositories/path-template.ts';
import type { CollectedArtifact, FinishingDevice, NewBackup } from '../../db/runs/finishing-run.ts';
import type { Run } from '../../db/runs/schema.ts';
import type { RunResult } from '../../db/runs/types.ts';
import type { ArtifactSource, StorageRef, StoreResult } from '../../storage/index.ts';

export interface PlannedArtifact {
  deviceId: string;
  deviceName: string;
  /** Without the text: the store is handed it a page at a time (finish-run.ts). */
  staged: CollectedArtifact;
  /** Repository-relative, rendered from the repository's path template. */
  path: string;
  previous: LatestBackup | undefined;
  changed: boolean;
  /** Where the store put it, when it was written this run. */
  ref?: StorageRef;
  /** Lines added and removed against the version before, for a changed text artifact (see finish-run.ts). */
  lines?: LineCounts | null;
}

export interface CommitStatus {
  sha: string | null;
  filesChanged: number;
  pushed: boolean | null;
  pushError: string | null;
}

/**
 * A run device whose collection succeeded: `collected` until stored (`succeeded` from a version
 * before that status).
 */
const collectedOk = (d: FinishingDevice) => d.runDevice.status === 'collected' || d.runDevice.status === 'succeeded';

/**
 * Devices whose collection succeeded (backed up once stored), failed, and those with artifacts to
 * store (a failed device may have some).
 */
export function splitDevices(devices: FinishingDevice[]) {
  return {
    succeeded: devices.filter((d) => collectedOk(d) && d.device && d.runDevice.collected),
    failed: devices.filter((d) => !collectedOk(d)),
    collected: devices.filter((d) => d.device && d.runDevice.collected),
  };
}

/**
 * Waits between attempts to store a run: a full disk, a ref lock or a remote that is away for a
 * moment gets a few seconds, then up to a minute; after the last wait the run ends failed with its
 * collected devices "collected, not stored", kept for a retry of the store. About two minutes in all.
 */
export const STORE_RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000, 60_000];

/** After `attempts` failed stores: wait and try again, or give up. */
export function nextStoreStep(attempts: number, delaysMs: readonly number[]): { retryInMs: number } | { giveUp: true } {
  const delay = delaysMs[attempts - 1];
  return delay === undefined ? { giveUp: true } : { retryInMs: delay };
}

/** What the run's events say of a failed store that is tried again. */
export function storeRetryMessage(attempts: number, delaysMs: readonly number[], error: string): string {
  const wait = nextStoreStep(attempts, delaysMs);
  const ms = 'retryInMs' in wait ? wait.retryInMs : 0;
  return `Storing failed (attempt ${attempts} of ${delaysMs.length + 1}): ${error}; trying again in ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`;
}

/** Unchanged when the comparable text (binary: the bytes) equals the latest version stored at the same path. */
export function sameVersion(staged: CollectedArtifact, previous: LatestBackup | undefined, filePath: string): boolean {
  if (!previous || previous.storageRef.path !== filePath) return false;
  // Volatile lines (clock, uptime) differ on every fetch and do not make a text artifact change.
  return staged.isBinary ? staged.sha256 === previous.sha256 : staged.comparableSha256 === previous.comparableSha256;
}

/** Every collected artifact with its path and whether it is a new version. */
export function planArtifacts(collected: FinishingDevice[], latest: LatestBackup[], pathTemplate: string): PlannedArtifact[] {
  const previousOf = new Map(latest.map((b) => [`${b.deviceId}\0${b.artifact}`, b]));
  return collected.flatMap(({ runDevice, device }) =>
    device
      ? (runDevice.collected ?? []).map((staged) => {
          const path = renderPathTemplate(pathTemplate, {
            device: device.name,
            backupMethod: device.backupMethod,
            artifact: staged.artifact,
            location: device.location,
            tags: device.tags,
            variables: device.variables,
          });
          const previous = previousOf.get(`${device.id}\0${staged.artifact}`);
          return { deviceId: device.id, deviceName: device.name, staged, path, previous, changed: !sameVersion(staged, previous, path) };
        })
      : [],
  );
}

/**
 * What the store reads: text inline (`text`, read for the page being stored); a binary from the
 * objects staged in the repository while it was collected, or, collected by a version before
 * that, from a file in the data folder.
 */
export function artifactSource(staged: CollectedArtifact, text: string | undefined): ArtifactSource {
  if (!staged.isBinary) {
    if (text === undefined) throw new Error(`the collected text of ${staged.artifact} is gone`);
    return { kind: 'text', content: text };
  }
  return 'object' in staged ? { kind: 'object', id: staged.object } : { kind: 'file', file: staged.file };
}

export function commitMessage(runId: string, planned: PlannedArtifact[], failedCount: number): string {
  const changed = planned.filter((p) => p.changed).length;
  return `Tidemark run ${runId.slice(0, 8)}: ${changed} changed, ${planned.length - changed} unchanged, ${failedCount} failed\n\nRun: ${runId}\n`;
}

/** What the store did: a written artifact gets its reference; one the store found unchanged is no change. */
export function withStoredRefs(planned: PlannedArtifact[], stored: StoreResult): PlannedArtifact[] {
  return planned.map((p) => {
    const ref = stored.refs[p.path];
    return ref ? { ...p, ref } : { ...p, changed: false };
  });
}

/**
 * The commit that holds the run's new versions: the one the store just wrote or, when the store
 * found them all in the branch already, the branch head it pointed them at. That happens when an
 * earlier attempt of this finish (or an earlier run that failed to record) committed them: the
 * backups rows recorded now point at that commit, so rows and commit agree again.
 */
export function commitHolding(stored: StoreResult, planned: PlannedArtifact[]): string | null {
  if (stored.commit) return stored.commit;
  const ref = planned.find((p) => p.changed && p.ref?.kind === 'git')?.ref;
  return ref?.kind === 'git' ? ref.commit : null;
}

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/** What the store did, in words: a commit (git) or files written (filesystem, which has no commit). */
export function gitStatusText(commit: CommitStatus, kind: Repository['kind'] = 'git'): string {
  if (kind === 'filesystem') return commit.filesChanged > 0 ? `${files(commit.filesChanged)} written` : 'no changes; nothing written';
  if (commit.sha && commit.filesChanged === 0) return `nothing new to commit: the new versions were committed before, in ${commit.sha.slice(0, 7)}`;
  if (commit.sha) return `committed ${files(commit.filesChanged)}${commit.pushed ? ' and pushed' : commit.pushError ? '; push failed' : ''}`;
  return commit.pushed ? 'no changes; pushed earlier commits' : 'no changes; nothing committed';
}

/**
 * Everything recordFinishedRun writes, from what happened. `failure` says why the run could not be
 * stored or recorded: then nothing counts as backed up, and every collected device is reported
 * STORAGE_FAILED (collected, not stored); `commit` is what was written all the same (a commit whose
 * backups rows could not be recorded is named in the result; a retry of the store records them).
 */
export function runOutcome(input: {
  run: Run;
  repository: Repository | undefined;
  devices: FinishingDevice[];
  planned: PlannedArtifact[];
  commit: CommitStatus | null;
  failure: string | null;
  commitDate: Date;
  now: Date;
}): { backups: Iterable<NewBackup>; status: Run['status']; result: RunResult; error: string | null; message: string } {
  const { run, repository, planned, commit, failure, commitDate } = input;
  const { succeeded, failed } = splitDevices(input.devices);
  const changedCount = planned.filter((p) => p.changed).length;
  // Made as they are inserted: a run of 50,000 devices does not hold all its rows at once.
  const backups: Iterable<NewBackup> =
    failure || !repository
      ? []
      : mapLazily(planned, (p) => ({
          deviceId: p.deviceId,
          runId: run.id,
          repositoryId: repository.id,
          artifact: p.staged.artifact,
          isText: !p.staged.isBinary,
          size: p.staged.size,
          sha256: p.staged.sha256,
          comparableSha256: p.staged.isBinary ? null : p.staged.comparableSha256,
          changed: p.changed,
          // What the backups_initial trigger would set, so that it has no row to correct (a device
          // with backups in another repository only is corrected by it).
          initial: p.previous === undefined,
          addedLines: p.changed ? (p.lines?.added ?? null) : null,
          removedLines: p.changed ? (p.lines?.removed ?? null) : null,
          storageRef: p.ref ?? p.previous!.storageRef,
          createdAt: commitDate,
        }));
  const notStored = failure ? succeeded : [];
  const result: RunResult = {
    success: !failure && failed.length === 0,
    backedUpCount: failure ? 0 : succeeded.length,
    failedCount: failed.length + notStored.length,
    // After a failure only what the repository holds counts as changed: nothing else was written.
    changedCount: failure && !wroteVersions(commit) ? 0 : changedCount,
    unchangedCount: failure ? 0 : planned.length - changedCount,
    backedUpDevices: failure ? [] : succeeded.map((d) => d.runDevice.deviceName),
    failedDevices: [
      ...failed.map((d) => ({
        device: d.runDevice.deviceName,
        code: d.runDevice.errorCode ?? (d.runDevice.status === 'cancelled' ? ('CANCELLED' as const) : ('INTERNAL' as const)),
        message: d.runDevice.errorMessage ?? '',
      })),
      ...notStored.map((d) => ({ device: d.runDevice.deviceName, code: 'STORAGE_FAILED' as const, message: `Collected, not stored: ${failure}` })),
    ],
    gitStatus: gitStatusOf(commit, changedCount, failure, repository?.kind),
    gitCommitStatus: commit,
    credentialInfo: succeeded.map((d) => ({ device: d.runDevice.deviceName, credentialSet: d.credentialSetName ?? '' })),
    repository: repository ? { id: repository.id, name: repository.name, kind: repository.kind } : null,
    commitDate: commit && commit.filesChanged > 0 ? commitDate.toISOString() : null,
    durationMs: input.now.getTime() - (run.startedAt ?? run.createdAt).getTime(),
  };
  const status = failure ? 'failed' : failed.length === 0 ? 'succeeded' : succeeded.length ? 'partial' : 'failed';
  const message = failure
    ? `Run failed: ${failure}${notStored.length ? `; ${notStored.length} device${notStored.length === 1 ? '' : 's'} collected, not stored: kept for a retry of the store` : ''}`
    : `Done: ${succeeded.length} backed up (${changedCount} changed), ${failed.length} failed; ${result.gitStatus}`;
  return { backups, status, result, error: failure, message };
}

/** The items mapped each time they are iterated, never held as a list. */
function mapLazily<T, U>(items: readonly T[], map: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield map(item);
    },
  };
}

/** Whether the store wrote the run's new versions (a commit, or files in a filesystem repository). */
const wroteVersions = (commit: CommitStatus | null) => Boolean(commit && (commit.sha || commit.filesChanged > 0));

function gitStatusOf(commit: CommitStatus | null, changedCount: number, failure: string | null, kind: Repository['kind'] | undefined): string {
  if (!failure) return commit ? gitStatusText(commit, kind) : 'nothing to store';
  if (!wroteVersions(commit)) return `storage failed: ${failure}`;
  const written = commit!.sha ? `commit ${commit!.sha.slice(0, 7)} holds ${changedCount} new version${changedCount === 1 ? '' : 's'}` : `${commit!.filesChanged} new version${commit!.filesChanged === 1 ? '' : 's'} stored`;
  return `${written}, but recording the backups failed: ${failure}; a retry of the store records them`;
}
