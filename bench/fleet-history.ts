/**
 * A large fleet with a history, inserted with SQL for the page benchmarks: devices with their
 * credential sets and a repository, one run a day over every device (2% of them failing), one
 * `running-config` backup per successful device and run (2% changed after the first run), the
 * runs' events, and a run under way. Each statement inserts at most CHUNK devices' rows, so none
 * grows with the fleet; the whole is a fixture, not what is measured.
 */
import path from 'node:path';
import type { DatabaseHandle } from '../db/client.ts';

export interface FleetHistoryOptions {
  devices: number;
  /** Backups rows to insert, spread over the devices; one run a day for as many days as it takes. */
  backups: number;
}

export interface FleetHistory {
  runs: number;
  runDevices: number;
  backups: number;
  runEvents: number;
}

const CHUNK = 10_000;

export async function insertFleetHistory(db: DatabaseHandle, dir: string, options: FleetHistoryOptions, signal: AbortSignal): Promise<FleetHistory> {
  const { sql } = db;
  const devices = options.devices;
  const finishedRuns = Math.max(1, Math.ceil(options.backups / devices));
  const ranges = Array.from({ length: Math.ceil(devices / CHUNK) }, (_, i) => [i * CHUNK + 1, Math.min(devices, (i + 1) * CHUNK)] as const);

  const [repository] = await sql<{ id: string }[]>`insert into repositories (name, kind, path) values ('bench', 'git', ${path.join(dir, 'bench-repository')}) returning id`;
  const sets = await sql<{ id: string }[]>`
    insert into credential_sets (name, username) select format('bench-%s', i), 'backup' from generate_series(1, 3) as i returning id`;
  // The device numbers, for joining runs and backups to devices without looking names up.
  await sql`create unlogged table bench_device_numbers (n int primary key, id uuid not null)`;
  try {
    for (const [from, to] of ranges) {
      signal.throwIfAborted();
      await sql`
        with inserted as (
          insert into devices (name, host, port, backup_method, location, tags, model, enabled, repository_id, saved_state)
          select format('sw-%s', lpad(i::text, 6, '0')),
                 format('10.%s.%s.%s', i / 65536, (i / 256) % 256, i % 256),
                 22,
                 (array['cisco-ios', 'arista-eos', 'juniper-junos', 'mikrotik-routeros'])[1 + i % 4],
                 format('region-%s/site-%s', i % 7, i % 97),
                 array['bench', format('rack-%s', i % 40)],
                 (array['C9300-48P', 'DCS-7050SX3', 'EX4300-48T', null])[1 + i % 4],
                 i % 50 <> 0,
                 case when i % 2 = 0 then ${repository.id}::uuid end,
                 (array['saved', 'unsaved', null])[1 + i % 3]
          from generate_series(${from}::int, ${to}::int) as i
          returning id, name
        )
        insert into bench_device_numbers (n, id) select substr(name, 4)::int, id from inserted`;
      await sql`
        insert into device_credential_sets (device_id, credential_set_id, position)
        select d.id, s.id, s.position
        from bench_device_numbers d
        cross join lateral (select * from unnest(${sets.map((s) => s.id)}::uuid[]) with ordinality as s(id, position)) as s
        where d.n between ${from}::int and ${to}::int and s.position <= 1 + d.n % 2`;
    }

    let runDevices = 0;
    let runEvents = 0;
    for (let run = 0; run <= finishedRuns; run++) {
      signal.throwIfAborted();
      // One run a day, the last finished one three hours ago, and one (`run === finishedRuns`) under way for ten minutes.
      const active = run === finishedRuns;
      const daysAgo = active ? 0 : finishedRuns - 1 - run;
      const [{ id: runId }] = await sql<{ id: string }[]>`
        insert into runs (trigger, status, total, started_devices, finished_devices, dispatched_devices, event_seq, repository_id, created_at, started_at, finished_at, result)
        select 'schedule', ${active ? 'running' : 'partial'}::run_status, ${devices}::int, ${devices}::int, ${active ? Math.floor(devices / 3) : devices}::int, ${devices}::int,
               ${devices + 2}::int, ${repository.id}::uuid, t, t, case when not ${active}::boolean then t + interval '40 minutes' end,
               case when not ${active}::boolean then jsonb_build_object('success', false, 'backedUpCount', ${devices}::int, 'gitStatus', 'committed') end
        from (select now() - make_interval(days => ${daysAgo}::int, mins => ${active ? 10 : 180}::int) as t) as at
        returning id`;
      for (const [from, to] of ranges) {
        // Device n fails in run r when (7n + r) % 50 = 0, from the second run on; in the run under way,
        // the first third of the devices have finished.
        await sql`
          insert into run_devices (run_id, device_id, device_name, position, status, attempts, started_at, finished_at, duration_ms, error_code, error_message)
          select ${runId}::uuid, d.id, format('sw-%s', lpad(d.n::text, 6, '0')), d.n, o.status::run_device_status, 1,
                 r.started_at + make_interval(secs => d.n % 2400),
                 case when o.status not in ('queued', 'running') then r.started_at + make_interval(secs => d.n % 2400 + 2 + d.n % 5) end,
                 case when o.status not in ('queued', 'running') then 2000 + d.n % 5000 end,
                 case when o.status = 'failed' then 'TIMEOUT' end,
                 case when o.status = 'failed' then 'the device did not answer in time' end
          from bench_device_numbers d
          cross join (select started_at from runs where id = ${runId}) as r
          cross join lateral (select case
            when ${active}::boolean and d.n > ${Math.floor(devices / 3)}::int then (case when d.n % 100 = 1 then 'running' else 'queued' end)
            when ${run}::int > 0 and (7 * d.n + ${run}::int) % 50 = 0 then 'failed'
            when ${active}::boolean then 'collected'
            else 'succeeded' end as status) as o
          where d.n between ${from}::int and ${to}::int`;
        if (!active) {
          await sql`
            insert into backups (device_id, run_id, repository_id, artifact, is_text, size, sha256, comparable_sha256, changed, added_lines, removed_lines, storage_ref, created_at)
            select rd.device_id, rd.run_id, ${repository.id}::uuid, 'running-config', true, 12000 + rd.position % 900,
                   v.sha, v.sha, v.changed,
                   case when v.changed then (case when ${run}::int = 0 then 320 else 3 end) end,
                   case when v.changed then (case when ${run}::int = 0 then 0 else 2 end) end,
                   jsonb_build_object('kind', 'git', 'commit', substr(md5(${runId}::text) || md5(${runId}::text || 'c'), 1, 40),
                                      'path', format('region-%s/site-%s/%s/running-config', rd.position % 7, rd.position % 97, rd.device_name)),
                   rd.finished_at
            from run_devices rd
            cross join lateral (select ${run}::int = 0 or (31 * rd.position + 17 * ${run}::int) % 100 < 2 as changed) as c
            cross join lateral (select c.changed, md5(rd.position::text || ':' || ${run}::int) || md5(${run}::int || ':' || rd.position) as sha) as v
            where rd.run_id = ${runId} and rd.status = 'succeeded' and rd.position between ${from}::int and ${to}::int`;
        }
        await sql`
          insert into run_events (run_id, seq, type, payload, created_at)
          select rd.run_id, 1 + rd.position, 'device-finished',
                 jsonb_build_object('current', rd.position, 'total', ${devices}::int, 'deviceId', rd.device_id, 'deviceName', rd.device_name, 'status', rd.status),
                 rd.finished_at
          from run_devices rd
          where rd.run_id = ${runId} and rd.finished_at is not null and rd.position between ${from}::int and ${to}::int`;
      }
      await sql`
        insert into run_events (run_id, seq, type, payload, created_at)
        select id, 1, 'run-started', jsonb_build_object('total', ${devices}::int), started_at from runs where id = ${runId}
        union all
        select id, ${devices + 2}::int, 'run-finished', jsonb_build_object('total', ${devices}::int, 'current', ${devices}::int), finished_at from runs where id = ${runId} and finished_at is not null`;
      const [counts] = await sql<{ runDevices: number; events: number }[]>`
        select (select count(*)::int from run_devices where run_id = ${runId}) as "runDevices", (select count(*)::int from run_events where run_id = ${runId}) as events`;
      runDevices += counts.runDevices;
      runEvents += counts.events;
    }

    // Second artifacts on the first run, as many as the failures left out, so the backups add up.
    const [{ backups: stored }] = await sql<{ backups: number }[]>`select count(*)::int as backups from backups`;
    const missing = Math.max(0, Math.min(devices, options.backups - stored));
    if (missing > 0) {
      await sql`
        insert into backups (device_id, run_id, repository_id, artifact, is_text, size, sha256, comparable_sha256, changed, added_lines, removed_lines, storage_ref, created_at)
        select device_id, run_id, repository_id, 'startup-config', true, size, md5(sha256), md5(sha256), true, added_lines, 0, storage_ref, created_at
        from backups
        where run_id = (select id from runs order by created_at limit 1) and artifact = 'running-config'
        order by created_at
        limit ${missing}::int`;
    }

    // Each device's last outcome, as the worker records it.
    for (const [from, to] of ranges) {
      await sql`
        update devices set
          last_backup_at = last.finished_at,
          last_status = last.status,
          last_success_at = (select max(b.created_at) from backups b where b.device_id = devices.id),
          last_error_code = last.error_code,
          last_error_message = last.error_message
        from bench_device_numbers d
        cross join lateral (
          select rd.finished_at, rd.status::text as status, rd.error_code, rd.error_message
          from run_devices rd
          where rd.device_id = d.id and rd.status in ('succeeded', 'failed')
          order by rd.finished_at desc limit 1
        ) as last
        where devices.id = d.id and d.n between ${from}::int and ${to}::int`;
    }
    const [{ backups: total }] = await sql<{ backups: number }[]>`select count(*)::int as backups from backups`;
    return { runs: finishedRuns + 1, runDevices, backups: total, runEvents };
  } finally {
    await sql`drop table if exists bench_device_numbers`;
    await sql`vacuum analyze`;
  }
}
