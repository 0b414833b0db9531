import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../db/client.ts';
import { addJob } from '../../db/jobs/add-job.ts';
import { nextFireTimes } from '../../db/schedules/cron.ts';
import { previewSchedule } from '../../db/schedules/preview-schedule.ts';
import type { WorkerDeps } from '../../worker/deps.ts';
import { tickSchedules } from '../../worker/tasks/tick-schedules.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let repositoryId: string;
let deps: WorkerDeps;
const extraConnections: DatabaseHandle[] = [];

const fields = `id name cron description timeZone selection mode concurrency enabled lastSlotAt createdAt
  repository { id name } nextRuns(count: 3) lastRun { id trigger }`;

async function create(input: Record<string, unknown>) {
  const result = await api.gql(`mutation($input: CreateScheduleInput!) { createSchedule(input: $input) { ${fields} } }`, { input }, { token: api.adminToken });
  expect(result.errors).toBeUndefined();
  return result.data!.createSchedule as { id: string; createdAt: string; cron: string; timeZone: string; [key: string]: unknown };
}

async function errorOf(query: string, variables: Record<string, unknown> = {}, token = api.adminToken) {
  const result = await api.gql(query, variables, { token });
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  return { code: result.errors![0].extensions?.code, field: result.errors![0].extensions?.field, message: result.errors![0].message };
}

const createError = (input: Record<string, unknown>) =>
  errorOf(`mutation($input: CreateScheduleInput!) { createSchedule(input: $input) { id } }`, { input });

async function runsOf(scheduleId: string) {
  return api.db.sql`select id, trigger, schedule_id, selection, repository_id, mode, concurrency, status from runs where schedule_id = ${scheduleId} order by created_at`;
}

/** The first fire time after the schedule was created, plus a little: a moment the schedule is due. */
function dueAfterCreation(schedule: { createdAt: string; cron: string; timeZone: string }, slotsLater = 0): { slot: Date; now: Date } {
  const slot = nextFireTimes(schedule.cron, schedule.timeZone, new Date(schedule.createdAt), slotsLater + 1)[slotsLater];
  return { slot, now: new Date(slot.getTime() + 30_000) };
}

/** Worker dependencies over a connection of their own, so concurrent ticks really are concurrent. */
function ownDeps(): WorkerDeps {
  const handle = connectDatabase(api.database.url, { max: 1 });
  extraConnections.push(handle);
  return { ...deps, db: handle.db };
}

