/**
 * Test connection and platform detection through the API, run by the web process against lab
 * devices: what they show, what they store (the host key, as a backup would) and what never
 * leaves (credentials, the raw host key).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab, type LabDevice } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let operator: string;
let credentialSetId: string;
let wrongSetId: string;

const labDevice = (name: string): LabDevice => lab.devices.find((device) => device.name === name)!;

const connectionFields = `ok code message reached authenticated credentialSet hostKeyFingerprint hostKeyStatus prompt privileged banner elapsedMs configuredPlatform
  detection { recognised platform backupMethod evidence reason candidates answers }`;

async function createDevice(name: string, backupMethod: string, setIds: string[], target = labDevice(name)): Promise<string> {
  const created = await api.gql(
    `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
    { input: { name, host: target.host, port: target.port, backupMethod, credentialSetIds: setIds } },
    { token: api.adminToken },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createDevice.id;
}

async function testConnection(id: string, token = operator) {
  return api.gql(`mutation($id: ID!) { testDeviceConnection(id: $id) { ${connectionFields} } }`, { id }, { token });
}

beforeAll(async () => {
  [api, lab] = await Promise.all([
    startTestApi(),
    startLab({
      devices: [
        { name: 'core-ios', platform: 'cisco-ios' },
        { name: 'edge-vyos', platform: 'vyos' },
        { name: 'moved', platform: 'cisco-ios' },
      ],
    }),
  ]);
  operator = await api.tokenFor('OPERATOR');
  const create = async (name: string, password: string) =>
    (
      await api.gql(
        `mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`,
        { input: { name, username: 'admin', password, enableSecret: 'lab-enable' } },
        { token: api.adminToken },
      )
    ).data!.createCredentialSet.id as string;
  wrongSetId = await create('stale', 'not-the-password');
  credentialSetId = await create('lab', 'lab-password');
});

afterAll(async () => {
  await lab?.close();
  await api?.close();
});

describe('testDeviceConnection', () => {
  it('logs in, trusts the first host key like a backup, shows the prompt and the detected platform', async () => {
    const id = await createDevice('core-ios', 'cisco-ios', [wrongSetId, credentialSetId]);
    const result = await testConnection(id);
    expect(result.errors).toBeUndefined();
    const test = result.data!.testDeviceConnection;
    expect(test).toMatchObject({
      ok: true,
      code: null,
      reached: true,
      authenticated: true,
      credentialSet: 'lab',
      hostKeyStatus: 'TRUSTED_NOW',
      prompt: 'core-ios>',
      privileged: false,
      configuredPlatform: 'cisco-ios',
      detection: { recognised: true, platform: 'cisco-ios', backupMethod: 'cisco-ios' },
    });
    expect(test.banner).toContain('Authorized access only');
    expect(test.detection.evidence).toContain('Cisco IOS XE Software');
    expect(test.hostKeyFingerprint).toMatch(/^SHA256:/);
    expect(result.raw).not.toContain('lab-password');
    expect(result.raw).not.toContain(labDevice('core-ios').hostKey.split(' ')[1]);

    const [device] = await api.db.sql<{ host_key: string }[]>`select host_key from devices where id = ${id}`;
    expect(device.host_key).toBe(labDevice('core-ios').hostKey);
    expect((await testConnection(id)).data!.testDeviceConnection.hostKeyStatus).toBe('MATCHES');
    expect(labDevice('core-ios').fetches()).toBe(0);

    const audit = await api.db.sql<{ action: string; details: Record<string, unknown> }[]>`
      select action, details from audit_log where action = 'test-device-connection' and target_id = ${id}`;
    expect(audit).toHaveLength(2);
    expect(audit[0].details).toMatchObject({ ok: true, detectedPlatform: 'cisco-ios' });
  });

  it('shows a detected platform that differs from the configured one', async () => {
    const id = await createDevice('edge-vyos', 'cisco-ios', [credentialSetId]);
    const test = (await testConnection(id)).data!.testDeviceConnection;
    expect(test.configuredPlatform).toBe('cisco-ios');
    expect(test.detection).toMatchObject({ recognised: true, platform: 'vyos', backupMethod: 'vyos' });
  });

  it('a changed host key fails with HOST_KEY_CHANGED and waits as the pending key', async () => {
    const id = await createDevice('moved', 'cisco-ios', [credentialSetId]);
    await api.db.sql`update devices set host_key = ${labDevice('core-ios').hostKey} where id = ${id}`;
    const test = (await testConnection(id)).data!.testDeviceConnection;
    expect(test).toMatchObject({ ok: false, code: 'HOST_KEY_CHANGED', reached: true, authenticated: false, hostKeyStatus: 'CHANGED', detection: null });
    const [device] = await api.db.sql<{ host_key: string; pending_host_key: string }[]>`select host_key, pending_host_key from devices where id = ${id}`;
    expect(device).toEqual({ host_key: labDevice('core-ios').hostKey, pending_host_key: labDevice('moved').hostKey });
  });

  it('wrong credentials are AUTH_FAILED after every set was tried', async () => {
    const id = await createDevice('wrong-login', 'cisco-ios', [wrongSetId], labDevice('core-ios'));
    const test = (await testConnection(id)).data!.testDeviceConnection;
    expect(test).toMatchObject({ ok: false, code: 'AUTH_FAILED', reached: true, authenticated: false });
  });

  it('a viewer may not test', async () => {
    const viewer = await api.tokenFor('VIEWER');
    const [device] = await api.db.sql<{ id: string }[]>`select id from devices limit 1`;
    expect((await testConnection(device.id, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('detectPlatform', () => {
  const detect = (input: Record<string, unknown>) =>
    api.gql(`mutation($input: DetectPlatformInput!) { detectPlatform(input: $input) { ${connectionFields} } }`, { input }, { token: operator });

  it('recognises an address that is not a device yet, and stores nothing about it', async () => {
    const target = labDevice('edge-vyos');
    const result = await detect({ host: target.host, port: target.port, credentialSetIds: [credentialSetId] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.detectPlatform).toMatchObject({ ok: true, hostKeyStatus: 'NOT_RECORDED', configuredPlatform: null, detection: { platform: 'vyos', backupMethod: 'vyos' } });
    expect(result.data!.detectPlatform.detection.evidence).toMatch(/VyOS/);
  });

  it('refuses a credential set scoped elsewhere before connecting', async () => {
    const scoped = await api.gql(
      `mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`,
      { input: { name: 'branch only', username: 'admin', password: 'lab-password', scope: { hosts: ['10.99.0.0/16'] } } },
      { token: api.adminToken },
    );
    expect(scoped.errors).toBeUndefined();
    const sessionsBefore = labDevice('edge-vyos').sessions();
    const result = await detect({ host: '127.0.0.1', port: labDevice('edge-vyos').port, credentialSetIds: [scoped.data!.createCredentialSet.id] });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(labDevice('edge-vyos').sessions()).toBe(sessionsBefore);
  });

  it('a closed port is UNREACHABLE, as a result and not an error', async () => {
    const result = await detect({ host: '127.0.0.1', port: 1, credentialSetIds: [credentialSetId] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.detectPlatform).toMatchObject({ ok: false, code: 'UNREACHABLE', reached: false, authenticated: false });
  });
});

describe('importDevices with backup_method detect', () => {
  const importCsv = (csv: string, dryRun: boolean) =>
    api.gql(
      `mutation($csv: String!, $dryRun: Boolean!) { importDevices(csv: $csv, dryRun: $dryRun) { ok errors { row field message } devices { name backupMethod } detections { row name backupMethod platform message } } }`,
      { csv, dryRun },
      { token: operator },
    );

  it('picks each row’s backup method by logging in, and says why a row got none', async () => {
    const vyos = labDevice('edge-vyos');
    const ios = labDevice('core-ios');
    const csv = [
      'name,host,port,backup_method,credential_sets',
      `imported-vyos,${vyos.host},${vyos.port},detect,lab`,
      `imported-ios,${ios.host},${ios.port},DETECT,stale;lab`,
      `no-login,${ios.host},${ios.port},detect,`,
    ].join('\n');
    const preview = await importCsv(csv, true);
    expect(preview.errors).toBeUndefined();
    const result = preview.data!.importDevices;
    expect(result.ok).toBe(false);
    expect(result.detections).toMatchObject([
      { row: 2, name: 'imported-vyos', backupMethod: 'vyos', platform: 'vyos' },
      { row: 3, name: 'imported-ios', backupMethod: 'cisco-ios', platform: 'cisco-ios' },
      { row: 4, name: 'no-login', backupMethod: null, platform: null, message: expect.stringContaining('needs credential_sets') },
    ]);
    expect(result.detections[0].message).toContain('VyOS');
    expect(result.errors).toEqual([{ row: 4, field: 'backupMethod', message: expect.stringContaining('detect found no backup method') }]);

    const imported = await importCsv(csv.split('\n').slice(0, 3).join('\n'), false);
    expect(imported.data!.importDevices.ok).toBe(true);
    expect(imported.data!.importDevices.devices).toEqual([
      { name: 'imported-vyos', backupMethod: 'vyos' },
      { name: 'imported-ios', backupMethod: 'cisco-ios' },
    ]);
  });
});
