/**
 * The statements every batch of a run's devices makes find their rows by key, whatever the size of
 * the fleet and of its history: none reads a whole table. PostgreSQL guesses a jsonb set at 100
 * rows, and joined to one, a small batch had scanned every run's devices (dispatch) and every
 * device (the outcome) once per batch. Checked with PostgreSQL's own count of sequential scans.
 */
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../client.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { dispatchDevices } from './dispatch-device.ts';
import { finishRunDevices, type RunDeviceOutcome } from './device-progress.ts';
import { runs, type Run } from './schema.ts';

const DEVICES = 3_000;
const RUNS = 3;

let database: TestDatabase;
let handle: DatabaseHandle;
let run: Run;

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection: the statements and the statistics read after them share one backend.
  handle = connectDatabase(database.url, { max: 1 });
  await handle.sql`insert into devices (name, host, backup_method) select 'sw-' || lpad(i::text, 5, '0'), '127.0.0.1', 'cisco-ios' from generate_series(1, ${DEVICES}) as i`;
  for (let at = 0; at < RUNS; at++) {
    const [{ id }] = await handle.sql`insert into runs (trigger, status, total) values ('manual', 'running', ${DEVICES}) returning id`;
    await handle.sql`
      insert into run_devices (run_id, device_id, device_name, position, status)
      select ${id}, id, name, (row_number() over (order by name) - 1)::int, 'queued' from devices`;
  }
  await handle.sql`analyze`;
  [run] = await handle.db.select().from(runs).orderBy(desc(runs.createdAt), runs.id).limit(1);
}, 60_000);

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

/** Sequential scans of each table so far, as PostgreSQL counts them (this backend's counts flushed first). */
async function sequentialScans(): Promise<Record<string, number>> {
  await handle.sql`select pg_stat_force_next_flush()`;
  await handle.sql`select pg_stat_clear_snapshot()`;
  const rows = await handle.sql<{ relname: string; seq_scan: string }[]>`select relname, seq_scan from pg_stat_user_tables where relname in ('devices', 'run_devices')`;
  return Object.fromEntries(rows.map((row) => [row.relname, Number(row.seq_scan)]));
}


describe('a batch of a run\'s devices', () => {
  it('dispatches the next devices of a run through its index, not by reading every run\'s devices', async () => {
    const before = await sequentialScans();
    await handle.db.transaction((tx) => dispatchDevices(tx, [{ runId: run.id, from: 1_000, to: 1_014 }]));
    const [{ jobs }] = await handle.sql`select count(*)::int as jobs from graphile_worker._private_jobs`;
    expect(jobs).toBe(14);
    expect(await sequentialScans()).toEqual(before);
  });

  it('records outcomes finding its run devices and devices by key', async () => {
    const claimed = await handle.sql<{ id: string; device_id: string; device_name: string }[]>`
      select id, device_id, device_name from run_devices where run_id = ${run.id} and position < 14 order by position`;
    await handle.sql`update run_devices set status = 'running' where id = any(${claimed.map((row) => row.id)}::uuid[])`;
    const outcomes: RunDeviceOutcome[] = claimed.map((row) => ({
      run,
      runDeviceId: row.id,
      deviceName: row.device_name,
      device: { id: row.device_id, hostKey: null },
      status: 'succeeded',
      attempts: 1,
      stages: [],
      collected: [],
      credentialSetId: null,
      errorCode: null,
      errorMessage: null,
      durationMs: 10,
      hostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKeyOfTheDevice',
    }));
    const before = await sequentialScans();
    await handle.db.transaction((tx) => finishRunDevices(tx, outcomes));
    expect(await sequentialScans()).toEqual(before);
    const [{ collected, keys }] = await handle.sql`
      select count(*) filter (where rd.status = 'collected')::int as collected, count(d.host_key)::int as keys
      from run_devices rd join devices d on d.id = rd.device_id where rd.id = any(${claimed.map((row) => row.id)}::uuid[])`;
    expect({ collected, keys }).toEqual({ collected: 14, keys: 14 });
  });
});
