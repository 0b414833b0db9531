import { setMaxListeners } from 'node:events';
import { eq } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { openCredentialSetsOfDevices, type DeviceCredentialSets } from '../../db/credential-sets/open-credential-sets.ts';
import type { Device } from '../../db/devices/schema.ts';
import { claimRunDevices, commitWithoutWaiting, finishRunDevices, recordRetry, type ClaimedRunDevice, type RunDeviceOutcome } from '../../db/runs/device-progress.ts';
import type { Run } from '../../db/runs/schema.ts';
import { CollectionError, isCollectionError } from '../../plugins/errors.ts';
import { findBackupMethod } from '../../plugins/registry.ts';
import type { BinarySink, CollectResult, PartialResult } from '../../plugins/types.ts';
import { repositories } from '../../db/repositories/schema.ts';
import { openStorageConfig } from '../../db/repositories/storage-config.ts';
import { openRepository, type Repository } from '../../storage/index.ts';
import type { Stage } from '../../db/runs/types.ts';
import { Batcher } from '../batcher.ts';
import { backoffMs, stageArtifacts, stageOfCode, toRecord, type Outcome } from './collect-device-outcome.ts';
import { CancelWatcher } from '../cancel-watch.ts';
import { CollectedTextsIndex } from '../collected-texts-index.ts';
import type { WorkerDeps } from '../deps.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';

/** Waits, unless the run is cancelled meanwhile. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Backs up one device of a run: tries its credential sets in order (the one that worked last
 * time first), retries retryable failures with exponential backoff, and stages what it
 * collected for the run's single commit. A device failure is recorded, never thrown: the run
 * goes on. The last device to finish enqueues the commit. Claims and outcomes of the devices a
 * worker collects at once are written in shared transactions (see Batcher).
 */
export const collectDeviceTask = (deps: WorkerDeps, cancelWatcher: CancelWatcher): Task<'collect-device'> => {
  const claims = new Batcher<{ runId: string; runDeviceId: string }, Claim | null>((requests) => claimAll(deps, requests));
  const outcomes = new Batcher<RunDeviceOutcome, void>((recorded) => finishAll(deps, recorded));
  const searchTexts = new CollectedTextsIndex(deps.db, deps.log);

  return async (payload, helpers) => {
    const { runId, runDeviceId } = parsePayload('collect-device', payload);
    const claimed = await claims.add({ runId, runDeviceId });
    if (!claimed) return;
    const { run, runDevice, device, credentialSets } = claimed;
    const log = deps.log.child({ runId, deviceId: device?.id, device: runDevice.deviceName, jobId: helpers.job.id });
    const started = Date.now();
    const stages: Stage[] = [];
    const stage = (s: Omit<Stage, 'at'>) => stages.push({ ...s, at: new Date().toISOString() });

    const abort = new AbortController();
    // The pool's signal outlives this job (the listener must not) and is shared by every job running at once.
    const onShutdown = () => abort.abort();
    if (helpers.abortSignal) setMaxListeners(0, helpers.abortSignal);
    helpers.abortSignal?.addEventListener('abort', onShutdown, { once: true });
    const stopWatching = cancelWatcher.watch(runId, abort);

    let outcome: Outcome;
    try {
      outcome = await backUp({ deps, run, device, credentialSets, stage, signal: abort.signal, log, binarySink: repositorySink(deps, run, log), onRetry: (retry) => recordRetry(deps.db, { runId, runDeviceId, deviceId: runDevice.deviceId, deviceName: runDevice.deviceName, maxAttempts: run.maxAttempts, ...retry }) });
    } catch (error) {
      log.error({ err: error }, 'unexpected error while backing up a device');
      outcome = { ok: false, code: 'INTERNAL', message: 'Unexpected error; see the worker log', attempts: 1 };
      stage({ stage: 'collect', status: 'failed', code: 'INTERNAL', message: outcome.message });
    } finally {
      stopWatching();
      helpers.abortSignal?.removeEventListener('abort', onShutdown);
    }
    if (abort.signal.aborted && !outcome.ok) outcome = { ...outcome, code: 'CANCELLED', message: 'The run was cancelled' };
    await outcomes.add(toRecord({ run, runDeviceId, deviceName: runDevice.deviceName, device, outcome, stages, durationMs: Date.now() - started }));
    // Saved for config search while the run goes on, so that its finish need not (see CollectedTextsIndex).
    if (device && run.repositoryId && outcome.artifacts) searchTexts.add(run.repositoryId, device, outcome.artifacts);
    if (outcome.ok) log.info({ durationMs: Date.now() - started, artifacts: outcome.artifacts.length }, 'device backed up');
    else log.warn({ code: outcome.code, reason: outcome.message }, 'device backup failed');
  };
};

