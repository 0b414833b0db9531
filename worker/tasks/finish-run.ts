import fs from 'node:fs/promises';
import path from 'node:path';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { backups, type Backup } from '../../db/backups/schema.ts';
import { credentialSets } from '../../db/credential-sets/schema.ts';
import { devices } from '../../db/devices/schema.ts';
import { renderPathTemplate } from '../../db/repositories/path-template.ts';
import { repositories, type Repository } from '../../db/repositories/schema.ts';
import { storageConfig } from '../../db/repositories/storage-config.ts';
import { appendRunEvent } from '../../db/runs/run-events.ts';
import { runDevices, runs } from '../../db/runs/schema.ts';
import type { WorkerDeps } from '../deps.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { openRepository, type ArtifactFile, type StorageRef, type StoreResult } from '../../storage/index.ts';
import type { RunResult, StagedArtifact } from '../../db/runs/types.ts';

interface Planned {
  deviceId: string;
  deviceName: string;
  staged: StagedArtifact;
  path: string;
  previous: Backup | undefined;
  changed: boolean;
  /** Where the store put it, when it was written this run. */
  ref?: StorageRef;
}

function sameVersion(staged: StagedArtifact, previous: Backup | undefined, filePath: string): boolean {
  if (!previous) return false;
  const ref = previous.storageRef;
  if (ref.path !== filePath) return false;
  // Volatile lines (clock, uptime) differ on every fetch and do not make a text artifact change.
  return staged.isBinary ? staged.sha256 === previous.sha256 : staged.comparableSha256 === previous.comparableSha256;
}

/**
 * Writes every changed artifact of the run as one commit (none when nothing changed), pushes
 * when the repository has a remote, records one backup row per artifact and the run result.
 */
