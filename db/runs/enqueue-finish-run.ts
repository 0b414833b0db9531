import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { addJob } from '../jobs/add-job.ts';
import { repositoryQueue } from '../jobs/queues.ts';
import { appendRunEvent } from './run-events.ts';
import { runs, type Run } from './schema.ts';

/** Hands the run to its repository's queue: commits to one repository happen one run at a time. */
export async function enqueueFinishRun(tx: Tx, run: Run, options: { message?: string } = {}): Promise<void> {
  if (run.status !== 'cancelled') await tx.update(runs).set({ status: 'finishing' }).where(eq(runs.id, run.id));
  await appendRunEvent(tx, run.id, 'run-finishing', { current: run.total, total: run.total, message: options.message ?? 'Storing backups' });
  await addFinishRunJob(tx, run);
}

/**
 * The run's finish-run job, now or at `runAt`. Its own attempts only cover a worker that dies or a
 * database that fails under it: a store that fails is retried by finish-run itself, on its schedule.
 * Added while the job is running (a retry it schedules), it becomes a new job under the same key.
 */
export async function addFinishRunJob(tx: Tx, run: Pick<Run, 'id' | 'repositoryId'>, runAt?: Date): Promise<void> {
  await addJob(tx, 'finish-run', { runId: run.id }, { queueName: repositoryQueue(run.repositoryId ?? 'none'), jobKey: `finish-run:${run.id}`, maxAttempts: 3, runAt });
}
