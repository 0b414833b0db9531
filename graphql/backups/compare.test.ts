import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let viewer: string;
const deviceIds: Record<string, string> = {};

async function backUp(ids: string[]) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input: { deviceIds: ids } }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(`{ run(id: "${started.data!.startRun.id}") { status result { failedDevices { device code message } } } }`, {}, { token: api.adminToken });
    const { status, result: outcome } = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(status)) return expect({ status, failed: outcome?.failedDevices }).toEqual({ status: 'SUCCEEDED', failed: [] });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function versions(device: string) {
  const result = await api.gql(`{ device(id: "${deviceIds[device]}") { backups(artifact: "running-config") { nodes { id createdAt } } } }`, {}, { token: api.adminToken });
  return result.data!.device.backups.nodes as { id: string; createdAt: string }[];
}

async function content(id: string) {
  const result = await api.gql(`{ backupContent(id: "${id}") { content } }`, {}, { token: api.adminToken });
  return result.data!.backupContent.content as string;
}

const diffFields = 'from { id device { name } } to { id device { name } } unified added removed fromLineCount toLineCount fromVolatileLines toVolatileLines';

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 4 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios', name: 'sw-a' }, { platform: 'cisco-ios', name: 'sw-b' }], changeEvery: 1 });
  const set = await api.gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, { input: { name: 'lab', username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } }, { token: api.adminToken });
  const repository = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  for (const device of lab.devices) {
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: device.name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [set.data!.createCredentialSet.id], repositoryId: repository.data!.createRepository.id, keepSecrets: device.name === 'sw-b' } },
      { token: api.adminToken },
    );
    expect(created.errors).toBeUndefined();
    deviceIds[device.name] = created.data!.createDevice.id;
  }
  await backUp(Object.values(deviceIds));
  await backUp(Object.values(deviceIds));
  viewer = await api.tokenFor('VIEWER');
}, 180_000);

afterAll(async () => {
  await api?.close();
  await lab?.close();
});

describe('diffBackups for the compare page', () => {
  it('numbers the volatile lines of each side, the ones change detection leaves out', async () => {
    const [newer, older] = await versions('sw-a');
    const result = await api.gql(`{ diffBackups(fromId: "${older.id}", toId: "${newer.id}") { ${diffFields} } }`, {}, { token: viewer });
    expect(result.errors).toBeUndefined();
    const diff = result.data!.diffBackups;
    const lines = (await content(older.id)).split('\n');
    const lastChange = lines.findIndex((line) => line.startsWith('! Last configuration change at ')) + 1;
    const nvram = lines.findIndex((line) => line.startsWith('! NVRAM config last updated at ')) + 1;
    expect(lastChange).toBeGreaterThan(0);
    expect(diff.fromVolatileLines).toEqual(expect.arrayContaining([lastChange, nvram]));
    expect(diff.toVolatileLines).toEqual(expect.arrayContaining([lastChange, nvram]));
    // Every volatile line is one of the platform's; the real change (rev 0 → rev 1) is not among them.
    for (const n of diff.fromVolatileLines) expect(lines[n - 1]).toMatch(/^(! Last configuration change|! NVRAM config|ntp clock-period)/);
    const rev = lines.findIndex((line) => / rev 0$/.test(line)) + 1;
    expect(rev).toBeGreaterThan(0);
    expect(diff.fromVolatileLines).not.toContain(rev);
    expect(diff.unified).toContain(`-! Last configuration change at`);
    expect(diff.fromLineCount).toBe(lines.length - 1);
    expect(diff.toLineCount).toBe((await content(newer.id)).split('\n').length - 1);
  });

  it('puts the older version left unless keepOrder keeps the order given', async () => {
    const [newer, older] = await versions('sw-a');
    const swapped = await api.gql(`{ diffBackups(fromId: "${newer.id}", toId: "${older.id}") { from { id } to { id } } }`, {}, { token: viewer });
    expect(swapped.data!.diffBackups).toEqual({ from: { id: older.id }, to: { id: newer.id } });
    const kept = await api.gql(`{ diffBackups(fromId: "${newer.id}", toId: "${older.id}", keepOrder: true) { from { id } to { id } unified } }`, {}, { token: viewer });
    expect(kept.data!.diffBackups).toMatchObject({ from: { id: newer.id }, to: { id: older.id } });
    expect(kept.data!.diffBackups.unified).toMatch(/^-.* rev 1$/m);
    expect(kept.data!.diffBackups.unified).toMatch(/^\+.* rev 0$/m);
  });

  it('compares two devices, and keeps the secrets of a device that stores them redacted', async () => {
    const [a] = await versions('sw-a');
    const [b] = await versions('sw-b');
    const result = await api.gql(`{ diffBackups(fromId: "${a.id}", toId: "${b.id}", keepOrder: true, context: 1000) { ${diffFields} } }`, {}, { token: viewer });
    expect(result.errors).toBeUndefined();
    const diff = result.data!.diffBackups;
    expect(diff.from.device.name).toBe('sw-a');
    expect(diff.to.device.name).toBe('sw-b');
    expect(diff.unified).toMatch(/^-hostname sw-a$/m);
    expect(diff.unified).toMatch(/^\+hostname sw-b$/m);
    expect(diff.toVolatileLines.length).toBeGreaterThan(0);
    expect(result.raw).toContain('<redacted:');
    expect(result.raw).not.toContain('$1$mERr$9cTjUIEqNGurQiFU.ZeCi1');
  });

  it('lists the artifacts a device has backups of', async () => {
    const result = await api.gql(`{ deviceArtifacts(deviceId: "${deviceIds['sw-a']}", textOnly: true) }`, {}, { token: viewer });
    expect(result.data!.deviceArtifacts).toEqual(['running-config', 'startup-config']);
    const bad = await api.gql(`{ deviceArtifacts(deviceId: "nope") }`, {}, { token: viewer });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const anonymous = await api.gql(`{ deviceArtifacts(deviceId: "${deviceIds['sw-a']}") }`);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
