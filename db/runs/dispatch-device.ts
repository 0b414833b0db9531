import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import type { TaskId, TaskPayloads } from '../jobs/tasks.ts';

const task: TaskId = 'collect-device';

/** The job's payload, built in SQL from each run device's row: one column per payload field. */
const payload = { runId: sql`rd.run_id`, runDeviceId: sql`rd.id` } satisfies { [F in keyof TaskPayloads['collect-device']]: SQL };
const payloadObject = sql.join(
  Object.entries(payload).map(([field, value]) => sql`${field}::text, ${value}`),
  sql`, `,
);

/**
 * Enqueues the collection of each run's still-queued devices at positions `from` (inclusive) to
 * `to` (exclusive), in one statement. A run with concurrency N starts N of these and every
 * finishing device dispatches the next, so at most N collect at once and, with N = 1, strictly
 * in order. (graphile-worker's named queues would do the same, but picking jobs from dozens of
 * queues kept far fewer devices busy than allowed.) The job key keeps a device from being
 * collected twice at once.
 */
export async function dispatchDevices(tx: Tx, ranges: { runId: string; from: number; to: number }[]): Promise<void> {
  const wanted = ranges.filter((range) => range.from < range.to).map((range) => ({ run_id: range.runId, from_position: range.from, to_position: range.to }));
  if (wanted.length === 0) return;
  await tx.execute(sql`
    select graphile_worker.add_job(
      identifier => ${task}::text,
      payload => json_build_object(${payloadObject}),
      job_key => ${`${task}:`}::text || rd.id,
      max_attempts => 3
    )
    from run_devices rd
    join jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as w(run_id uuid, from_position int, to_position int)
      on rd.run_id = w.run_id and rd.position >= w.from_position and rd.position < w.to_position
    where rd.status = 'queued'
    order by rd.run_id, rd.position`);
}