/**
 * Binary artifacts go into the run's repository as they arrive (storage `stageObject`, one batch
 * per run), so the worker that stores the run reads them there, whichever machine collected them;
 * finish-run discards the batch once the run is recorded. Text travels in the database.
 */
function repositorySink(deps: WorkerDeps, run: Run, log: WorkerDeps['log']): BinarySink {
  let store: Promise<Repository> | null = null;
  const openStore = async () => {
    const [repository] = run.repositoryId ? await deps.db.select().from(repositories).where(eq(repositories.id, run.repositoryId)) : [];
    if (!repository) throw new Error('the run has no repository to stage binary artifacts in');
    return openRepository(await openStorageConfig(deps.db, repository, deps.keyring), log);
  };
  return {
    async open(size) {
      store ??= openStore();
      return (await store).stageObject(size, run.id);
    },
  };
}

type Claim = ClaimedRunDevice & { credentialSets: DeviceCredentialSets };

/**
 * Claims devices for collection, with their credential sets opened; null for one not to collect.
 * The sets are read once the claim is committed: the claim holds its run's row locked, and the
 * outcomes other devices record wait for it.
 */
async function claimAll(deps: WorkerDeps, requests: { runId: string; runDeviceId: string }[]): Promise<(Claim | null)[]> {
  const claimed = await deps.db.transaction(async (tx) => {
    await commitWithoutWaiting(tx);
    return claimRunDevices(tx, requests);
  });
  const devices = [...claimed.values()].flatMap(({ device }) => (device ? [device] : []));
  const credentialSets = await openCredentialSetsOfDevices(deps.db, deps.keyring, devices);
  return requests.map(({ runDeviceId }) => {
    const claim = claimed.get(runDeviceId);
    return claim ? { ...claim, credentialSets: (claim.device && credentialSets.get(claim.device.id)) || { sets: [], outOfScope: [] } } : null;
  });
}

async function finishAll(deps: WorkerDeps, recorded: RunDeviceOutcome[]): Promise<void[]> {
  await deps.db.transaction(async (tx) => {
    await commitWithoutWaiting(tx);
    await finishRunDevices(tx, recorded);
  });
  return recorded.map(() => undefined);
}

