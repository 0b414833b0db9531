import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import type { StorageRef } from '../../storage/types.ts';

/** A backup retention would remove: an unchanged confirmation no policy period keeps. */
export interface RetentionRemoval {
  id: string;
  deviceId: string;
  deviceName: string;
  artifact: string;
  createdAt: Date;
  storageRef: StorageRef;
}

export interface RetentionPlan {
  /** The time the policy periods are counted back from. */
  asOf: Date;
  /** Backups rows of the repository, before removal. */
  backupCount: number;
  removals: RetentionRemoval[];
  /** Filesystem repositories: version files only removed backups point at (`<path>/<version>` under `.versions/`). */
  files: { path: string; version: string }[];
}

/**
 * Which backups of a repository the retention policies remove at `asOf`, in one query. Within each
 * artifact's series (device, artifact), a backup is kept when it is the latest, when it was a change,
 * or when a policy that applies to its device keeps it: every backup younger than `keepAllDays`, the
 * last of each UTC day for `keepDailyDays` more, of each week (Monday to Sunday) for
 * `keepWeeklyWeeks` more, of each month for `keepMonthlyMonths` more. A device's policies are those
 * of its tags; one with no tag policy has the repository's; one with none keeps everything. When
 * several apply, a backup any of them keeps is kept.
 */
export async function planRetention(tx: Tx, repositoryId: string, asOf: Date): Promise<RetentionPlan> {
  const at = asOf.toISOString();
  // Periods are counted back on the UTC calendar (a month back from 31 March is 28 or 29 February).
  const rows = await tx.execute<{
    id: string;
    device_id: string;
    device_name: string;
    artifact: string;
    created_at: string;
    storage_ref: StorageRef;
    total: number;
  }>(sql`
    with policies as (
      select * from retention_policies where repository_id = ${repositoryId} and enabled
    ),
    series as (
      select b.id, b.device_id, b.artifact, b.created_at, b.changed, b.storage_ref,
        row_number() over (partition by b.device_id, b.artifact order by b.created_at desc, b.id desc) = 1 as latest,
        row_number() over (partition by b.device_id, b.artifact, date_trunc('day', b.created_at, 'UTC') order by b.created_at desc, b.id desc) = 1 as last_of_day,
        row_number() over (partition by b.device_id, b.artifact, date_trunc('week', b.created_at, 'UTC') order by b.created_at desc, b.id desc) = 1 as last_of_week,
        row_number() over (partition by b.device_id, b.artifact, date_trunc('month', b.created_at, 'UTC') order by b.created_at desc, b.id desc) = 1 as last_of_month,
        count(*) over () as total
      from backups b
      where b.repository_id = ${repositoryId}
    ),
    applicable as (
      select d.id as device_id, p.*
      from devices d
      join policies p on p.device_tag = any(d.tags)
        or (p.device_tag is null and not exists (select 1 from policies t where t.device_tag = any(d.tags)))
      where d.id in (select distinct device_id from series)
    )
    select s.id, s.device_id, d.name as device_name, s.artifact, s.created_at, s.storage_ref, s.total::int as total
    from series s
    join devices d on d.id = s.device_id
    where not s.latest and not s.changed
      and exists (select 1 from applicable a where a.device_id = s.device_id)
      and not exists (
        select 1 from applicable a
        where a.device_id = s.device_id and (
          s.created_at >= (${at}::timestamptz at time zone 'UTC' - make_interval(days => a.keep_all_days)) at time zone 'UTC'
          or (s.last_of_day and s.created_at >= (${at}::timestamptz at time zone 'UTC' - make_interval(days => a.keep_all_days + a.keep_daily_days)) at time zone 'UTC')
          or (s.last_of_week and s.created_at >= (${at}::timestamptz at time zone 'UTC' - make_interval(days => a.keep_all_days + a.keep_daily_days, weeks => a.keep_weekly_weeks)) at time zone 'UTC')
          or (s.last_of_month and s.created_at >= (${at}::timestamptz at time zone 'UTC' - make_interval(days => a.keep_all_days + a.keep_daily_days, weeks => a.keep_weekly_weeks, months => a.keep_monthly_months)) at time zone 'UTC')
        )
      )
    order by d.name, s.artifact, s.created_at, s.id
  `);
  const removals = rows.map((r) => ({
    id: r.id,
    deviceId: r.device_id,
    deviceName: r.device_name,
    artifact: r.artifact,
    createdAt: new Date(r.created_at),
    storageRef: r.storage_ref,
  }));
  const [{ count }] = await tx.execute<{ count: number }>(sql`select count(*)::int as count from backups where repository_id = ${repositoryId}`);
  return { asOf, backupCount: count, removals, files: await filesOnlyRemovalsUse(tx, repositoryId, removals) };
}

/** Version files that no backup left after the removals points at. */
async function filesOnlyRemovalsUse(tx: Tx, repositoryId: string, removals: RetentionRemoval[]): Promise<{ path: string; version: string }[]> {
  const refs = removals.flatMap((r) => (r.storageRef.kind === 'filesystem' ? [r.storageRef] : []));
  if (refs.length === 0) return [];
  const rows = await tx.execute<{ path: string; version: string }>(sql`
    with removed as (
      select distinct r.path, r.version
      from jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) as r(path text, version text)
    ),
    removed_ids as (select unnest(${sql.param(removals.map((r) => r.id))}::uuid[]) as id)
    select removed.path, removed.version from removed
    where not exists (
      select 1 from backups k
      where k.repository_id = ${repositoryId}
        and k.storage_ref ->> 'kind' = 'filesystem'
        and k.storage_ref ->> 'path' = removed.path
        and k.storage_ref ->> 'version' = removed.version
        and k.id not in (select id from removed_ids)
    )
    order by 1, 2`);
  return [...rows];
}
