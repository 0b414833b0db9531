import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
const ids: Record<string, string> = {};
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
const isoHoursAgo = (hours: number) => hoursAgo(hours).toISOString();

beforeAll(async () => {
  api = await startTestApi();
  const set = await api.gql(`mutation { createCredentialSet(input: { name: "lab", username: "u", password: "pw" }) { id } }`, {}, { token: api.adminToken });
  ids.set = set.data!.createCredentialSet.id;
  for (const name of ['fresh', 'failing', 'old', 'never', 'off']) {
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name, host: '192.0.2.1', backupMethod: 'cisco-ios', enabled: name !== 'off', credentialSetIds: name === 'fresh' || name === 'old' ? [ids.set] : [] } },
      { token: api.adminToken },
    );
    ids[name] = created.data!.createDevice.id;
  }
  const sql = api.db.sql;
  await sql`update devices set last_success_at = ${isoHoursAgo(2)}, last_backup_at = ${isoHoursAgo(2)}, last_status = 'succeeded' where id = ${ids.fresh}`;
  await sql`update devices set last_success_at = ${isoHoursAgo(30)}, last_backup_at = ${isoHoursAgo(1)}, last_status = 'failed' where id = ${ids.failing}`;
  await sql`update devices set last_success_at = ${isoHoursAgo(50)}, last_backup_at = ${isoHoursAgo(50)}, last_status = 'succeeded' where id = ${ids.old}`;

  const [run] = await sql`insert into runs (trigger, status, total) values ('manual', 'running', 3) returning id`;
  ids.run = run.id;
  const finished = [
    { device: ids.fresh, status: 'succeeded', hours: 2, ms: 1000 },
    { device: ids.failing, status: 'failed', hours: 1, ms: 9000 },
    { device: ids.old, status: 'succeeded', hours: 50, ms: 3000 },
  ];
  for (const [position, row] of finished.entries()) {
    await sql`insert into run_devices (run_id, device_id, device_name, position, status, finished_at, duration_ms)
      values (${ids.run}, ${row.device}, 'd', ${position}, ${row.status}, ${isoHoursAgo(row.hours)}, ${row.ms})`;
  }
  const backup = (device: string, changed: boolean, hours: number) =>
    sql`insert into backups (device_id, artifact, is_text, size, sha256, changed, storage_ref, created_at)
      values (${device}, 'running-config', true, 10, 'x', ${changed}, '{}', ${isoHoursAgo(hours)})`;
  await backup(ids.fresh, true, 2);
  await backup(ids.fresh, true, 30);
  await backup(ids.fresh, false, 40);
  await backup(ids.old, true, 50);
  await backup(ids.old, true, 24 * 40);
});
afterAll(() => api?.close());

const dashboardQuery = `query($staleHours: Int) {
  dashboard(staleHours: $staleHours) {
    staleHours deviceCount backedUpLast24h failedCount staleCount averageDurationMs
    dailySuccess { day succeeded failed rate }
    activeRuns { id status }
    mostChangedDevices(first: 5) { device { name } changes lastChangedAt }
  }
}`;

