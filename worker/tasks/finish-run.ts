import fs from 'node:fs/promises';
import path from 'node:path';
import type { Task } from 'graphile-worker';
import { latestBackups } from '../../db/backups/latest-backups.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { storageConfig } from '../../db/repositories/storage-config.ts';
import { loadFinishingRun, recordFinishedRun } from '../../db/runs/finishing-run.ts';
import { openRepository, type ArtifactFile, type StoreResult } from '../../storage/index.ts';
import type { WorkerDeps } from '../deps.ts';
import { commitMessage, planArtifacts, runOutcome, splitDevices, withStoredRefs, type CommitStatus, type PlannedArtifact } from './finish-run-plan.ts';

/**
 * Writes every changed artifact of the run as one commit (none when nothing changed), pushes
 * when the repository has a remote, records one backup row per artifact and the run result:
 * load → plan (finish-run-plan.ts) → store → record.
 */
export const finishRunTask =
  (deps: WorkerDeps): Task<'finish-run'> =>
  async (payload) => {
    const { runId } = parsePayload('finish-run', payload);
    const log = deps.log.child({ runId });
    // Milliseconds per phase, logged when the run is stored (the fleet benchmark reports them).
    const phases: Record<string, number> = {};
    let phaseStarted = Date.now();
    const phaseDone = (name: string) => {
      phases[name] = Date.now() - phaseStarted;
      phaseStarted = Date.now();
    };

    const finishing = await loadFinishingRun(deps.db, runId);
    if (!finishing) return;
    const { run, repository, devices } = finishing;
    const { collected, failed } = splitDevices(devices);
    phaseDone('readMs');

    let planned: PlannedArtifact[] = [];
    let commit: CommitStatus | null = null;
    let storageError: string | null = null;
    const commitDate = new Date();
    try {
      if (!repository) throw new Error('The run has no repository (it was deleted)');
      const latest = await latestBackups(deps.db, repository.id, collected.map((d) => d.device!.id));
      planned = planArtifacts(collected, latest, repository.pathTemplate);
      phaseDone('planMs');

      const store = openRepository(storageConfig(repository, deps.keyring), log);
      await store.ensure();
      const files: ArtifactFile[] = planned
        .filter((p) => p.changed)
        .map((p) => ({ path: p.path, source: p.staged.isBinary ? { kind: 'file', file: p.staged.file } : { kind: 'text', content: p.staged.content } }));
      const stored: StoreResult = files.length
        ? await store.store(files, { message: commitMessage(runId, planned, failed.length), date: commitDate })
        : { commit: null, filesChanged: 0, refs: {}, changedPaths: [] };
      planned = withStoredRefs(planned, stored);
      phaseDone('writeMs');

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
    } catch (error) {
      storageError = (error as Error).message;
      log.error({ err: error }, 'storing the run failed');
    }

    const outcome = runOutcome({ run, repository, devices, planned, commit, storageError, commitDate, now: new Date() });
    await deps.db.transaction((tx) => recordFinishedRun(tx, run, outcome));
    phaseDone('recordMs');
    await fs.rm(path.join(deps.dataDir, 'staging', runId), { recursive: true, force: true });
    log.info({ phases, files: commit?.filesChanged ?? 0 }, 'run stored');
  };
