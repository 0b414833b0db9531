/**
 * Per-artifact outcomes through a whole run: an optional artifact the device does not have is
 * a warning, not a failure, and a required artifact that fails never drops the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;

const savedStartup = ['Using 1200 out of 65536 bytes', '!', 'version 17.9', 'hostname unsaved', '!', 'interface Loopback0', ' description saved before the last change', '!', 'end'].join('\n');

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 4, timeouts: { connectMs: 2_000, commandMs: 2_000 } });
  lab = await startLab({
    devices: [
      { name: 'not-present', platform: 'cisco-ios', outputs: { 'show startup-config': 'startup-config is not present' } },
      { name: 'empty-startup', platform: 'cisco-ios', outputs: { 'show startup-config': '' } },
      { name: 'unsaved', platform: 'cisco-ios', outputs: { 'show startup-config': savedStartup } },
      { name: 'no-running', platform: 'cisco-ios', outputs: { 'show running-config': '' } },
    ],
    changeEvery: 1000,
  });
  await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  const csv = ['name,host,port,backup_method,credential_sets,repository', ...lab.devices.map((d) => `${d.name},${d.host},${d.port},${d.backupMethod},lab,configs`)].join('\n');
  const imported = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`, { csv }, { token: api.adminToken });
  expect(imported.data!.importDevices.errors).toEqual([]);
});

afterAll(async () => {
  await api?.close();
  await lab?.close();
});

interface RunDeviceRow {
  deviceName: string;
  status: string;
  attempts: number;
  errorCode: string | null;
  stages: { status: string; artifact: string | null; code: string | null; message: string | null }[];
  device: { savedState: string | null; backups: { nodes: { artifact: string; changed: boolean }[] } };
}

async function runAll(): Promise<{ status: string; devices: RunDeviceRow[] }> {
  const started = await api.gql(`mutation { startRun(input: { selection: { all: true }, maxAttempts: 3 }) { id } }`, {}, { token: api.adminToken });
  const runId = started.data!.startRun.id;
  for (;;) {
    const result = await api.gql(
      `{ run(id: "${runId}") { status devices { deviceName status attempts errorCode stages { status artifact code message }
          device { savedState backups(first: 10) { nodes { artifact changed } } } } } }`,
      {},
      { token: api.adminToken },
    );
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a run over devices with absent, empty and unsaved startup configurations', () => {
  it('backs up running-config with a warning, records the saved state, and keeps what a failed device collected', async () => {
    const run = await runAll();
    const row = (name: string) => run.devices.find((device) => device.deviceName === name)!;
    const artifacts = (name: string) => row(name).device.backups.nodes.map((backup) => backup.artifact).sort();
    const warnings = (name: string) => row(name).stages.filter((stage) => stage.status === 'warning');

    for (const name of ['not-present', 'empty-startup']) {
      expect(row(name)).toMatchObject({ status: 'SUCCEEDED', attempts: 1, errorCode: null });
      expect(artifacts(name)).toEqual(['running-config']);
      expect(warnings(name)).toEqual([expect.objectContaining({ artifact: 'startup-config', code: 'ARTIFACT_ABSENT' })]);
      expect(row(name).device.savedState).toBe('NEVER_SAVED');
    }
    expect(warnings('not-present')[0].message).toContain('startup-config is not present');

    expect(row('unsaved')).toMatchObject({ status: 'SUCCEEDED' });
    expect(artifacts('unsaved')).toEqual(['running-config', 'startup-config']);
    expect(warnings('unsaved')).toEqual([expect.objectContaining({ code: 'UNSAVED_CHANGES' })]);
    expect(row('unsaved').device.savedState).toBe('UNSAVED');

    // The required running-config is missing: the device fails at once (no retry helps), and the
    // startup-config it did give is stored all the same.
    expect(row('no-running')).toMatchObject({ status: 'FAILED', attempts: 1, errorCode: 'COMMAND_FAILED' });
    expect(artifacts('no-running')).toEqual(['startup-config']);

    expect(run.status).toBe('PARTIAL');
  }, 60_000);
});