describe('dashboard', () => {
  it('counts devices by their last backups, per day, and the runs under way', async () => {
    const { data, errors } = await api.gql(dashboardQuery, {}, { token: await api.tokenFor('VIEWER') });
    expect(errors).toBeUndefined();
    const dashboard = data!.dashboard;
    expect(dashboard).toMatchObject({ staleHours: 24, deviceCount: 5, backedUpLast24h: 1, failedCount: 1, averageDurationMs: 2000 });
    // failing (30 h), old (50 h) and never; the disabled device is not stale.
    expect(dashboard.staleCount).toBe(3);
    expect(dashboard.dailySuccess).toHaveLength(30);
    expect(dashboard.dailySuccess.at(-1).day).toBe(new Date().toISOString().slice(0, 10));
    const totals = dashboard.dailySuccess.reduce((sum: { s: number; f: number }, d: { succeeded: number; failed: number }) => ({ s: sum.s + d.succeeded, f: sum.f + d.failed }), { s: 0, f: 0 });
    expect(totals).toEqual({ s: 2, f: 1 });
    expect(dashboard.dailySuccess.some((d: { rate: number | null }) => d.rate === null)).toBe(true);
    expect(dashboard.activeRuns).toEqual([{ id: ids.run, status: 'RUNNING' }]);
    // Changes older than 30 days do not count.
    expect(dashboard.mostChangedDevices.map((d: { device: { name: string }; changes: number }) => [d.device.name, d.changes])).toEqual([
      ['fresh', 2],
      ['old', 1],
    ]);
  });

  it('answers most changed devices the same whether read with the counts, by alias, through a fragment or with a variable', async () => {
    const names = (rows: { device: { name: string } }[]) => rows.map((row) => row.device.name);
    const { data, errors } = await api.gql(
      `query($n: Int) {
        dashboard {
          one: mostChangedDevices(first: 1) { device { name } }
          all: mostChangedDevices { device { name } }
          byVariable: mostChangedDevices(first: $n) { device { name } }
          ...Changed
        }
      }
      fragment Changed on Dashboard { fromFragment: mostChangedDevices(first: 2) { device { name } } }`,
      { n: 1 },
      { token: api.adminToken },
    );
    expect(errors).toBeUndefined();
    expect(names(data!.dashboard.one)).toEqual(['fresh']);
    expect(names(data!.dashboard.all)).toEqual(['fresh', 'old']);
    expect(names(data!.dashboard.byVariable)).toEqual(['fresh']);
    expect(names(data!.dashboard.fromFragment)).toEqual(['fresh', 'old']);
    const refused = await api.gql(`{ dashboard { deviceCount mostChangedDevices(first: -1) { changes } } }`, {}, { token: api.adminToken });
    expect(refused.errors?.[0]).toMatchObject({ path: ['dashboard', 'mostChangedDevices'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('lists the runs that could not finish in the last 24 hours, newest first, with their error', async () => {
    const sql = api.db.sql;
    const failed = async (error: string | null, hours: number) => {
      const [run] = await sql`insert into runs (trigger, status, error, finished_at) values ('manual', 'failed', ${error}, ${isoHoursAgo(hours)}) returning id`;
      return run.id as string;
    };
    const older = await failed('storing the run failed 3 times: disk full', 5);
    const newer = await failed('the run stalled: no job behind it', 1);
    await failed(null, 1); // failed devices alone: not an unfinished run
    await failed('too long ago', 30);
    const response = await api.gql(`{ dashboard { failedRuns { id status error } } }`, {}, { token: api.adminToken });
    expect(response.data!.dashboard.failedRuns).toEqual([
      { id: newer, status: 'FAILED', error: 'the run stalled: no job behind it' },
      { id: older, status: 'FAILED', error: 'storing the run failed 3 times: disk full' },
    ]);
  });

  it('takes the stale threshold from the caller and refuses one out of range', async () => {
    const wide = await api.gql(dashboardQuery, { staleHours: 72 }, { token: api.adminToken });
    expect(wide.data!.dashboard.staleCount).toBe(1);
    const bad = await api.gql(dashboardQuery, { staleHours: 0 }, { token: api.adminToken });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staleHours' });
  });

  it('needs a login', async () => {
    const anonymous = await api.gql(`{ dashboard { deviceCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds lastChangedAt to devices and the devices that use each credential set', async () => {
    const { data } = await api.gql(`{ devices(first: 10) { nodes { name lastChangedAt } } credentialSets { name devices { name } } }`, {}, { token: api.adminToken });
    const byName = Object.fromEntries(data!.devices.nodes.map((d: { name: string; lastChangedAt: string | null }) => [d.name, d.lastChangedAt]));
    expect(new Date(byName.fresh).getTime()).toBeCloseTo(hoursAgo(2).getTime(), -4);
    expect(byName.never).toBeNull();
    expect(data!.credentialSets).toEqual([{ name: 'lab', devices: [{ name: 'fresh' }, { name: 'old' }] }]);
  });
});
