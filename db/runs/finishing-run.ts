/**
 * The statements of a run's commit: what finish-run reads, and how a run ends, stored or not. A
 * device counts as backed up only once its artifacts are stored: its run device goes from
 * `collected` to `succeeded`, and the device's last status, success and backup times move, when
 * the run's backups are recorded. A run that ends without storing keeps what its devices collected
 * (run_devices.collected and the binary objects staged in the repository) for a retry of the store.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { insertBackups, type NewBackup } from '../backups/insert-backups.ts';
import { announceChanges } from '../changes/announce-changes.ts';
import type { Database, Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { devices, type Device } from '../devices/schema.ts';
import { enqueueWriteBacks } from '../inventory-sources/write-back.ts';
import { repositories, type Repository } from '../repositories/schema.ts';
import { addJob } from '../jobs/add-job.ts';
import { sqlArray } from '../sql-lists.ts';
import { addFinishRunJob } from './enqueue-finish-run.ts';
import { appendRunEvent } from './run-events.ts';
import { runDevices, runs, type Run, type RunDevice } from './schema.ts';
import type { RunResult, StagedArtifact } from './types.ts';

export type { NewBackup };

/**
 * What a device collected, without the text itself: a finish plans from the hashes, and reads the
 * texts of its new versions a page of devices at a time (loadCollectedTexts), so a fleet's texts
 * are never in memory at once.
 */
export type CollectedArtifact = Exclude<StagedArtifact, { isBinary: false }> | Omit<Extract<StagedArtifact, { isBinary: false }>, 'content'>;

/**
 * A run device and its device as a finish reads them: only the columns it uses, since a run of
 * 50,000 devices holds them all at once (the stages alone are a few kilobytes per device).
 */
export interface FinishingDevice {
  runDevice: Pick<RunDevice, 'id' | 'deviceId' | 'deviceName' | 'status' | 'errorCode' | 'errorMessage'> & { collected: CollectedArtifact[] | null };
  /** What the path template and the search texts need of the device. */
  device: Pick<Device, 'id' | 'name' | 'backupMethod' | 'location' | 'tags' | 'variables' | 'keepSecrets'> | null;
  credentialSetName: string | null;
}

export interface FinishingRun {
  run: Run;
  repository: Repository | undefined;
  /** The run's devices in position order, with what they collected. */
  devices: FinishingDevice[];
}

const runDeviceColumns = {
  id: runDevices.id,
  deviceId: runDevices.deviceId,
  deviceName: runDevices.deviceName,
  status: runDevices.status,
  errorCode: runDevices.errorCode,
  errorMessage: runDevices.errorMessage,
};
const deviceColumns = {
  id: devices.id,
  name: devices.name,
  backupMethod: devices.backupMethod,
  location: devices.location,
  tags: devices.tags,
  variables: devices.variables,
  keepSecrets: devices.keepSecrets,
};

/** `collected` without the texts' content, in order; null stays null and an empty list stays empty. */
const collectedWithoutText = sql<CollectedArtifact[] | null>`case when ${runDevices.collected} is null then null else coalesce(
  (select jsonb_agg(a - 'content' order by n) from jsonb_array_elements(${runDevices.collected}) with ordinality as e(a, n)), '[]'::jsonb) end`;

/** A run waiting for its commit; null when there is none to finish (gone, or finished already). */
export async function loadFinishingRun(db: Database, runId: string): Promise<FinishingRun | null> {
  const [run] = await db.select().from(runs).where(eq(runs.id, runId));
  if (!run || !['finishing', 'running', 'cancelled'].includes(run.status) || run.finishedAt) return null;
  const [repository] = run.repositoryId ? await db.select().from(repositories).where(eq(repositories.id, run.repositoryId)) : [];
  const rows = await db
    .select({ runDevice: { ...runDeviceColumns, collected: collectedWithoutText }, device: deviceColumns, credentialSetName: credentialSets.name })
    .from(runDevices)
    .leftJoin(devices, eq(devices.id, runDevices.deviceId))
    .leftJoin(credentialSets, eq(credentialSets.id, runDevices.credentialSetId))
    .where(eq(runDevices.runId, runId))
    .orderBy(runDevices.position);
  return { run, repository, devices: rows };
}

