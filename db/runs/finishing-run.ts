/** The statements of a run's commit: what finish-run reads, and how a run ends, finished or failed. */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { insertBackups, type NewBackup } from '../backups/insert-backups.ts';
import type { Database, Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { devices, type Device } from '../devices/schema.ts';
import { repositories, type Repository } from '../repositories/schema.ts';
import { appendRunEvent } from './run-events.ts';
import { runDevices, runs, type Run, type RunDevice } from './schema.ts';
import type { RunResult } from './types.ts';

export type { NewBackup };

export interface FinishingDevice {
  runDevice: RunDevice;
  device: Device | null;
  credentialSetName: string | null;
}

export interface FinishingRun {
  run: Run;
  repository: Repository | undefined;
  /** The run's devices in position order, with what they collected. */
  devices: FinishingDevice[];
}

/** A run waiting for its commit; null when there is none to finish (gone, or finished already). */
export async function loadFinishingRun(db: Database, runId: string): Promise<FinishingRun | null> {
  const [run] = await db.select().from(runs).where(eq(runs.id, runId));
  if (!run || !['finishing', 'running', 'cancelled'].includes(run.status) || run.finishedAt) return null;
  const [repository] = run.repositoryId ? await db.select().from(repositories).where(eq(repositories.id, run.repositoryId)) : [];
  const rows = await db
    .select({ runDevice: runDevices, device: devices, credentialSetName: credentialSets.name })
    .from(runDevices)
    .leftJoin(devices, eq(devices.id, runDevices.deviceId))
    .leftJoin(credentialSets, eq(credentialSets.id, runDevices.credentialSetId))
    .where(eq(runDevices.runId, runId))
    .orderBy(runDevices.position);
  return { run, repository, devices: rows };
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

/** Sets the final status (a run cancelled meanwhile stays cancelled), drops the staged text, announces the end. */
async function endRun(tx: Tx, run: Run, ending: RunEnding): Promise<Run['status']> {
  const status = run.status === 'cancelled' ? 'cancelled' : ending.status;
  await tx.update(runs).set({ status, result: ending.result, error: ending.error, finishedAt: new Date() }).where(eq(runs.id, run.id));
  // The staged text has been stored, or will never be; keeping it would only grow the table.
  await tx.update(runDevices).set({ collected: null }).where(and(eq(runDevices.runId, run.id), isNotNull(runDevices.collected)));
  await appendRunEvent(tx, run.id, 'run-finished', { current: run.total, total: run.total, message: ending.message, status });
  return status;
}

/**
 * Records a run's outcome: its backups rows, its status and result, the staged text dropped, and
 * the run-finished event. Returns the status set, or null when the run had ended already.
 */
export async function recordFinishedRun(tx: Tx, run: Run, outcome: RunEnding & { backups: NewBackup[] }): Promise<Run['status'] | null> {
  const current = await lockUnfinishedRun(tx, run.id);
  if (!current) return null;
  await insertBackups(tx, outcome.backups);
  return endRun(tx, current, outcome);
}

/**
 * Ends a run that cannot go on: failed, with the error, its devices that never finished marked
 * failed with it, and a run-finished event. Returns the status set, or null when it had ended.
 */
export async function failRun(tx: Tx, runId: string, failure: { error: string; result: RunResult | null; message: string }): Promise<Run['status'] | null> {
  const current = await lockUnfinishedRun(tx, runId);
  if (!current) return null;
  await failUnfinishedRunDevices(tx, runId, failure.error);
  return endRun(tx, current, { status: 'failed', ...failure });
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
