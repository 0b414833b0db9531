/** The statements of a run's start: its row locked while queued, its devices recorded, the first ones dispatched. */
import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { chunks } from '../sql-lists.ts';
import { dispatchDevices } from './dispatch-device.ts';
import { enqueueFinishRun } from './enqueue-finish-run.ts';
import { appendRunEvent } from './run-events.ts';
import { runDevices, runs, type Run } from './schema.ts';

/** The run, locked, when it is still queued; null when it started already (a retried job) or was cancelled. */
export async function lockQueuedRun(tx: Tx, runId: string): Promise<Run | null> {
  const [run] = await tx.select().from(runs).where(eq(runs.id, runId)).for('update');
  return run && run.status === 'queued' ? run : null;
}

/** The run's devices at their positions, a bounded number of rows per statement. */
async function insertRunDevices(tx: Tx, runId: string, selected: { id: string; name: string }[]): Promise<void> {
  const rows = selected.map((device, position) => ({ runId, deviceId: device.id, deviceName: device.name, position }));
  for (const chunk of chunks(rows)) await tx.insert(runDevices).values(chunk);
}

/**
 * Records the run's devices in order, marks the run running, hands the first `dispatch` devices
 * to collect-device jobs, and goes straight to the commit when there is no device.
 */
export async function beginRun(tx: Tx, run: Run, selected: { id: string; name: string }[], start: { dispatch: number; message: string }): Promise<void> {
  const total = selected.length;
  await insertRunDevices(tx, run.id, selected);
  await tx.update(runs).set({ status: 'running', total, startedAt: new Date(), dispatchedDevices: start.dispatch }).where(eq(runs.id, run.id));
  await appendRunEvent(tx, run.id, 'run-started', { current: 0, total, message: start.message });
  await dispatchDevices(tx, [{ runId: run.id, from: 0, to: start.dispatch }]);
  if (total === 0) await enqueueFinishRun(tx, { ...run, status: 'running', total });
}
