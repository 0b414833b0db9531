import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let client: Client;

interface Event {
  seq: number;
  type: string;
  current: number;
  total: number;
  message: string;
}

const subscription = `subscription($runId: ID!, $afterSeq: Int) { runProgress(runId: $runId, afterSeq: $afterSeq) { seq type current total message deviceName } }`;

/** Events from the subscription until the run-finished one. */
async function collect(runId: string, afterSeq: number): Promise<Event[]> {
  const events: Event[] = [];
  for await (const next of client.iterate<{ runProgress: Event }>({ query: subscription, variables: { runId, afterSeq } })) {
    expect(next.errors).toBeUndefined();
    events.push(next.data!.runProgress);
    if (next.data!.runProgress.type === 'run-finished') break;
  }
  return events;
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 2 });
  lab = await startLab({ devices: Array.from({ length: 4 }, () => ({ platform: 'cisco-ios', fault: 'slow-login' as const })), slowLoginMs: 400 });
  await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  const csv = ['name,host,port,backup_method,credential_sets', ...lab.devices.map((d, i) => `switch-0${i + 1},${d.host},${d.port},${d.backupMethod},lab`)].join('\n');
  await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok } }`, { csv }, { token: api.adminToken });
  client = createClient({ url: `${api.url.replace('http', 'ws')}/api/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${api.adminToken}` }, retryAttempts: 0 });
});
afterAll(async () => {
  await client?.dispose();
  await api?.close();
  await lab?.close();
});

describe('live run progress', () => {
  it('streams every event of a run in order, live, and replays them to a late subscriber', async () => {
    const started = await api.gql(`mutation { startRun(input: { selection: { all: true }, mode: SEQUENTIAL }) { id } }`, {}, { token: api.adminToken });
    const runId = started.data!.startRun.id;
    const live = await collect(runId, 0);
    expect(live.map((e) => e.seq)).toEqual(live.map((_, i) => i + 1));
    expect(live[0]).toMatchObject({ type: 'run-started', current: 0, total: 4 });
    // Sequential mode takes the devices one at a time, in name order.
    expect(live.filter((e) => e.type === 'device-started').map((e) => e.message)).toEqual([
      'Backing up device 1/4: switch-01',
      'Backing up device 2/4: switch-02',
      'Backing up device 3/4: switch-03',
      'Backing up device 4/4: switch-04',
    ]);
    expect(live.filter((e) => e.type === 'device-finished').map((e) => e.current)).toEqual([1, 2, 3, 4]);
    expect(live.at(-1)).toMatchObject({ type: 'run-finished', current: 4, total: 4 });

    const late = await collect(runId, 3);
    expect(late).toEqual(live.slice(3));
  });
});
