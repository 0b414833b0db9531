import { eq } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { appendRunEvent } from '../../db/runs/run-events.ts';
import { runDevices, runs } from '../../db/runs/schema.ts';
import { resolveSelection } from '../../db/runs/selection.ts';
import { selectionSchema } from '../../db/runs/types.ts';
import type { WorkerDeps } from '../deps.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { dispatchDevices } from '../../db/runs/dispatch-device.ts';
import { enqueueFinishRun } from '../../db/runs/enqueue-finish-run.ts';

/** Resolves the run's devices, records them, and enqueues one collection per device. */
export const startRunTask =
  (deps: WorkerDeps): Task<'start-run'> =>
  async (payload) => {
    const { runId } = parsePayload('start-run', payload);
    await deps.db.transaction(async (tx) => {
      const [run] = await tx.select().from(runs).where(eq(runs.id, runId)).for('update');
      // Started already (this job ran before a crash) or cancelled while queued: nothing to do.
      if (!run || run.status !== 'queued') return;
      const selected = await resolveSelection(tx, selectionSchema.parse(run.selection));
      const total = selected.length;
      if (total) await tx.insert(runDevices).values(selected.map((device, position) => ({ runId, deviceId: device.id, deviceName: device.name, position })));
      await tx.update(runs).set({ status: 'running', total, startedAt: new Date() }).where(eq(runs.id, runId));
      await appendRunEvent(tx, runId, 'run-started', {
        current: 0,
        total,
        message: total ? `Starting: ${total} device${total === 1 ? '' : 's'}, ${run.mode}` : 'No device matches the selection',
      });
      const first = Math.min(run.concurrency, total);
      await dispatchDevices(tx, [{ runId, from: 0, to: first }]);
      await tx.update(runs).set({ dispatchedDevices: first }).where(eq(runs.id, runId));
      if (total === 0) await enqueueFinishRun(tx, run);
    });
  };
