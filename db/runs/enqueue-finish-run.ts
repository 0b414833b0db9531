import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { addJob } from '../jobs/add-job.ts';
import { repositoryQueue } from '../jobs/queues.ts';
import { appendRunEvent } from './run-events.ts';
import { runs, type Run } from './schema.ts';

/** Hands the run to its repository's queue: commits to one repository happen one run at a time. */
export async function enqueueFinishRun(tx: Tx, run: Run): Promise<void> {
  if (run.status !== 'cancelled') await tx.update(runs).set({ status: 'finishing' }).where(eq(runs.id, run.id));
  await appendRunEvent(tx, run.id, 'run-finishing', { current: run.total, total: run.total, message: 'Storing backups' });
  await addJob(tx, 'finish-run', { runId: run.id }, { queueName: repositoryQueue(run.repositoryId ?? 'none'), jobKey: `finish-run:${run.id}`, maxAttempts: 3 });
}