async function until<T>(check: () => Promise<T | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

beforeAll(async () => {
  api = await startTestApi();
  const repo = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  repositoryId = repo.data!.createRepository.id;
  deps = { db: api.db.db, keyring: api.keyring, log: pino({ level: 'silent' }), dataDir: api.dataDir };
});
afterAll(async () => {
  for (const handle of extraConnections) await handle.close();
  await api?.close();
});

describe('schedules', () => {
  it('are created, listed, read, updated and deleted', async () => {
    const created = await create({ name: 'nightly', cron: ' 30  2 * * * ', timeZone: 'europe/amsterdam', selection: { tags: ['core'] }, mode: 'SEQUENTIAL', concurrency: 1 });
    expect(created).toMatchObject({
      name: 'nightly',
      cron: '30 2 * * *',
      description: 'At 02:30 every day',
      timeZone: 'Europe/Amsterdam',
      selection: { tags: ['core'] },
      mode: 'SEQUENTIAL',
      concurrency: 1,
      enabled: true,
      lastSlotAt: null,
      lastRun: null,
      repository: { id: repositoryId, name: 'configs' },
    });
    expect(created.nextRuns).toHaveLength(3);

    const list = await api.gql(`{ schedules { id name } }`, {}, { token: api.adminToken });
    expect(list.data!.schedules).toEqual([{ id: created.id, name: 'nightly' }]);

    const updated = await api.gql(
      `mutation($id: ID!, $input: UpdateScheduleInput!) { updateSchedule(id: $id, input: $input) { ${fields} } }`,
      { id: created.id, input: { name: 'weekly', cron: '0 0 * * 1', deviceIds: ['00000000-0000-4000-8000-000000000001'] } },
      { token: api.adminToken },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSchedule).toMatchObject({
      name: 'weekly',
      description: 'At 00:00 on Monday',
      selection: { deviceIds: ['00000000-0000-4000-8000-000000000001'] },
      mode: 'SEQUENTIAL',
    });

    const disabled = await api.gql(`mutation($id: ID!) { updateSchedule(id: $id, input: { enabled: false }) { enabled nextRuns } }`, { id: created.id }, { token: api.adminToken });
    expect(disabled.data!.updateSchedule).toEqual({ enabled: false, nextRuns: [] });

    const deleted = await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id: created.id }, { token: api.adminToken });
    expect(deleted.data).toEqual({ deleteSchedule: true });
    const gone = await api.gql(`query($id: ID!) { schedule(id: $id) { id } }`, { id: created.id }, { token: api.adminToken });
    expect(gone.data).toEqual({ schedule: null });
    expect(await errorOf(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id: created.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuse bad input naming the field', async () => {
    const base = { name: 'bad', cron: '0 3 * * *', selection: { all: true } };
    expect(await createError({ ...base, cron: '61 * * * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    expect(await createError({ ...base, cron: 'every day' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    expect(await createError({ ...base, cron: '* * * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    expect(await createError({ ...base, cron: 'H 3 * * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    const seconds = await createError({ ...base, cron: '*/10 * * * * *' });
    expect(seconds).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    expect(seconds.message).toMatch(/seconds.*at most once a minute/);
    expect(await createError({ ...base, timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await createError({ ...base, timeZone: '+01:00' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await createError({ ...base, repositoryId: '00000000-0000-4000-8000-000000000009' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'repositoryId' });
    expect(await createError({ ...base, concurrency: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'concurrency' });
    expect(await createError({ ...base, selection: {} })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'selection' });
    expect(await createError({ ...base, deviceIds: ['00000000-0000-4000-8000-000000000001'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'selection' });
    expect(await createError({ ...base, name: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const first = await create({ ...base, name: 'unique' });
    expect(await createError({ ...base, name: 'unique' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const update = (input: Record<string, unknown>) =>
      errorOf(`mutation($id: ID!, $input: UpdateScheduleInput!) { updateSchedule(id: $id, input: $input) { id } }`, { id: first.id, input });
    expect(await update({ cron: '0 0 31 2 *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    expect(await update({ timeZone: 'Nowhere' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await update({ repositoryId: '00000000-0000-4000-8000-000000000009' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'repositoryId' });
    expect(await errorOf(`{ schedules { nextRuns(count: 1000) } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id: first.id }, { token: api.adminToken });
  });

  it('may be read by a viewer but changed only by an operator or more', async () => {
    const viewer = await api.tokenFor('VIEWER');
    const operator = await api.tokenFor('OPERATOR');
    const input = { name: 'by-operator', cron: '0 4 * * *', selection: { all: true } };
    const refused = await errorOf(`mutation($input: CreateScheduleInput!) { createSchedule(input: $input) { id } }`, { input }, viewer);
    expect(refused.code).toBe('FORBIDDEN');
    const made = await api.gql(`mutation($input: CreateScheduleInput!) { createSchedule(input: $input) { id } }`, { input }, { token: operator });
    expect(made.errors).toBeUndefined();
    const read = await api.gql(`{ schedules { name } previewSchedule(cron: "0 4 * * *") { description } }`, {}, { token: viewer });
    expect(read.errors).toBeUndefined();
    expect(read.data!.schedules).toContainEqual({ name: 'by-operator' });
    const id = made.data!.createSchedule.id;
    expect((await errorOf(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id }, viewer)).code).toBe('FORBIDDEN');
    expect((await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id }, { token: operator })).data).toEqual({ deleteSchedule: true });
  });

  it('preview a cron expression in words and as its next times in the time zone', async () => {
    const preview = (cron: string) => api.gql(`query($cron: String!) { previewSchedule(cron: $cron, timeZone: "Europe/Amsterdam", count: 4) { cron timeZone description nextRuns } }`, { cron }, { token: api.adminToken });
    expect((await preview('*/5 * * * *')).data!.previewSchedule.description).toBe('Every 5 minutes');
    expect((await preview('30 2 * * *')).data!.previewSchedule.description).toBe('At 02:30 every day');
    expect((await preview('0 0 * * 1')).data!.previewSchedule.description).toBe('At 00:00 on Monday');
    expect((await preview('0 6 * * 1-5')).data!.previewSchedule.description).toBe('At 06:00 on Monday through Friday');

    // Each time is 02:30 on the wall clocks of Amsterdam, whatever the offset that day.
    const { nextRuns } = (await preview('30 2 * * *')).data!.previewSchedule as { nextRuns: string[] };
    expect(nextRuns).toHaveLength(4);
    const amsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const at of nextRuns) expect(amsterdam.format(new Date(at))).toBe('02:30');
    expect(new Set(nextRuns.map((at) => new Date(at).toISOString().slice(0, 10))).size).toBe(4);

    const system = { db: api.db.db, caller: { kind: 'system' as const, name: 'test' }, keyring: api.keyring, log: deps.log, settings: { dataDir: api.dataDir } };
    const winter = previewSchedule({ ctx: system, input: { cron: '30 2 * * *', timeZone: 'Europe/Amsterdam', count: 2, now: new Date('2025-01-10T12:00:00Z') } });
    expect(winter.nextRuns.map((d) => d.toISOString())).toEqual(['2025-01-11T01:30:00.000Z', '2025-01-12T01:30:00.000Z']);
    const summer = previewSchedule({ ctx: system, input: { cron: '30 2 * * *', timeZone: 'Europe/Amsterdam', count: 2, now: new Date('2025-07-10T12:00:00Z') } });
    expect(summer.nextRuns.map((d) => d.toISOString())).toEqual(['2025-07-11T00:30:00.000Z', '2025-07-12T00:30:00.000Z']);

    expect(await errorOf(`{ previewSchedule(cron: "* * * * * *") { description } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cron' });
    expect(await errorOf(`{ previewSchedule(cron: "* * * * *", timeZone: "Atlantis/Capital") { description } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
  });

  it('count the devices a selection matches now, before and after it is saved', async () => {
    const devices = [
      { name: 'count-1', host: '10.30.0.1', backupMethod: 'cisco-ios', tags: ['count-core'], location: 'emea/ams1' },
      { name: 'count-2', host: '10.30.0.2', backupMethod: 'linux', tags: ['count-core'], location: 'emea/ams1/r2' },
      { name: 'count-3', host: '10.30.0.3', backupMethod: 'cisco-ios', tags: ['count-core'], location: 'apac', enabled: false },
      { name: 'count-4', host: '10.30.0.4', backupMethod: 'cisco-ios', tags: ['count-edge'], location: 'emea' },
    ];
    const ids: string[] = [];
    for (const input of devices) {
      const made = await api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, { input }, { token: api.adminToken });
      expect(made.errors).toBeUndefined();
      ids.push(made.data!.createDevice.id);
    }
    const viewer = await api.tokenFor('VIEWER');
    const count = async (selection: Record<string, unknown>) => {
      const result = await api.gql(`query($selection: RunSelectionInput!) { selectionDeviceCount(selection: $selection) }`, { selection }, { token: viewer });
      expect(result.errors).toBeUndefined();
      return result.data!.selectionDeviceCount;
    };
    expect(await count({ tags: ['count-core'] })).toBe(2);
    expect(await count({ tags: ['count-core'], enabledOnly: false })).toBe(3);
    expect(await count({ tags: ['count-core', 'count-edge'] })).toBe(3);
    expect(await count({ tags: ['count-core'], location: 'emea' })).toBe(2);
    expect(await count({ tags: ['count-core'], location: 'emea/ams1/r2' })).toBe(1);
    expect(await count({ tags: ['count-core'], backupMethods: ['cisco-ios'] })).toBe(1);
    expect(await count({ tags: ['none-such'] })).toBe(0);
    expect(await errorOf(`{ selectionDeviceCount(selection: {}) }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'selection' });

    const schedule = await create({ name: 'count-core', cron: '0 5 * * *', selection: { tags: ['count-core'] } });
    const listed = async () => {
      const result = await api.gql(`{ schedules { name deviceCount } }`, {}, { token: viewer });
      expect(result.errors).toBeUndefined();
      return result.data!.schedules.find((s: { name: string }) => s.name === 'count-core').deviceCount;
    };
    expect(await listed()).toBe(2);
    await api.gql(`mutation($id: ID!) { updateDevice(id: $id, input: { enabled: true }) { id } }`, { id: ids[2] }, { token: api.adminToken });
    expect(await listed()).toBe(3);

    await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id: schedule.id }, { token: api.adminToken });
    for (const id of ids) await api.gql(`mutation($id: ID!) { deleteDevice(id: $id) }`, { id }, { token: api.adminToken });
    expect(await count({ tags: ['count-core'] })).toBe(0);
  });
});

describe('the tick', () => {
  it('starts a due schedule exactly once however many ticks run at once, with the schedule settings', async () => {
    const schedule = await create({ name: 'tick-once', cron: '15 3 * * *', timeZone: 'Asia/Tokyo', selection: { tags: ['edge'], location: 'emea' }, repositoryId, mode: 'PARALLEL', concurrency: 7 });
    const { slot, now } = dueAfterCreation(schedule);

    const results = await Promise.all(Array.from({ length: 5 }, () => tickSchedules(ownDeps(), now)));
    const started = results.flat().filter((s) => s.scheduleId === schedule.id);
    expect(started).toHaveLength(1);
    expect(started[0].slot.toISOString()).toBe(slot.toISOString());

    const runs = await runsOf(schedule.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      id: started[0].runId,
      trigger: 'schedule',
      selection: { tags: ['edge'], location: 'emea' },
      repository_id: repositoryId,
      mode: 'parallel',
      concurrency: 7,
      status: 'queued',
    });
    const read = await api.gql(`query($id: ID!) { schedule(id: $id) { lastSlotAt lastRun { id trigger } } }`, { id: schedule.id }, { token: api.adminToken });
    expect(read.data!.schedule).toEqual({ lastSlotAt: slot.toISOString(), lastRun: { id: started[0].runId, trigger: 'SCHEDULE' } });
    const [job] = await api.db.sql`select count(*)::int as n from graphile_worker._private_jobs where key = ${`start-run:${started[0].runId}`}`;
    expect(job.n).toBe(1);

    // Later in the same minute, and again concurrently: nothing new.
    const again = await Promise.all([tickSchedules(ownDeps(), new Date(now.getTime() + 20_000)), tickSchedules(ownDeps(), now)]);
    expect(again.flat().filter((s) => s.scheduleId === schedule.id)).toEqual([]);
    expect(await runsOf(schedule.id)).toHaveLength(1);

    // Three slots later (two missed while nobody ticked): only the latest one starts.
    const later = dueAfterCreation(schedule, 3);
    const caughtUp = (await tickSchedules(deps, later.now)).filter((s) => s.scheduleId === schedule.id);
    expect(caughtUp.map((s) => s.slot.toISOString())).toEqual([later.slot.toISOString()]);
    expect(await runsOf(schedule.id)).toHaveLength(2);

    // Deleting the schedule keeps its runs.
    await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id: schedule.id }, { token: api.adminToken });
    const kept = await api.db.sql`select schedule_id from runs where id = ${started[0].runId}`;
    expect(kept).toEqual([{ schedule_id: null }]);
  });

  it('never fires a disabled schedule', async () => {
    const schedule = await create({ name: 'tick-disabled', cron: '*/5 * * * *', selection: { all: true }, enabled: false });
    const { now } = dueAfterCreation(schedule);
    const started = await Promise.all([tickSchedules(deps, now), tickSchedules(deps, new Date(now.getTime() + 3_600_000))]);
    expect(started.flat().filter((s) => s.scheduleId === schedule.id)).toEqual([]);
    expect(await runsOf(schedule.id)).toHaveLength(0);
  });

  it('does not fire for a slot before the schedule existed, nor for one that passed while it was off', async () => {
    const schedule = await create({ name: 'tick-new', cron: '* * * * *', selection: { all: true } });
    // The slot of the current minute began before the schedule was created.
    const atCreation = await tickSchedules(deps, new Date(new Date(schedule.createdAt).getTime() + 1));
    expect(atCreation.filter((s) => s.scheduleId === schedule.id)).toEqual([]);

    const backdated = await create({ name: 'tick-reenabled', cron: '*/5 * * * *', selection: { all: true }, enabled: false });
    await api.db.sql`update schedules set created_at = now() - interval '1 day' where id = ${backdated.id}`;
    await api.gql(`mutation($id: ID!) { updateSchedule(id: $id, input: { enabled: true }) { id } }`, { id: backdated.id }, { token: api.adminToken });
    const afterEnabling = await tickSchedules(deps, new Date());
    expect(afterEnabling.filter((s) => s.scheduleId === backdated.id)).toEqual([]);
    for (const id of [schedule.id, backdated.id]) await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id }, { token: api.adminToken });
  });

  it('fires once for a wall-clock time that happens twice when the clocks go back', async () => {
    const schedule = await create({ name: 'tick-autumn', cron: '30 2 * * *', timeZone: 'Europe/Amsterdam', selection: { all: true } });
    await api.db.sql`update schedules set created_at = '2025-10-01T00:00:00Z' where id = ${schedule.id}`;
    // 2025-10-26 02:30 in Amsterdam is 00:30Z (summer time) and again 01:30Z (winter time).
    const first = await tickSchedules(deps, new Date('2025-10-26T00:30:30Z'));
    const second = await tickSchedules(deps, new Date('2025-10-26T01:30:30Z'));
    const next = await tickSchedules(deps, new Date('2025-10-27T01:30:30Z'));
    const mine = (started: typeof first) => started.filter((s) => s.scheduleId === schedule.id).map((s) => s.slot.toISOString());
    expect([mine(first), mine(second), mine(next)]).toEqual([['2025-10-26T00:30:00.000Z'], [], ['2025-10-27T01:30:00.000Z']]);
    await api.gql(`mutation($id: ID!) { deleteSchedule(id: $id) }`, { id: schedule.id }, { token: api.adminToken });
  });

  it('runs in real workers: tick jobs taken by two workers at once start the slot once, and the run proceeds', async () => {
    // A daily time an hour ago: its slot is well inside today, the next one a day away.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    const schedule = await create({ name: 'tick-workers', cron: `${anHourAgo.getUTCMinutes()} ${anHourAgo.getUTCHours()} * * *`, selection: { tags: ['none-such'] }, repositoryId });
    await api.db.sql`update schedules set created_at = now() - interval '2 hours' where id = ${schedule.id}`;

    await api.startWorker({ concurrency: 4 });
    await api.startWorker({ concurrency: 4 });
    for (let i = 0; i < 6; i++) await addJob(api.db.db, 'tick-schedules', {});
    await until(async () => {
      const [row] = await api.db.sql`
        select count(*)::int as n from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id
        where t.identifier = 'tick-schedules'`;
      return row.n === 0;
    }, 'the tick jobs to be done');

    const runs = await runsOf(schedule.id);
    expect(runs).toHaveLength(1);
    expect(runs[0].trigger).toBe('schedule');
    await until(async () => (await runsOf(schedule.id))[0].status !== 'queued', 'a worker to start the run');
  });
});
