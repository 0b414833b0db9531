/**
 * What the triggers of migration 0019 keep agrees with a recount from the rows: a run's devices by
 * outcome, the fleet's outcomes per day, and which backups are their artifact's first, through
 * inserts, updates, deletes and out-of-order backups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../client.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
let deviceIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 2 });
  await handle.sql`insert into devices (name, host, backup_method) select 'sw-' || i, '127.0.0.1', 'cisco-ios' from generate_series(1, 6) as i`;
  deviceIds = (await handle.sql`select id from devices order by name`).map((row) => row.id as string);
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

async function keptRunCounts() {
  return handle.sql`
    select id::text, collected_devices as collected, succeeded_devices as succeeded, failed_devices as failed, cancelled_devices as cancelled
    from runs order by id`;
}

async function recountedRunCounts() {
  return handle.sql`
    select r.id::text,
           count(d.id) filter (where d.status = 'collected')::int as collected,
           count(d.id) filter (where d.status = 'succeeded')::int as succeeded,
           count(d.id) filter (where d.status = 'failed')::int as failed,
           count(d.id) filter (where d.status = 'cancelled')::int as cancelled
    from runs r left join run_devices d on d.run_id = r.id
    group by r.id order by r.id`;
}

async function keptDays() {
  return handle.sql`
    select day::text, succeeded, failed, timed_successes, success_duration_ms::bigint::text as duration
    from run_device_days where succeeded <> 0 or failed <> 0 or timed_successes <> 0 order by day`;
}

async function recountedDays() {
  return handle.sql`
    select (finished_at at time zone 'UTC')::date::text as day,
           count(*) filter (where status = 'succeeded')::int as succeeded,
           count(*) filter (where status = 'failed')::int as failed,
           count(*) filter (where status = 'succeeded' and duration_ms is not null)::int as timed_successes,
           coalesce(sum(duration_ms) filter (where status = 'succeeded'), 0)::bigint::text as duration
    from run_devices where finished_at is not null and status in ('succeeded', 'failed')
    group by 1 order by 1`;
}

async function wrongInitials() {
  return handle.sql`
    select b.id from backups b
    where b.initial = exists (select 1 from backups e where e.device_id = b.device_id and e.artifact = b.artifact and e.created_at < b.created_at)`;
}

describe('counts kept by triggers', () => {
  it("keeps each run's devices by outcome and the outcomes per day as a recount finds them", async () => {
    const [a] = await handle.sql`insert into runs (trigger, status) values ('manual', 'running') returning id`;
    const [b] = await handle.sql`insert into runs (trigger, status) values ('schedule', 'running') returning id`;
    await handle.sql`
      insert into run_devices (run_id, device_id, device_name, position, status)
      select ${a.id}, id, name, row_number() over (order by name), 'queued' from devices`;
    await handle.sql`
      insert into run_devices (run_id, device_id, device_name, position, status, finished_at, duration_ms)
      select ${b.id}, id, name, row_number() over (order by name), 'succeeded', '2026-03-01T23:57:00Z'::timestamptz + make_interval(mins => row_number() over (order by name)::int), 1000
      from devices`;
    expect(await keptRunCounts()).toEqual(await recountedRunCounts());
    expect(await keptDays()).toEqual(await recountedDays());
    expect((await keptDays()).map((day) => day.day)).toEqual(['2026-03-01', '2026-03-02']);

    // Devices finish one statement at a time and several at once, some fail, some are collected.
    await handle.sql`update run_devices set status = 'running' where run_id = ${a.id}`;
    await handle.sql`update run_devices set status = 'collected', finished_at = now(), duration_ms = 700 where run_id = ${a.id} and device_id = any(${deviceIds.slice(0, 3)}::uuid[])`;
    await handle.sql`update run_devices set status = 'failed', finished_at = now(), duration_ms = null where run_id = ${a.id} and device_id = ${deviceIds[3]}`;
    await handle.sql`update run_devices set attempts = 2 where run_id = ${a.id}`;
    expect(await keptRunCounts()).toEqual(await recountedRunCounts());
    // Stored: collected becomes succeeded; then the rest is cancelled.
    await handle.sql`update run_devices set status = 'succeeded' where run_id = ${a.id} and status = 'collected'`;
    await handle.sql`update run_devices set status = 'cancelled', finished_at = now() where run_id = ${a.id} and status = 'running'`;
    expect(await keptRunCounts()).toEqual(await recountedRunCounts());
    expect(await keptDays()).toEqual(await recountedDays());
    const [counted] = await handle.sql`select succeeded_devices, failed_devices, cancelled_devices from runs where id = ${a.id}`;
    expect(counted).toEqual({ succeeded_devices: 3, failed_devices: 1, cancelled_devices: 2 });

    // A retry puts failed devices back in the queue; a device's rows go with the device; a run's with the run.
    await handle.sql`update run_devices set status = 'queued', finished_at = null where run_id = ${a.id} and status = 'failed'`;
    await handle.sql`delete from devices where id = ${deviceIds[5]}`;
    await handle.sql`delete from run_devices where run_id = ${b.id} and position = 1`;
    expect(await keptRunCounts()).toEqual(await recountedRunCounts());
    expect(await keptDays()).toEqual(await recountedDays());
    await handle.sql`delete from runs where id = ${b.id}`;
    expect(await keptRunCounts()).toEqual(await recountedRunCounts());
    expect(await keptDays()).toEqual(await recountedDays());
  });

  it('marks the first backup of each artifact as initial, through later, earlier and deleted backups', async () => {
    const backup = (device: string, artifact: string, at: string, changed = true) =>
      handle.sql`
        insert into backups (device_id, artifact, is_text, size, sha256, changed, storage_ref, created_at)
        values (${device}, ${artifact}, true, 1, 'x', ${changed}, '{"kind":"filesystem","path":"x"}', ${at}::timestamptz)
        returning id`;
    const [d1, d2] = deviceIds;
    const [first] = await backup(d1, 'running-config', '2026-03-02T00:00:00Z');
    await backup(d1, 'running-config', '2026-03-03T00:00:00Z', false);
    await backup(d1, 'startup-config', '2026-03-03T00:00:00Z');
    // Several in one statement, of one artifact.
    await handle.sql`
      insert into backups (device_id, artifact, is_text, size, sha256, changed, storage_ref, created_at)
      select ${d2}, 'running-config', true, 1, 'x', true, '{"kind":"filesystem","path":"x"}', '2026-03-01T00:00:00Z'::timestamptz + make_interval(days => i)
      from generate_series(1, 4) as i`;
    expect(await wrongInitials()).toEqual([]);
    const initials = async () => (await handle.sql`select count(*)::int as n from backups where initial`)[0].n;
    expect(await initials()).toBe(3);

    // A backup older than the first one takes its place.
    const [older] = await backup(d1, 'running-config', '2026-03-01T00:00:00Z');
    expect(await wrongInitials()).toEqual([]);
    const [{ initial: firstIsInitial }] = await handle.sql`select initial from backups where id = ${first.id}`;
    expect(firstIsInitial).toBe(false);

    // Deleting the first backups (retention) makes the next ones first; moving one in time too.
    await handle.sql`delete from backups where id = ${older.id}`;
    await handle.sql`delete from backups where device_id = ${d2} and created_at = '2026-03-02T00:00:00Z'`;
    expect(await wrongInitials()).toEqual([]);
    await handle.sql`update backups set created_at = '2026-02-01T00:00:00Z' where device_id = ${d2} and created_at = '2026-03-05T00:00:00Z'`;
    await handle.sql`update backups set run_id = null`;
    expect(await wrongInitials()).toEqual([]);
    expect(await initials()).toBe(3);
  });
});
