/**
 * Timestamp write-back: after a run's backups are recorded, the date of the backup goes to a
 * custom field of each backed-up device at the source that owns it. It runs as its own job per
 * source (write-back-inventory), so a source that refuses or is down never fails the backup or the
 * run; what it did is kept on the run as `timestampUpdate`.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';
import { addJob } from '../jobs/add-job.ts';
import { appendRunEvent } from '../runs/run-events.ts';
import { runDevices, runs } from '../runs/schema.ts';
import { InventoryError } from '../../inventory/index.ts';
import type { SyncDeps } from './sync-inventory.ts';
import { openInventoryClient } from './open-client.ts';
import { inventorySources, type WriteBackFormat } from './schema.ts';
import type { TimestampUpdate } from './types.ts';

/** Errors kept per run; the counts are always exact. */
export const WRITE_BACK_ERROR_LIMIT = 1_000;

/** One write-back job per source that owns a device the run backed up and has a write-back field. */
export async function enqueueWriteBacks(tx: Tx, runId: string): Promise<number> {
  const sources = await tx
    .selectDistinct({ id: inventorySources.id })
    .from(runDevices)
    .innerJoin(devices, eq(devices.id, runDevices.deviceId))
    .innerJoin(inventorySources, eq(inventorySources.id, devices.sourceId))
    .where(and(eq(runDevices.runId, runId), eq(runDevices.status, 'succeeded'), isNotNull(inventorySources.writeBackField)));
  for (const source of sources) {
    await addJob(tx, 'write-back-inventory', { runId, sourceId: source.id }, { jobKey: `write-back-inventory:${runId}:${source.id}`, maxAttempts: 1 });
  }
  return sources.length;
}

/** The value written: the backup's UTC date (2025-03-01) or date and time (2025-03-01T02:30:00Z). */
export function writeBackValue(at: Date, format: WriteBackFormat): string {
  const iso = at.toISOString();
  return format === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/** Writes the run's backup date to the source's devices it backed up, and adds the outcome to the run. */
export async function writeBackRun(deps: SyncDeps, runId: string, sourceId: string): Promise<TimestampUpdate | null> {
  const [source] = await deps.db.select().from(inventorySources).where(eq(inventorySources.id, sourceId));
  const [run] = await deps.db.select({ finishedAt: runs.finishedAt }).from(runs).where(eq(runs.id, runId));
  if (!source?.writeBackField || !run) return null;
  const backedUp = await deps.db
    .select({ name: devices.name, sourceDeviceId: devices.sourceDeviceId })
    .from(runDevices)
    .innerJoin(devices, eq(devices.id, runDevices.deviceId))
    .where(and(eq(runDevices.runId, runId), eq(runDevices.status, 'succeeded'), eq(devices.sourceId, sourceId), isNotNull(devices.sourceDeviceId)));
  if (backedUp.length === 0) return null;
  const value = writeBackValue(run.finishedAt ?? new Date(), source.writeBackFormat);
  const nameOf = new Map(backedUp.map((device) => [device.sourceDeviceId!, device.name]));
  let outcome: TimestampUpdate;
  try {
    const written = await openInventoryClient(deps.keyring, source).writeCustomField(
      source.writeBackField,
      backedUp.map((device) => ({ sourceId: device.sourceDeviceId!, value })),
    );
    outcome = {
      updated: written.updated,
      failed: written.failed,
      errors: written.errors.slice(0, WRITE_BACK_ERROR_LIMIT).map((error) => ({ device: nameOf.get(error.sourceId) ?? error.sourceId, message: error.message })),
    };
  } catch (error) {
    if (!(error instanceof InventoryError)) deps.log.error({ err: error, runId, sourceId }, 'write-back failed unexpectedly');
    const message = error instanceof InventoryError ? `${error.code}: ${error.message}` : 'unexpected error; see the worker log';
    outcome = { updated: 0, failed: backedUp.length, errors: backedUp.slice(0, WRITE_BACK_ERROR_LIMIT).map((device) => ({ device: device.name, message })) };
  }
  if (outcome.failed) deps.log.warn({ sourceId, updated: outcome.updated, failed: outcome.failed }, 'write-back to the inventory source partly failed');
  await addTimestampUpdate(deps.db, runId, outcome);
  return outcome;
}

/** Adds one source's outcome to the run's, under the run's row lock (several sources may finish at once). */
async function addTimestampUpdate(db: SyncDeps['db'], runId: string, outcome: TimestampUpdate): Promise<void> {
  await db.transaction(async (tx) => {
    const [run] = await tx.select({ timestampUpdate: runs.timestampUpdate, total: runs.total }).from(runs).where(eq(runs.id, runId)).for('update');
    if (!run) return;
    const before = run.timestampUpdate ?? { updated: 0, failed: 0, errors: [] };
    const merged: TimestampUpdate = {
      updated: before.updated + outcome.updated,
      failed: before.failed + outcome.failed,
      errors: [...before.errors, ...outcome.errors].slice(0, WRITE_BACK_ERROR_LIMIT),
    };
    await tx.update(runs).set({ timestampUpdate: merged }).where(eq(runs.id, runId));
    await appendRunEvent(tx, runId, 'run-written-back', {
      current: run.total,
      total: run.total,
      message: `Backup date written back: ${outcome.updated} updated, ${outcome.failed} failed`,
    });
  });
}
