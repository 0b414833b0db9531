import { sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { taskIds } from '../jobs/tasks.ts';

/** Upper bounds of the run duration histogram, in seconds. */
export const RUN_DURATION_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200] as const;

export interface Metrics {
  /** Devices by their last status: `succeeded`, `failed`, `never` (no run yet), `retired`. */
  devicesByStatus: { status: string; count: number }[];
  backupsTotal: number;
  changesTotal: number;
  runDurations: { buckets: { le: number; count: number }[]; sum: number; count: number };
  /** Per device, empty when left out; only devices that ever succeeded. */
  deviceLastSuccess: { device: string; timestamp: number }[];
  /** Jobs waiting for a worker (due and not locked), per task. */
  jobQueue: { task: string; depth: number; oldestAgeSeconds: number }[];
  workerHeartbeats: { worker: string; hostname: string; timestamp: number }[];
  pushFailuresTotal: number;
}

/**
 * Everything /api/metrics reports, read afresh from PostgreSQL in a few aggregate queries, so every
 * web process reports the same values. Only the per-device series grows with the fleet.
 */
export async function readMetrics({ ctx, input }: { ctx: Ctx; input: { perDevice: boolean } }): Promise<Metrics> {
  requireRole(ctx.caller, 'viewer');
  const db = ctx.db;
  const buckets = sql.join(
    RUN_DURATION_BUCKETS.map((le) => sql`count(*) filter (where d <= ${le}::float8)::int`),
    sql`, `,
  );
  const [statusRows, totalRows, durationRows, pushRows, deviceRows, workerRows, queueTable] = await Promise.all([
    db.execute<{ status: string; count: number }>(sql`
      select case when retired_at is not null then 'retired' else coalesce(last_status, 'never') end as status, count(*)::int as count
      from devices group by 1 order by 1`),
    db.execute<{ backups: number; changes: number }>(sql`select backups::float8 as backups, changes::float8 as changes from backup_totals`),
    db.execute<{ b: number[]; sum: number; count: number }>(sql`
      select array[${buckets}] as b, coalesce(sum(d), 0)::float8 as sum, count(*)::int as count
      from (
        select extract(epoch from finished_at - coalesce(started_at, created_at))::float8 as d
        from runs where finished_at is not null and status in ('succeeded', 'partial', 'failed', 'cancelled')
      ) finished`),
    db.execute<{ count: number }>(sql`
      select count(*)::int as count from runs
      where finished_at is not null and result -> 'gitCommitStatus' ->> 'pushError' is not null`),
    input.perDevice
      ? db.execute<{ device: string; timestamp: number }>(sql`
          select name as device, extract(epoch from last_success_at)::float8 as timestamp
          from devices where last_success_at is not null and retired_at is null order by name`)
      : Promise.resolve([]),
    db.execute<{ worker: string; hostname: string; timestamp: number }>(sql`
      select id as worker, hostname, extract(epoch from last_seen_at)::float8 as timestamp from workers order by id`),
    db.execute<{ present: boolean }>(sql`select to_regclass('graphile_worker._private_jobs') is not null as present`),
  ]);
  // The worker's schema appears with the first worker; an API-only start may come before it.
  const queueRows = queueTable[0]?.present
    ? await db.execute<{ task: string; depth: number; age: number }>(sql`
        select t.identifier as task, count(*)::int as depth, extract(epoch from now() - min(j.run_at))::float8 as age
        from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id
        where j.is_available and j.run_at <= now()
        group by t.identifier order by t.identifier`)
    : [];
  const duration = durationRows[0];
  return {
    devicesByStatus: [...statusRows],
    backupsTotal: Number(totalRows[0]?.backups ?? 0),
    changesTotal: Number(totalRows[0]?.changes ?? 0),
    runDurations: {
      buckets: RUN_DURATION_BUCKETS.map((le, i) => ({ le, count: duration.b[i] })),
      sum: duration.sum,
      count: duration.count,
    },
    deviceLastSuccess: [...deviceRows],
    jobQueue: jobQueue(queueRows),
    workerHeartbeats: [...workerRows],
    pushFailuresTotal: pushRows[0].count,
  };
}

/** Every task Tidemark declares, with 0 when none waits, and any other task that has jobs. */
function jobQueue(rows: { task: string; depth: number; age: number }[]): Metrics['jobQueue'] {
  const byTask = new Map(rows.map((r) => [r.task, r]));
  const tasks = [...new Set([...taskIds, ...byTask.keys()])].sort();
  return tasks.map((task) => {
    const row = byTask.get(task);
    return { task, depth: row?.depth ?? 0, oldestAgeSeconds: row ? Math.max(0, row.age) : 0 };
  });
}
