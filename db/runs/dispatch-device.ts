import { and, eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { addJob } from '../jobs/add-job.ts';
import { runDevices } from './schema.ts';

/**
 * Enqueues the collection of the run's device at `position`. A run with concurrency N starts N
 * of these and every finishing device dispatches the next, so at most N collect at once and,
 * with N = 1, strictly in order. (graphile-worker's named queues would do the same, but picking
 * jobs from dozens of queues kept far fewer devices busy than allowed.)
 */
export async function dispatchDevice(tx: Tx, runId: string, position: number): Promise<void> {
  const [next] = await tx
    .select({ id: runDevices.id, status: runDevices.status })
    .from(runDevices)
    .where(and(eq(runDevices.runId, runId), eq(runDevices.position, position)));
  if (!next || next.status !== 'queued') return;
  await addJob(tx, 'collect-device', { runId, runDeviceId: next.id }, { jobKey: `collect-device:${next.id}`, maxAttempts: 3 });
}