/** Where a collected text is found by loadCollectedTexts. */
export const collectedTextKey = (deviceId: string, artifact: string) => `${deviceId}\0${artifact}`;

/**
 * The texts the run's devices collected, of the artifacts asked for, by collectedTextKey. Rows are
 * found by their ids: a join on the run's devices would hash every row of the run, with its staged
 * text inline (a few kilobytes compressed), and spill to disk.
 */
export async function loadCollectedTexts(db: Database, runId: string, wanted: readonly { runDeviceId: string; deviceId: string; artifact: string }[]): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map();
  const keys = new Set(wanted.map((w) => collectedTextKey(w.deviceId, w.artifact)));
  const rows = await db.execute<{ deviceId: string; artifact: string; content: string }>(sql`
    select rd.device_id as "deviceId", a->>'artifact' as artifact, a->>'content' as content
    from ${runDevices} rd cross join jsonb_array_elements(rd.collected) as a
    where rd.id = any(${sqlArray([...new Set(wanted.map((w) => w.runDeviceId))], 'uuid')}) and rd.run_id = ${runId} and a ? 'content'`);
  const texts = new Map<string, string>();
  for (const row of rows) {
    const key = collectedTextKey(row.deviceId, row.artifact);
    if (keys.has(key)) texts.set(key, row.content);
  }
  return texts;
}

/** How a run ends: its status, result and error, and the run-finished event's message. */
export interface RunEnding {
  status: Run['status'];
  result: RunResult | null;
  error: string | null;
  message: string;
}

/** The run, locked, while it has not ended; null once it has (its finish ran, or the watchdog ended it). */
async function lockUnfinishedRun(tx: Tx, runId: string): Promise<Run | null> {
  const [run] = await tx.select().from(runs).where(eq(runs.id, runId)).for('update');
  return run && !run.finishedAt ? run : null;
}

/** Sets the final status (a run cancelled meanwhile stays cancelled) and announces the end. */
async function endRun(tx: Tx, run: Run, ending: RunEnding): Promise<Run['status']> {
  const status = run.status === 'cancelled' ? 'cancelled' : ending.status;
  await tx.update(runs).set({ status, result: ending.result, error: ending.error, finishedAt: new Date() }).where(eq(runs.id, run.id));
  await appendRunEvent(tx, run.id, 'run-finished', { current: run.total, total: run.total, message: ending.message, status });
  // Notifications are derived in a job of their own, committed with the end: never in the run's way.
  await addJob(tx, 'notify-run', { runId: run.id }, { jobKey: `notify-run:${run.id}` });
  return status;
}

/**
 * Records a stored run: its backups rows, its collected devices succeeded (and their devices backed
 * up), the staged text dropped, its status and result, and the run-finished event. Returns the
 * status set, or null when the run had ended already.
 */
export async function recordFinishedRun(tx: Tx, run: Run, outcome: RunEnding & { backups: Iterable<NewBackup> }): Promise<Run['status'] | null> {
  const current = await lockUnfinishedRun(tx, run.id);
  if (!current) return null;
  const changed = await insertBackups(tx, outcome.backups);
  if (changed > 0) await announceChanges(tx, run.id);
  await markStored(tx, run.id);
  const status = await endRun(tx, current, outcome);
  await enqueueWriteBacks(tx, run.id);
  return status;
}

/**
 * Every collected device of the run is stored now: succeeded, and its device backed up at this
 * time. The staged text of every run device goes (stored, it would only grow the table), in the
 * same statement: one new version of each row, not two.
 */
