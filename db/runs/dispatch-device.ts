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
  // One add_jobs call for the whole batch: one statement and one notification, where add_job per
  // row cost about half a millisecond of PostgreSQL's time per device (and a notification each).
  // Each range is read through the (run_id, position) index, one range after the other (a lateral
  // subquery that `offset 0` keeps from being merged into a join): joined as a whole, PostgreSQL
  // guessed 100 ranges and scanned every run's devices, 5 ms a batch with three runs of 10,000.
  await tx.execute(sql`
    select count(*) from graphile_worker.add_jobs(array(
      select row(${task}::text, json_build_object(${payloadObject}), null, null, 3, ${`${task}:`}::text || rd.id, null, null)::graphile_worker.job_spec
      from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as w(run_id uuid, from_position int, to_position int)
      cross join lateral (
        select rd.id, rd.run_id, rd.position from run_devices rd
        where rd.run_id = w.run_id and rd.position >= w.from_position and rd.position < w.to_position and rd.status = 'queued'
        offset 0
      ) rd
      order by rd.run_id, rd.position
    ))`);
}
