import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { workers } from './schema.ts';

/** A worker not seen for this long is gone: its job locks may be released. */
export const WORKER_GONE_AFTER_SECONDS = 30;
export const HEARTBEAT_INTERVAL_MS = 5_000;

export async function recordWorkerHeartbeat(db: Database, worker: { id: string; hostname: string; pid: number }): Promise<void> {
  await db
    .insert(workers)
    .values({ ...worker, lastSeenAt: new Date() })
    .onConflictDoUpdate({ target: workers.id, set: { lastSeenAt: new Date() } });
}

export async function removeWorker(db: Database, id: string): Promise<void> {
  await db.delete(workers).where(sql`${workers.id} = ${id}`);
}

export async function countLiveWorkers(db: Database, goneAfterSeconds = WORKER_GONE_AFTER_SECONDS): Promise<{ count: number; lastSeenAt: Date | null }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, lastSeenAt: sql<Date | null>`max(${workers.lastSeenAt})` })
    .from(workers)
    .where(sql`${workers.lastSeenAt} > now() - make_interval(secs => ${goneAfterSeconds})`);
  return { count: row.count, lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt) : null };
}

/**
 * Hands back the jobs locked by workers that stopped sending heartbeats (killed, or their
 * machine died), so live workers pick them up instead of waiting for graphile-worker's
 * four-hour lock expiry. Returns the ids of the workers released.
 */
export async function releaseDeadWorkers(db: Database, goneAfterSeconds = WORKER_GONE_AFTER_SECONDS): Promise<string[]> {
  const rows = await db.execute<{ locked_by: string }>(sql`
    select distinct j.locked_by
    from graphile_worker._private_jobs j
    left join ${workers} w on w.id = j.locked_by
    where j.locked_by is not null
      and (
        (w.id is not null and w.last_seen_at < now() - make_interval(secs => ${goneAfterSeconds}))
        or (w.id is null and j.locked_at < now() - make_interval(secs => ${goneAfterSeconds}))
      )
  `);
  const ids = rows.map((r) => r.locked_by);
  if (ids.length) {
    const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
    await db.execute(sql`select graphile_worker.force_unlock_workers(array[${list}]::text[])`);
  }
  await db.delete(workers).where(sql`${workers.lastSeenAt} < now() - make_interval(secs => ${goneAfterSeconds * 10})`);
  return ids;
}