async function markStored(tx: Tx, runId: string): Promise<void> {
  await tx.execute(sql`
    with staged as (
      select id, status = 'collected' as stored from ${runDevices} where run_id = ${runId} and (status = 'collected' or collected is not null)
    ), updated as (
      update ${runDevices} rd set
        status = case when s.stored then (case when rd.device_id is null then 'failed' else 'succeeded' end)::run_device_status else rd.status end,
        error_code = case when s.stored then (case when rd.device_id is null then 'NOT_FOUND' end) else rd.error_code end,
        error_message = case when s.stored then (case when rd.device_id is null then 'The device was deleted before its backups were stored' end) else rd.error_message end,
        collected = null
      from staged s
      where rd.id = s.id and rd.run_id = ${runId}
      returning rd.device_id, s.stored
    )
    update ${devices} set last_backup_at = now(), last_success_at = now(), last_status = 'succeeded', last_error_code = null, last_error_message = null
    where id in (select device_id from updated where stored)`);
}

/**
 * Ends a run that cannot go on: failed, with the error, its devices that never finished marked
 * failed with it, its collected devices "collected, not stored" (STORAGE_FAILED), and a
 * run-finished event. What they collected is kept for a retry of the store, unless
 * `keepCollected` is false (nothing could ever store it). Returns the status set, or null when the
 * run had ended.
 */
export async function failRun(
  tx: Tx,
  runId: string,
  failure: { error: string; result: RunResult | null; message: string; keepCollected?: boolean },
): Promise<Run['status'] | null> {
  const current = await lockUnfinishedRun(tx, runId);
  if (!current) return null;
  await failUnfinishedRunDevices(tx, runId, failure.error);
  await markNotStored(tx, runId, `Collected, not stored: ${failure.error}`, failure.keepCollected ?? true);
  return endRun(tx, current, { status: 'failed', error: failure.error, result: failure.result, message: failure.message });
}

/**
 * The run's collected devices stay `collected`, with STORAGE_FAILED, and their devices' last status
 * says so; their last success and backup times do not move. A device recorded `succeeded` with
 * staged text (by a version before the `collected` status) is one of them too.
 */
async function markNotStored(tx: Tx, runId: string, message: string, keepCollected: boolean): Promise<void> {
  await tx.execute(sql`
    with not_stored as (
      update ${runDevices} set status = 'collected', error_code = 'STORAGE_FAILED', error_message = ${message}
      where run_id = ${runId} and (status = 'collected' or (status = 'succeeded' and collected is not null))
      returning device_id
    )
    update ${devices} set last_status = 'failed', last_error_code = 'STORAGE_FAILED', last_error_message = ${message}
    where id in (select device_id from not_stored)`);
  if (!keepCollected) await tx.update(runDevices).set({ collected: null }).where(and(eq(runDevices.runId, runId), isNotNull(runDevices.collected)));
}

/** Devices of an ending run still waiting or marked running: failed with its error, and counted as finished. */
async function failUnfinishedRunDevices(tx: Tx, runId: string, error: string): Promise<void> {
  await tx.execute(sql`
    with ended as (
      update ${runDevices} set status = 'failed', error_code = 'INTERNAL', error_message = ${error}, finished_at = now()
      where run_id = ${runId} and status in ('queued', 'running')
      returning 1
    )
    update ${runs} set finished_devices = finished_devices + (select count(*) from ended) where id = ${runId}`);
}

/** Counts a failed attempt to store the run, under its lock; null when the run has ended meanwhile. */
export async function countStoreAttempt(tx: Tx, runId: string): Promise<Run | null> {
  if (!(await lockUnfinishedRun(tx, runId))) return null;
  const [run] = await tx.update(runs).set({ storeAttempts: sql`${runs.storeAttempts} + 1` }).where(eq(runs.id, runId)).returning();
  return run;
}

/** Says on the run that storing failed, and stores it again after `delayMs`. */
export async function scheduleStoreRetry(tx: Tx, run: Run, retry: { delayMs: number; message: string }): Promise<void> {
  await appendRunEvent(tx, run.id, 'run-store-failed', { current: run.total, total: run.total, message: retry.message, attempt: run.storeAttempts });
  await addFinishRunJob(tx, run, new Date(Date.now() + retry.delayMs));
}
