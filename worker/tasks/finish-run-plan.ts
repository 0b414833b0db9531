/**
 * The decisions of a run's commit, without PostgreSQL or git: which artifacts changed and where
 * they go, the commit message, and what is recorded afterwards. finish-run.ts loads, stores and
 * records around them.
 */
import type { Backup } from '../../db/backups/schema.ts';
import type { Repository } from '../../db/repositories/schema.ts';
import { renderPathTemplate } from '../../db/repositories/path-template.ts';
import type { FinishingDevice, NewBackup } from '../../db/runs/finishing-run.ts';
import type { Run } from '../../db/runs/schema.ts';
import type { RunResult, StagedArtifact } from '../../db/runs/types.ts';
import type { StorageRef, StoreResult } from '../../storage/index.ts';

export interface PlannedArtifact {
  deviceId: string;
  deviceName: string;
  staged: StagedArtifact;
  /** Repository-relative, rendered from the repository's path template. */
  path: string;
  previous: Backup | undefined;
  changed: boolean;
  /** Where the store put it, when it was written this run. */
  ref?: StorageRef;
}

export interface CommitStatus {
  sha: string | null;
  filesChanged: number;
  pushed: boolean | null;
  pushError: string | null;
}

/** Devices that succeeded, failed, and those whose artifacts are stored (a failed device may have some). */
export function splitDevices(devices: FinishingDevice[]) {
  return {
    succeeded: devices.filter((d) => d.runDevice.status === 'succeeded' && d.device && d.runDevice.collected),
    failed: devices.filter((d) => d.runDevice.status !== 'succeeded'),
    collected: devices.filter((d) => d.device && d.runDevice.collected),
  };
}

/** Unchanged when the comparable text (binary: the bytes) equals the latest version stored at the same path. */
export function sameVersion(staged: StagedArtifact, previous: Backup | undefined, filePath: string): boolean {
  if (!previous || previous.storageRef.path !== filePath) return false;
  // Volatile lines (clock, uptime) differ on every fetch and do not make a text artifact change.
  return staged.isBinary ? staged.sha256 === previous.sha256 : staged.comparableSha256 === previous.comparableSha256;
}

/** Every collected artifact with its path and whether it is a new version. */
export function planArtifacts(collected: FinishingDevice[], latest: Backup[], pathTemplate: string): PlannedArtifact[] {
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
          });
          const previous = previousOf.get(`${device.id}\0${staged.artifact}`);
          return { deviceId: device.id, deviceName: device.name, staged, path, previous, changed: !sameVersion(staged, previous, path) };
        })
      : [],
  );
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

export function gitStatusText(commit: CommitStatus): string {
  if (commit.sha) {
    const files = `committed ${commit.filesChanged} file${commit.filesChanged === 1 ? '' : 's'}`;
    return `${files}${commit.pushed ? ' and pushed' : commit.pushError ? '; push failed' : ''}`;
  }
  return commit.pushed ? 'no changes; pushed earlier commits' : 'no changes; nothing committed';
}

/** Everything recordFinishedRun writes, from what happened. */
export function runOutcome(input: {
  run: Run;
  repository: Repository | undefined;
  devices: FinishingDevice[];
  planned: PlannedArtifact[];
  commit: CommitStatus | null;
  storageError: string | null;
  commitDate: Date;
  now: Date;
}): { backups: NewBackup[]; status: Run['status']; result: RunResult; error: string | null; message: string } {
  const { run, repository, planned, commit, storageError, commitDate } = input;
  const { succeeded, failed } = splitDevices(input.devices);
  const gitStatus = storageError ? `storage failed: ${storageError}` : commit ? gitStatusText(commit) : 'nothing to store';
  const changedCount = planned.filter((p) => p.changed).length;
  const backups: NewBackup[] =
    storageError || !repository
      ? []
      : planned.map((p) => ({
          deviceId: p.deviceId,
          runId: run.id,
          repositoryId: repository.id,
          artifact: p.staged.artifact,
          isText: !p.staged.isBinary,
          size: p.staged.size,
          sha256: p.staged.sha256,
          comparableSha256: p.staged.isBinary ? null : p.staged.comparableSha256,
          changed: p.changed,
          storageRef: p.ref ?? p.previous!.storageRef,
          createdAt: commitDate,
        }));
  const result: RunResult = {
    success: !storageError && failed.length === 0,
    backedUpCount: storageError ? 0 : succeeded.length,
    failedCount: failed.length,
    changedCount,
    unchangedCount: storageError ? 0 : planned.length - changedCount,
    backedUpDevices: storageError ? [] : succeeded.map((d) => d.runDevice.deviceName),
    failedDevices: failed.map((d) => ({
      device: d.runDevice.deviceName,
      code: d.runDevice.errorCode ?? (d.runDevice.status === 'cancelled' ? 'CANCELLED' : 'INTERNAL'),
      message: d.runDevice.errorMessage ?? '',
    })),
    gitStatus,
    gitCommitStatus: commit,
    credentialInfo: succeeded.map((d) => ({ device: d.runDevice.deviceName, credentialSet: d.credentialSetName ?? '' })),
    repository: repository ? { id: repository.id, name: repository.name, kind: repository.kind } : null,
    commitDate: commit?.sha ? commitDate.toISOString() : null,
    durationMs: input.now.getTime() - (run.startedAt ?? run.createdAt).getTime(),
  };
  const status = storageError ? 'failed' : failed.length === 0 ? 'succeeded' : succeeded.length ? 'partial' : 'failed';
  const message = storageError
    ? `Run failed: ${storageError}`
    : `Done: ${succeeded.length} backed up (${changedCount} changed), ${failed.length} failed; ${gitStatus}`;
  return { backups, status, result, error: storageError, message };
}
