import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';

/**
 * How long after its run-finished event was written a run is still looked at by followers of
 * changes. Events of different runs commit out of id order (a large run's record takes a while),
 * so a follower keeps looking back this far instead of only above the last id it saw.
 */
export const RECORDED_RUNS_LOOKBACK = '2 minutes';

export interface RecordedRun {
  eventId: number;
  runId: string;
}

/**
 * Runs that ended, with their backups recorded or not, after event `afterId` and in the last
 * RECORDED_RUNS_LOOKBACK, whose run-finished events are not in `seen`; oldest first.
 */
export async function listRecordedRuns(db: Database, input: { afterId: number; seen: readonly number[] }): Promise<RecordedRun[]> {
  const rows = await db.execute<{ id: string | number; run_id: string }>(sql`
    select e.id, e.run_id from run_events e
    where e.type = 'run-finished' and e.created_at > now() - ${RECORDED_RUNS_LOOKBACK}::interval
      and e.id > ${input.afterId} and not (e.id = any(${sql.param([...input.seen])}::bigint[]))
    order by e.id`);
  return rows.map((row) => ({ eventId: Number(row.id), runId: row.run_id }));
}

/** The newest run event id: a follower of changes starts after it. */
export async function latestRunEventId(db: Database): Promise<number> {
  const [row] = await db.execute<{ id: string | number | null }>(sql`select max(id) as id from run_events`);
  return Number(row?.id ?? 0);
}
