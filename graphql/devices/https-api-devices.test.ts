/**
 * A PAN-OS firewall backed up over its XML API through the whole path: an API key in a
 * credential set, the worker, the stored version, and the certificate pinned like a host key
 * (trusted on first use, TLS_CERT_CHANGED once it changes, backed up again once accepted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHttpsApiDevice, type HttpsApiLabDevice } from '../../lab/https-api-server.ts';
import { fixturesDir } from '../../lab/persona.ts';
import { certificateFingerprint } from '../../plugins/https-api/pin.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let firewall: HttpsApiLabDevice;
let operator: string;
let repositoryId: string;

const deviceFields = 'id hostKey hostKeyFingerprint pendingHostKeyFingerprint lastErrorCode backupMethodInfo { transport }';
const readDevice = async (id: string) => (await api.gql(`{ device(id: "${id}") { ${deviceFields} } }`, {}, { token: operator })).data!.device;

async function backUp(deviceId: string) {
  const started = await api.gql(`mutation($id: ID!) { backupDevice(id: $id) { id } }`, { id: deviceId }, { token: operator });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(
      `query($id: ID!) { run(id: $id) { status devices { status errorCode errorMessage credentialSet { name } } } }`,
      { id: started.data!.backupDevice.id },
      { token: operator },
    );
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run.devices[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const createSet = async (input: Record<string, unknown>) =>
  api.gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id hasPassword hasApiKey } }`, { input }, { token: api.adminToken });

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 2, timeouts: { connectMs: 5_000, commandMs: 5_000 } });
  firewall = await startHttpsApiDevice({ backupMethod: 'paloalto-panos-api', name: 'pa-edge-1', changeEvery: 1000 });
  operator = await api.tokenFor('OPERATOR');
  const repository = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  repositoryId = repository.data!.createRepository.id;
}, 60_000);

afterAll(async () => {
  await api?.close();
  await firewall?.close();
});

describe('HTTPS API devices', () => {
  test('a credential set holds an API key, sealed and never returned; it may be the only secret', async () => {
    const created = await createSet({ name: 'panorama api', username: 'api', apiKey: firewall.apiKey });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCredentialSet).toMatchObject({ hasPassword: false, hasApiKey: true });
    const [row] = await api.db.sql`select api_key_sealed from credential_sets where name = 'panorama api'`;
    expect(row.api_key_sealed).toBeTruthy();
    expect(row.api_key_sealed).not.toContain(firewall.apiKey);
    const listed = await api.gql(`{ credentialSets { name hasApiKey } }`, {}, { token: api.adminToken });
    expect(JSON.stringify(listed)).not.toContain(firewall.apiKey);

    const nothing = await createSet({ name: 'empty', username: 'api' });
    expect(nothing.errors?.[0].message).toContain('needs a password, a private key or an API key');
  });

  test('backed up over the XML API: redacted, the certificate pinned; a new certificate fails until accepted', async () => {
    const [{ id: setId }] = await api.db.sql`select id from credential_sets where name = 'panorama api'`;
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: firewall.name, host: firewall.host, port: firewall.port, backupMethod: 'paloalto-panos-api', credentialSetIds: [setId], repositoryId } },
      { token: operator },
    );
    expect(created.errors).toBeUndefined();
    const deviceId = created.data!.createDevice.id as string;

    expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED', credentialSet: { name: 'panorama api' } });
    const pinned = certificateFingerprint(firewall.certificatePin());
    expect(await readDevice(deviceId)).toMatchObject({
      hostKey: firewall.certificatePin(),
      hostKeyFingerprint: pinned,
      pendingHostKeyFingerprint: null,
      backupMethodInfo: { transport: 'https' },
    });

    const backups = await api.gql(`{ device(id: "${deviceId}") { backups { nodes { id artifact } } } }`, {}, { token: operator });
    const [stored] = backups.data!.device.backups.nodes;
    expect(stored.artifact).toBe('running-config.xml');
    const content = (await api.gql(`{ backupContent(id: "${stored.id}") { content } }`, {}, { token: operator })).data!.backupContent.content as string;
    expect(content).toContain('<phash><redacted:user-password></phash>');
    for (const secret of readFileSync(join(fixturesDir('paloalto-panos'), 'secrets.txt'), 'utf8').split('\n').filter(Boolean)) expect(content).not.toContain(secret);

    await firewall.rotateCertificate();
    const fetches = firewall.fetches();
    const refused = await backUp(deviceId);
    expect(refused).toMatchObject({ status: 'FAILED', errorCode: 'TLS_CERT_CHANGED' });
    expect(refused.errorMessage).toContain(certificateFingerprint(firewall.certificatePin()));
    expect(firewall.fetches()).toBe(fetches);
    expect(await readDevice(deviceId)).toMatchObject({
      hostKeyFingerprint: pinned,
      pendingHostKeyFingerprint: certificateFingerprint(firewall.certificatePin()),
      lastErrorCode: 'TLS_CERT_CHANGED',
    });

    const accepted = await api.gql(`mutation($id: ID!) { acceptHostKey(deviceId: $id) { ${deviceFields} } }`, { id: deviceId }, { token: operator });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptHostKey).toMatchObject({ hostKey: firewall.certificatePin(), pendingHostKeyFingerprint: null });
    const [audit] = await api.db.sql`select details from audit_log where action = 'accept-host-key' and target_id = ${deviceId}`;
    expect(audit.details).toEqual({ from: pinned, to: certificateFingerprint(firewall.certificatePin()) });

    expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED' });
    expect(firewall.fetches()).toBe(fetches + 1);
  });

  test('a wrong API key fails with AUTH_FAILED; the next credential set of the device is tried', async () => {
    const wrong = await createSet({ name: 'stale api', username: 'api', apiKey: 'LUFRPT1stale=' });
    const [{ id: rightId }] = await api.db.sql`select id from credential_sets where name = 'panorama api'`;
    const [{ id: deviceId }] = await api.db.sql`select id from devices where name = ${firewall.name}`;
    await api.gql(
      `mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { id } }`,
      { id: deviceId, input: { credentialSetIds: [wrong.data!.createCredentialSet.id] } },
      { token: operator },
    );
    const refusedBefore = firewall.refused();
    expect(await backUp(deviceId)).toMatchObject({ status: 'FAILED', errorCode: 'AUTH_FAILED' });
    expect(firewall.refused()).toBe(refusedBefore + 1);

    await api.gql(
      `mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { id } }`,
      { id: deviceId, input: { credentialSetIds: [wrong.data!.createCredentialSet.id, rightId] } },
      { token: operator },
    );
    expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED', credentialSet: { name: 'panorama api' } });
  });

  test('an API key can be cleared like any secret, as long as another secret remains', async () => {
    const [{ id }] = await api.db.sql`select id from credential_sets where name = 'stale api'`;
    const update = (input: Record<string, unknown>) =>
      api.gql(`mutation($id: ID!, $input: UpdateCredentialSetInput!) { updateCredentialSet(id: $id, input: $input) { hasPassword hasApiKey } }`, { id, input }, { token: api.adminToken });
    expect((await update({ apiKey: '' })).errors?.[0].message).toContain('needs a password, a private key or an API key');
    expect((await update({ password: 'pw', apiKey: '' })).data!.updateCredentialSet).toEqual({ hasPassword: true, hasApiKey: false });
  });
});
