import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { sqlArray } from '../sql-lists.ts';
import type { TaskId, TaskPayloads } from './tasks.ts';

export interface AddJobOptions {
  /** Jobs in one named queue run one at a time, in order. */
  queueName?: string;
  /** A second job with the same key replaces a waiting one instead of running twice. */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
  priority?: number;
}

/**
 * Enqueues a graphile-worker job through its SQL API, so the job is committed or rolled back
 * together with the rows that describe it.
 */
export async function addJob<K extends TaskId>(tx: Tx, task: K, payload: TaskPayloads[K], options: AddJobOptions = {}): Promise<void> {
  await tx.execute(sql`select graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    queue_name => ${options.queueName ?? null}::text,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 5}::int,
    job_key => ${options.jobKey ?? null}::text,
    priority => ${options.priority ?? 0}::int
  )`);
}

/** Removes waiting jobs by key, in one statement however many; a job already running is not touched. */
export async function removeJobs(tx: Tx, jobKeys: string[]): Promise<void> {
  if (jobKeys.length === 0) return;
  await tx.execute(sql`select graphile_worker.remove_job(key) from unnest(${sqlArray(jobKeys, 'text')}) as key`);
}