async function backUp(input: {
  deps: WorkerDeps;
  run: Run;
  device: Device | undefined;
  credentialSets: DeviceCredentialSets;
  stage: (s: Omit<Stage, 'at'>) => void;
  signal: AbortSignal;
  log: WorkerDeps['log'];
  binarySink: BinarySink;
  /** A retry is scheduled: the attempt it will be, the stage and code that failed, the wait before it. */
  onRetry: (retry: { attempt: number; stage: string; code: string; retryInMs: number }) => Promise<void>;
}): Promise<Outcome> {
  const { deps, run, device, stage, signal, log, binarySink } = input;
  if (!device) {
    stage({ stage: 'resolve', status: 'failed', code: 'NOT_FOUND', message: 'The device was deleted' });
    return { ok: false, code: 'NOT_FOUND', message: 'The device was deleted', attempts: 0 };
  }
  const method = findBackupMethod(device.backupMethod);
  if (!method) {
    const message = `Unknown backup method "${device.backupMethod}"`;
    stage({ stage: 'resolve', status: 'failed', code: 'OPTIONS_INVALID', message });
    return { ok: false, code: 'OPTIONS_INVALID', message, attempts: 0 };
  }
  // Checked again before any connection: the scope may have been narrowed since the device was saved.
  const { sets: credentialSets, outOfScope } = input.credentialSets;
  for (const set of outOfScope) {
    stage({ stage: 'resolve', status: 'skipped', credentialSet: set.name, code: 'CREDENTIAL_OUT_OF_SCOPE', message: `Not tried: ${set.reason}` });
  }
  if (credentialSets.length === 0 && outOfScope.length > 0) {
    const reasons = outOfScope.map((set) => set.reason).join('; ');
    const message = `${reasons[0].toUpperCase()}${reasons.slice(1)}. Nothing was sent; an admin can widen the scope.`;
    stage({ stage: 'resolve', status: 'failed', code: 'CREDENTIAL_OUT_OF_SCOPE', message });
    return { ok: false, code: 'CREDENTIAL_OUT_OF_SCOPE', message, attempts: 0 };
  }
  if (credentialSets.length === 0) {
    // A setting missing, not a login refused: nothing was sent to the device.
    const message = 'The device has no credential set: choose one on its Edit page. Nothing was sent.';
    stage({ stage: 'resolve', status: 'failed', code: 'NO_CREDENTIAL_SET', message });
    return { ok: false, code: 'NO_CREDENTIAL_SET', message, attempts: 0 };
  }
  stage({ stage: 'resolve', status: 'ok', message: `${method.friendlyName}, ${credentialSets.length} credential set(s)` });

  let last: CollectionError | null = null;
  let partial: PartialResult | undefined;
  let attempts = 0;
  for (let attempt = 1; attempt <= run.maxAttempts; attempt++) {
    if (signal.aborted) break;
    attempts = attempt;
    let retry = false;
    for (const credentialSet of credentialSets) {
      let result: CollectResult;
      try {
        result = await method.collect({
          device: {
            name: device.name,
            host: device.host,
            port: device.port,
            sshProfile: device.sshProfile,
            knownHostKey: device.hostKey,
            options: device.options,
            keepSecrets: device.keepSecrets,
            prompt: device.prompt,
          },
          credentials: credentialSet,
          binarySink,
          signal,
          timeouts: deps.timeouts,
          log,
        });
      } catch (error) {
        const failure = isCollectionError(error) ? error : new CollectionError('COMMAND_FAILED', (error as Error).message, { cause: error });
        last = failure;
        if (failure.partial?.artifacts.length) partial = failure.partial;
        stage({ stage: stageOfCode[failure.code], status: 'failed', attempt, credentialSet: credentialSet.name, code: failure.code, message: failure.message });
        if (failure.code === 'AUTH_FAILED') continue;
        if (failure.code === 'HOST_KEY_CHANGED' || failure.code === 'TLS_CERT_CHANGED') {
          return { ok: false, code: failure.code, message: failure.message, attempts: attempt, pendingHostKey: failure.presentedHostKey?.key };
        }
        retry = failure.retryable;
        break;
      }
      stage({ stage: 'connect', status: 'ok', attempt });
      stage({ stage: 'authenticate', status: 'ok', attempt, credentialSet: credentialSet.name });
      const artifacts = stageArtifacts(result, attempt, stage);
      if (result.savedState === 'unsaved') {
        stage({ stage: 'collect', status: 'warning', attempt, code: 'UNSAVED_CHANGES', message: 'The running configuration differs from the startup configuration: unsaved changes' });
      }
      return { ok: true, artifacts, credentialSet, hostKey: result.hostKey, attempts: attempt, savedState: result.savedState ?? null };
    }
    if (!retry || attempt === run.maxAttempts) break;
    const wait = backoffMs(attempt);
    await input.onRetry({ attempt: attempt + 1, stage: stageOfCode[last!.code], code: last!.code, retryInMs: wait });
    await sleep(wait, signal);
  }
  const failure = last ?? new CollectionError('CANCELLED', 'The run was cancelled');
  // A required artifact failed: what the device did give is still stored.
  const artifacts = partial && failure.code !== 'CANCELLED' ? stageArtifacts(partial, attempts, stage) : undefined;
  return { ok: false, code: failure.code, message: failure.message, attempts, artifacts };
}

