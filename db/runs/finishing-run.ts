/** The statements of a run's commit: what finish-run reads, and what it records in one transaction. */
import { and, eq, isNotNull } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import type { Database, Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { devices, type Device } from '../devices/schema.ts';
import { repositories, type Repository } from '../repositories/schema.ts';
import { appendRunEvent } from './run-events.ts';
import { runDevices, runs, type Run, type RunDevice } from './schema.ts';
import type { RunResult } from './types.ts';

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

export type NewBackup = typeof backups.$inferInsert;

/**
 * Records a run's outcome: its backups rows, its status and result (a run cancelled meanwhile
 * stays cancelled), the staged text dropped, and the run-finished event. Returns the status set.
 */
export async function recordFinishedRun(
  tx: Tx,
  run: Run,
  outcome: { backups: NewBackup[]; status: Run['status']; result: RunResult; error: string | null; message: string },
): Promise<Run['status']> {
  if (outcome.backups.length) await tx.insert(backups).values(outcome.backups);
  const [current] = await tx.select({ status: runs.status }).from(runs).where(eq(runs.id, run.id)).for('update');
  const status = current.status === 'cancelled' ? 'cancelled' : outcome.status;
  await tx.update(runs).set({ status, result: outcome.result, error: outcome.error, finishedAt: new Date() }).where(eq(runs.id, run.id));
  // The staged text has been stored; keeping it would only grow the table.
  await tx.update(runDevices).set({ collected: null }).where(and(eq(runDevices.runId, run.id), isNotNull(runDevices.collected)));
  await appendRunEvent(tx, run.id, 'run-finished', { current: run.total, total: run.total, message: outcome.message, status });
  return status;
}