export const finishRunTask =
  (deps: WorkerDeps): Task<'finish-run'> =>
  async (payload) => {
    const { runId } = parsePayload('finish-run', payload);
    const [run] = await deps.db.select().from(runs).where(eq(runs.id, runId));
    if (!run || !['finishing', 'running', 'cancelled'].includes(run.status) || run.finishedAt) return;
    const log = deps.log.child({ runId });
    // Milliseconds per phase, logged when the run is stored (the fleet benchmark reports them).
    const phases: Record<string, number> = {};
    let phaseStarted = Date.now();
    const phaseDone = (name: string) => {
      phases[name] = Date.now() - phaseStarted;
      phaseStarted = Date.now();
    };
    const [repository] = run.repositoryId ? await deps.db.select().from(repositories).where(eq(repositories.id, run.repositoryId)) : [];

    const rows = await deps.db
      .select({ runDevice: runDevices, device: devices, credentialSetName: credentialSets.name })
      .from(runDevices)
      .leftJoin(devices, eq(devices.id, runDevices.deviceId))
      .leftJoin(credentialSets, eq(credentialSets.id, runDevices.credentialSetId))
      .where(eq(runDevices.runId, runId))
      .orderBy(runDevices.position);
    const succeeded = rows.filter((r) => r.runDevice.status === 'succeeded' && r.device && r.runDevice.collected);
    const failed = rows.filter((r) => r.runDevice.status !== 'succeeded');
    // A device that failed on one artifact still stores the others it collected.
    const collected = rows.filter((r) => r.device && r.runDevice.collected);
    phaseDone('readMs');

    let planned: Planned[] = [];
    let gitStatus = 'nothing to store';
    let commit: { sha: string | null; filesChanged: number; pushed: boolean | null; pushError: string | null } | null = null;
    let storageError: string | null = null;
    const commitDate = new Date();
    try {
      if (!repository) throw new Error('The run has no repository (it was deleted)');
      planned = await plan(deps, repository, collected);
      phaseDone('planMs');
      const changed = planned.filter((p) => p.changed);
      const store = openRepository(storageConfig(repository, deps.keyring), log);
      await store.ensure();
      const files: ArtifactFile[] = changed.map((p) => ({
        path: p.path,
        source: p.staged.isBinary ? { kind: 'file', file: p.staged.file } : { kind: 'text', content: p.staged.content },
      }));
      const message = `Tidemark run ${runId.slice(0, 8)}: ${changed.length} changed, ${planned.length - changed.length} unchanged, ${failed.length} failed\n\nRun: ${runId}\n`;
      const stored: StoreResult = files.length ? await store.store(files, { message, date: commitDate }) : { commit: null, filesChanged: 0, refs: {}, changedPaths: [] };
      phaseDone('writeMs');
      for (const p of planned) {
        const ref = stored.refs[p.path];
        if (ref) p.ref = ref;
        else if (p.changed) p.changed = false;
      }
      let pushed: boolean | null = null;
      let pushError: string | null = null;
      if (repository.kind === 'git' && repository.remoteUrl && (stored.commit || (await store.unpushed()))) {
        const push = await store.push();
        pushed = push.pushed;
        pushError = push.error ?? null;
        if (pushError) log.warn({ pushError }, 'push failed; the commit is kept and pushed by the next run');
      }
      phaseDone('pushMs');
      commit = { sha: stored.commit, filesChanged: stored.filesChanged, pushed, pushError };
      gitStatus = stored.commit
        ? `committed ${stored.filesChanged} file${stored.filesChanged === 1 ? '' : 's'}${pushed ? ' and pushed' : pushError ? '; push failed' : ''}`
        : pushed
          ? 'no changes; pushed earlier commits'
          : 'no changes; nothing committed';
    } catch (error) {
      storageError = (error as Error).message;
      gitStatus = `storage failed: ${storageError}`;
      log.error({ err: error }, 'storing the run failed');
    }

    await deps.db.transaction(async (tx) => {
      if (!storageError) {
        const values = planned.map((p) => ({
          deviceId: p.deviceId,
          runId,
          repositoryId: repository!.id,
          artifact: p.staged.artifact,
          isText: !p.staged.isBinary,
          size: p.staged.size,
          sha256: p.staged.sha256,
          comparableSha256: p.staged.isBinary ? null : p.staged.comparableSha256,
          changed: p.changed,
          storageRef: p.ref ?? p.previous!.storageRef,
          createdAt: commitDate,
        }));
        if (values.length) await tx.insert(backups).values(values);
      }
      const changedCount = planned.filter((p) => p.changed).length;
      const result: RunResult = {
        success: !storageError && failed.length === 0,
        backedUpCount: storageError ? 0 : succeeded.length,
        failedCount: failed.length,
        changedCount,
        unchangedCount: storageError ? 0 : planned.length - changedCount,
        backedUpDevices: storageError ? [] : succeeded.map((r) => r.runDevice.deviceName),
        failedDevices: failed.map((r) => ({ device: r.runDevice.deviceName, code: r.runDevice.errorCode ?? (r.runDevice.status === 'cancelled' ? 'CANCELLED' : 'INTERNAL'), message: r.runDevice.errorMessage ?? '' })),
        gitStatus,
        gitCommitStatus: commit,
        credentialInfo: succeeded.map((r) => ({ device: r.runDevice.deviceName, credentialSet: r.credentialSetName ?? '' })),
        repository: repository ? { id: repository.id, name: repository.name, kind: repository.kind } : null,
        commitDate: commit?.sha ? commitDate.toISOString() : null,
        durationMs: Date.now() - (run.startedAt ?? run.createdAt).getTime(),
      };
      const [current] = await tx.select({ status: runs.status }).from(runs).where(eq(runs.id, runId)).for('update');
      const status = current.status === 'cancelled' ? 'cancelled' : storageError ? 'failed' : failed.length === 0 ? 'succeeded' : succeeded.length ? 'partial' : 'failed';
      await tx.update(runs).set({ status, result, error: storageError, finishedAt: new Date() }).where(eq(runs.id, runId));
      // The staged text has been stored; keeping it would only grow the table.
      await tx.update(runDevices).set({ collected: null }).where(and(eq(runDevices.runId, runId), isNotNull(runDevices.collected)));
      await appendRunEvent(tx, runId, 'run-finished', {
        current: run.total,
        total: run.total,
        message: storageError
          ? `Run failed: ${storageError}`
          : `Done: ${succeeded.length} backed up (${changedCount} changed), ${failed.length} failed; ${gitStatus}`,
        status,
      });
    });
    phaseDone('recordMs');
    await fs.rm(path.join(deps.dataDir, 'staging', runId), { recursive: true, force: true });
    log.info({ phases, files: commit?.filesChanged ?? 0 }, 'run stored');
  };

async function plan(
  deps: WorkerDeps,
  repository: Repository,
  collected: { runDevice: typeof runDevices.$inferSelect; device: typeof devices.$inferSelect | null }[],
): Promise<Planned[]> {
  // The latest stored version of every artifact of these devices, in one query.
  const deviceIds = collected.map((s) => s.device!.id);
  const latest = deviceIds.length
    ? await deps.db
        .selectDistinctOn([backups.deviceId, backups.artifact])
        .from(backups)
        .where(and(eq(backups.repositoryId, repository.id), inArray(backups.deviceId, deviceIds)))
        .orderBy(backups.deviceId, backups.artifact, desc(backups.createdAt))
    : [];
  const previousOf = new Map(latest.map((b) => [`${b.deviceId}\0${b.artifact}`, b]));
  const planned: Planned[] = [];
  for (const { runDevice, device } of collected) {
    for (const staged of runDevice.collected ?? []) {
      const filePath = renderPathTemplate(repository.pathTemplate, {
        device: device!.name,
        backupMethod: device!.backupMethod,
        artifact: staged.artifact,
        location: device!.location,
        tags: device!.tags,
      });
      const previous = previousOf.get(`${device!.id}\0${staged.artifact}`);
      planned.push({ deviceId: device!.id, deviceName: device!.name, staged, path: filePath, previous, changed: !sameVersion(staged, previous, filePath) });
    }
  }
  return planned;
}
