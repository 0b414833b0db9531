import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultKinds, startLab, type Fault, type Lab, type LabDeviceOverrides } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;

/** The code each fault must produce, and whether it is retried. */
const expected: Record<Exclude<Fault, 'none'>, { code: string; retried: boolean }> = {
  refused: { code: 'UNREACHABLE', retried: true },
  'wrong-password': { code: 'AUTH_FAILED', retried: false },
  'slow-login': { code: 'TIMEOUT', retried: true },
  hang: { code: 'TIMEOUT', retried: true },
  disconnect: { code: 'OUTPUT_INVALID', retried: true },
  garbage: { code: 'COMMAND_FAILED', retried: false },
};

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 20, timeouts: { connectMs: 2_000, commandMs: 1_500 } });
  const healthy: LabDeviceOverrides[] = Array.from({ length: 50 - faultKinds.length }, () => ({}));
  const faulty: LabDeviceOverrides[] = faultKinds.map((fault) => ({ platform: 'cisco-ios', fault, name: `faulty-${fault}` }));
  lab = await startLab({ devices: [...healthy, ...faulty], mix: 'all', changeEvery: 1000 });
  await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  const csv = ['name,host,port,backup_method,credential_sets', ...lab.devices.map((d) => `${d.name},${d.host},${d.port},${d.backupMethod},lab`)].join('\n');
  const imported = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`, { csv }, { token: api.adminToken });
  expect(imported.data!.importDevices.errors).toEqual([]);
});
afterAll(async () => {
  await api?.close();
  await lab?.close();
});

describe('a run over 50 lab devices with every fault kind', () => {
  it('backs up every healthy device and fails each faulty one with its code after the configured retries', async () => {
    const started = await api.gql(`mutation { startRun(input: { selection: { all: true }, maxAttempts: 2, concurrency: 20 }) { id } }`, {}, { token: api.adminToken });
    const runId = started.data!.startRun.id;
    let run;
    for (;;) {
      const result = await api.gql(`{ run(id: "${runId}") { status total result { backedUpCount failedCount failedDevices { device code } } devices { deviceName status attempts errorCode } } }`, {}, { token: api.adminToken });
      run = result.data!.run;
      if (['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(run.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(run.status).toBe('PARTIAL');
    expect(run.result.backedUpCount).toBe(50 - faultKinds.length);
    expect(run.result.failedCount).toBe(faultKinds.length);
    for (const fault of faultKinds) {
      const device = run.devices.find((d: { deviceName: string }) => d.deviceName === `faulty-${fault}`);
      expect({ fault, code: device.errorCode, attempts: device.attempts }).toEqual({ fault, code: expected[fault].code, attempts: expected[fault].retried ? 2 : 1 });
    }
    const healthy = run.devices.filter((d: { deviceName: string }) => !d.deviceName.startsWith('faulty-'));
    expect(healthy.every((d: { status: string }) => d.status === 'SUCCEEDED')).toBe(true);
  }, 120_000);
});
