/**
 * The run page's API: a run's devices filtered by status or with failed ones first, the retry
 * notice a retried device leaves in the run's events, the schedule a run came from, and
 * retryFailedDevices, which starts a run of exactly the devices that failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { insertRun } from '../../db/runs/start-run.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let repositoryId: string;
const ids: Record<string, string> = {};
let partialRunId: string;

async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = api.adminToken): Promise<T> {
  const response = await api.gql<T>(query, variables, { token });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function waitForEnd(runId: string): Promise<string> {
  for (;;) {
    const { run } = await gql<{ run: { status: string } }>(`query($id: ID!) { run(id: $id) { status } }`, { id: runId });
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 4, timeouts: { connectMs: 2_000, commandMs: 2_000 } });
  // Name order puts the healthy devices first: failed-first ordering must move the others up.
  lab = await startLab({
    devices: [
      { name: 'a-core', platform: 'cisco-ios' },
      { name: 'b-edge', platform: 'cisco-ios' },
      { name: 'c-wrong-password', platform: 'cisco-ios', fault: 'wrong-password' },
      { name: 'd-refused', platform: 'cisco-ios', fault: 'refused' },
    ],
  });
  await gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password });
  const { createRepository } = await gql<{ createRepository: { id: string } }>(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`);
  repositoryId = createRepository.id;
  const csv = ['name,host,port,backup_method,credential_sets', ...lab.devices.map((d) => `${d.name},${d.host},${d.port},${d.backupMethod},lab`)].join('\n');
  const { importDevices } = await gql<{ importDevices: { devices: { id: string; name: string }[] } }>(`mutation($csv: String!) { importDevices(csv: $csv) { devices { id name } } }`, { csv });
  for (const device of importDevices.devices) ids[device.name] = device.id;
  const { startRun } = await gql<{ startRun: { id: string } }>(
    `mutation($ids: [ID!]!) { startRun(input: { deviceIds: $ids, maxAttempts: 2, concurrency: 3 }) { id } }`,
    { ids: Object.values(ids) },
  );
  partialRunId = startRun.id;
  expect(await waitForEnd(partialRunId)).toBe('PARTIAL');
}, 120_000);

afterAll(async () => {
  await api?.close();
  await lab?.close();
});

describe('Run.devices', () => {
  it('lists failed devices first, in name order among themselves, and filters by status', async () => {
    const { run } = await gql<{ run: { all: { deviceName: string; status: string }[]; failedFirst: { deviceName: string }[]; failed: { deviceName: string }[]; ok: { deviceName: string }[]; page: { deviceName: string }[] } }>(
      `query($id: ID!) { run(id: $id) {
        all: devices { deviceName status }
        failedFirst: devices(failedFirst: true) { deviceName }
        failed: devices(status: [FAILED]) { deviceName }
        ok: devices(status: [SUCCEEDED, COLLECTED]) { deviceName }
        page: devices(failedFirst: true, first: 2, offset: 1) { deviceName }
      } }`,
      { id: partialRunId },
    );
    expect(run.all.map((d) => `${d.deviceName} ${d.status}`)).toEqual(['a-core SUCCEEDED', 'b-edge SUCCEEDED', 'c-wrong-password FAILED', 'd-refused FAILED']);
    expect(run.failedFirst.map((d) => d.deviceName)).toEqual(['c-wrong-password', 'd-refused', 'a-core', 'b-edge']);
    expect(run.failed.map((d) => d.deviceName)).toEqual(['c-wrong-password', 'd-refused']);
    expect(run.ok.map((d) => d.deviceName)).toEqual(['a-core', 'b-edge']);
    expect(run.page.map((d) => d.deviceName)).toEqual(['d-refused', 'a-core']);
  });

  it('keeps a retried device notice in the events: the stage that failed, the attempt and when it starts', async () => {
    const { run } = await gql<{ run: { events: { type: string; deviceName: string | null; code: string | null; message: string; at: string; payload: Record<string, any> }[] } }>(
      `query($id: ID!) { run(id: $id) { events { type deviceName code message at payload } } }`,
      { id: partialRunId },
    );
    const retries = run.events.filter((e) => e.type === 'device-stage');
    expect(retries).toHaveLength(1);
    const [retry] = retries;
    expect(retry).toMatchObject({ deviceName: 'd-refused', code: 'UNREACHABLE', message: 'd-refused: connect failed (UNREACHABLE); attempt 2/2 in 1 s' });
    expect(retry.payload).toMatchObject({ stage: 'connect', status: 'retrying', attempt: 2, maxAttempts: 2, deviceId: ids['d-refused'] });
    expect(Date.parse(retry.payload.retryAt) - Date.parse(retry.at)).toBeGreaterThan(0);
  });
});

describe('retryFailedDevices', () => {
  it('is refused to viewers', async () => {
    const viewer = await api.tokenFor('VIEWER');
    const response = await api.gql(`mutation($id: ID!) { retryFailedDevices(runId: $id) { id } }`, { id: partialRunId }, { token: viewer });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('starts a run of exactly the failed devices, with the same repository, mode, concurrency and attempts', async () => {
    const operator = await api.tokenFor('OPERATOR');
    const { retryFailedDevices } = await gql<{ retryFailedDevices: { id: string } }>(`mutation($id: ID!) { retryFailedDevices(runId: $id) { id } }`, { id: partialRunId }, operator);
    expect(retryFailedDevices.id).not.toBe(partialRunId);

    const busy = await api.gql(`mutation($id: ID!) { retryFailedDevices(runId: $id) { id } }`, { id: retryFailedDevices.id }, { token: operator });
    expect(busy.errors?.[0].extensions?.code).toBe('CONFLICT');

    expect(await waitForEnd(retryFailedDevices.id)).toBe('FAILED');
    const { run } = await gql<{ run: { total: number; mode: string; concurrency: number; maxAttempts: number; selection: { deviceIds: string[] }; repository: { id: string }; schedule: null; requestedBy: { username: string }; devices: { device: { id: string } }[] } }>(
      `query($id: ID!) { run(id: $id) { total mode concurrency maxAttempts selection repository { id } schedule { name } requestedBy { username } devices { device { id } } } }`,
      { id: retryFailedDevices.id },
    );
    expect(run).toMatchObject({ total: 2, mode: 'PARALLEL', concurrency: 3, maxAttempts: 2, repository: { id: repositoryId }, schedule: null });
    expect(run.selection.deviceIds.sort()).toEqual([ids['c-wrong-password'], ids['d-refused']].sort());
    expect(run.devices.map((d) => d.device.id).sort()).toEqual([ids['c-wrong-password'], ids['d-refused']].sort());
  });

  it('is refused for a run without failed devices and for an unknown run', async () => {
    const { startRun } = await gql<{ startRun: { id: string } }>(`mutation($ids: [ID!]!) { startRun(input: { deviceIds: $ids }) { id } }`, { ids: [ids['a-core']] });
    expect(await waitForEnd(startRun.id)).toBe('SUCCEEDED');
    const none = await api.gql(`mutation($id: ID!) { retryFailedDevices(runId: $id) { id } }`, { id: startRun.id }, { token: api.adminToken });
    expect(none.errors?.[0]).toMatchObject({ message: 'The run has no failed device left to retry', extensions: { code: 'CONFLICT' } });
    const unknown = await api.gql(`mutation { retryFailedDevices(runId: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { token: api.adminToken });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Run.schedule', () => {
  it('names the schedule that started a run', async () => {
    const { createSchedule } = await gql<{ createSchedule: { id: string } }>(
      `mutation { createSchedule(input: { name: "nightly", cron: "0 3 * * *", timeZone: "UTC", selection: { tags: ["none"] } }) { id } }`,
    );
    // As the schedule's tick starts it: the system, naming the schedule.
    const scheduled = await api.db.db.transaction((tx) =>
      insertRun(tx, { kind: 'system', name: 'scheduler' }, { selection: { deviceIds: [ids['a-core']] }, scheduleId: createSchedule.id, repositoryId }),
    );
    const { run } = await gql<{ run: { trigger: string; schedule: { id: string; name: string } } }>(`query($id: ID!) { run(id: $id) { trigger schedule { id name } } }`, { id: scheduled.id });
    expect(run).toEqual({ trigger: 'SCHEDULE', schedule: { id: createSchedule.id, name: 'nightly' } });
  });
});
