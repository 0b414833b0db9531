/**
 * F4: an operator (who may not read secrets) must not obtain a credential set's secrets by
 * pointing a device at an SSH server of their own. The rogue server records everything it is sent.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostKeyFingerprint } from '../../db/devices/host-key.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startRogueServer, type RogueServer } from '../../lab/rogue-server.ts';
import { startTestApi, type TestApi } from '../testing.ts';

const canary = { password: 'TMCANARYpw-7Q3Z', enableSecret: 'TMCANARYen-7Q3Z' };
const decoy = { password: 'decoy-password', enableSecret: 'decoy-enable' };

/** A TCP front on 127.0.0.1 that forwards to one server, then another: an address taken over. */
interface Front {
  port: number;
  forwardTo(port: number): void;
  close(): Promise<void>;
}

async function startFront(targetPort: number): Promise<Front> {
  let target = targetPort;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    forwardTo: (port) => {
      target = port;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let api: TestApi;
let lab: Lab;
let rogue: RogueServer;
let front: Front;
let operator: string;
let repositoryId: string;
let canarySet: string;
let decoySet: string;

const createSet = async (input: Record<string, unknown>) => {
  const result = await api.gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, { input }, { token: api.adminToken });
  expect(result.errors).toBeUndefined();
  return result.data!.createCredentialSet.id as string;
};

const deviceFields = 'id host port hostKeyFingerprint pendingHostKeyFingerprint lastErrorCode';
const createDevice = (input: Record<string, unknown>, token = operator) =>
  api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { ${deviceFields} } }`, { input: { backupMethod: 'cisco-ios', repositoryId, ...input } }, { token });
const updateDevice = (id: string, input: Record<string, unknown>, token = operator) =>
  api.gql(`mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { ${deviceFields} } }`, { id, input }, { token });
const readDevice = async (id: string) => (await api.gql(`{ device(id: "${id}") { ${deviceFields} } }`, {}, { token: operator })).data!.device;
const acceptHostKey = (id: string, token = operator) => api.gql(`mutation($id: ID!) { acceptHostKey(deviceId: $id) { ${deviceFields} } }`, { id }, { token });

/** Backs the device up as the operator and waits for the run; returns the device's part. */
async function backUp(deviceId: string) {
  const started = await api.gql(`mutation($id: ID!) { backupDevice(id: $id) { id } }`, { id: deviceId }, { token: operator });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(
      `query($id: ID!) { run(id: $id) { status devices { status errorCode errorMessage credentialSet { name } stages { stage status credentialSet code message } } } }`,
      { id: started.data!.backupDevice.id },
      { token: operator },
    );
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run.devices[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Puts a device in the database behind the API's back, as a narrowed scope or a direct edit would leave it. */
async function insertDevice(name: string, port: number, credentialSetIds: string[]): Promise<string> {
  const [device] = await api.db.sql`insert into devices (name, host, port, backup_method, repository_id) values (${name}, '127.0.0.1', ${port}, 'cisco-ios', ${repositoryId}) returning id`;
  for (const [position, credentialSetId] of credentialSetIds.entries()) {
    await api.db.sql`insert into device_credential_sets (device_id, credential_set_id, position) values (${device.id}, ${credentialSetId}, ${position})`;
  }
  return device.id;
}

/** Everything the rogue server received, as one text to search for secrets. */
const capturedByRogue = () => JSON.stringify({ attempts: rogue.attempts(), enableSecrets: rogue.enableSecrets(), commands: rogue.commands() });

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 2, timeouts: { connectMs: 5_000, commandMs: 5_000 } });
  lab = await startLab({ devices: [{ platform: 'cisco-ios', name: 'core-1' }], password: canary.password, enableSecret: canary.enableSecret, changeEvery: 1000 });
  rogue = await startRogueServer();
  front = await startFront(lab.devices[0].port);
  operator = await api.tokenFor('OPERATOR');
  const repository = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  repositoryId = repository.data!.createRepository.id;
  // The admin allows the canary set on the front's address only: the real device is behind it.
  canarySet = await createSet({ name: 'canary', username: 'admin', ...canary, scope: { hosts: ['127.0.0.1'], ports: [front.port] } });
  decoySet = await createSet({ name: 'decoy', username: 'admin', ...decoy });
}, 60_000);
afterAll(async () => {
  await api?.close();
  await front?.close();
  await rogue?.close();
  await lab?.close();
});

describe('F4: credential set scope', () => {
  test('F4: the API shows each set scope, and unscoped sets as usable on any host; only admins set it', async () => {
    const listed = await api.gql(`{ credentialSets { name scoped scope { hosts tags ports } } }`, {}, { token: operator });
    expect(listed.data!.credentialSets).toEqual([
      { name: 'canary', scoped: true, scope: { hosts: ['127.0.0.1'], tags: [], ports: [front.port] } },
      { name: 'decoy', scoped: false, scope: { hosts: [], tags: [], ports: [] } },
    ]);
    const byOperator = await api.gql(`mutation($id: ID!) { updateCredentialSet(id: $id, input: { scope: null }) { scoped } }`, { id: canarySet }, { token: operator });
    expect(byOperator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(`mutation { createCredentialSet(input: { name: "x", username: "u", password: "p", scope: { hosts: ["10.0.0.0/33"] } }) { id } }`, {}, { token: api.adminToken });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.hosts.0' });
    const portsOnly = await api.gql(`mutation { createCredentialSet(input: { name: "x", username: "u", password: "p", scope: { ports: [22] } }) { id } }`, {}, { token: api.adminToken });
    expect(portsOnly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.ports' });
  });

  test('F4: an operator cannot create a device at their rogue server with a scoped set; one put there in the database is refused before any connection', async () => {
    const created = await createDevice({ name: 'rogue-a', host: '127.0.0.1', port: rogue.port, credentialSetIds: [canarySet] });
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credentialSetIds' });
    expect(created.errors?.[0].message).toContain('"canary" may not be used on 127.0.0.1 port ' + rogue.port);
    const imported = await api.gql(
      `mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row field message } } }`,
      { csv: `name,host,port,backup_method,credential_sets\nrogue-csv,127.0.0.1,${rogue.port},cisco-ios,canary` },
      { token: operator },
    );
    expect(imported.data!.importDevices).toMatchObject({ ok: false, errors: [{ row: 2, field: 'credentialSetIds', message: expect.stringContaining('"canary"') }] });
    expect((await api.db.sql`select count(*)::int as n from devices where name like 'rogue-%'`)[0].n).toBe(0);

    const deviceId = await insertDevice('rogue-db', rogue.port, [canarySet]);
    const outcome = await backUp(deviceId);
    expect(outcome).toMatchObject({ status: 'FAILED', errorCode: 'CREDENTIAL_OUT_OF_SCOPE', credentialSet: null });
    expect(outcome.errorMessage).toContain('"canary" may not be used on 127.0.0.1 port ' + rogue.port);
    expect(rogue.connections()).toBe(0);
    expect(capturedByRogue()).not.toContain(canary.password);
    expect(rogue.attempts()).toEqual([]);
    expect(rogue.enableSecrets()).toEqual([]);
  });

  test('F4: a set out of scope is never tried; the next set of the device is', async () => {
    const deviceId = await insertDevice('rogue-two-sets', rogue.port, [canarySet, decoySet]);
    const outcome = await backUp(deviceId);
    expect(outcome).toMatchObject({ status: 'SUCCEEDED', credentialSet: { name: 'decoy' } });
    expect(outcome.stages).toContainEqual(expect.objectContaining({ stage: 'resolve', status: 'skipped', credentialSet: 'canary', code: 'CREDENTIAL_OUT_OF_SCOPE' }));
    // The rogue server was reached and records what it is sent: the decoy set, never the canary.
    expect(rogue.attempts()).toContainEqual(expect.objectContaining({ method: 'password', password: decoy.password }));
    expect(rogue.enableSecrets()).toEqual([decoy.enableSecret]);
    expect(capturedByRogue()).not.toContain(canary.password);
    expect(capturedByRogue()).not.toContain(canary.enableSecret);
  });

  test('F4: moving an in-scope device to the rogue server is refused; when its address answers with another key, an operator cannot accept it and the rogue server receives nothing', async () => {
    const created = await createDevice({ name: 'core-1', host: '127.0.0.1', port: front.port, credentialSetIds: [canarySet] });
    expect(created.errors).toBeUndefined();
    const deviceId = created.data!.createDevice.id;
    expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED', credentialSet: { name: 'canary' } });
    const genuine = hostKeyFingerprint(lab.devices[0].hostKey);
    expect((await readDevice(deviceId)).hostKeyFingerprint).toBe(genuine);
    const before = rogue.attempts().length;

    const moved = await updateDevice(deviceId, { port: rogue.port });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credentialSetIds' });
    expect(moved.errors?.[0].message).toContain('"canary"');
    expect(await readDevice(deviceId)).toMatchObject({ port: front.port, hostKeyFingerprint: genuine });

    // The device's address now answers from the rogue server.
    front.forwardTo(rogue.port);
    const connectionsBefore = rogue.connections();
    expect(await backUp(deviceId)).toMatchObject({ status: 'FAILED', errorCode: 'HOST_KEY_CHANGED' });
    expect(rogue.connections()).toBeGreaterThan(connectionsBefore);
    expect(await readDevice(deviceId)).toMatchObject({ hostKeyFingerprint: genuine, pendingHostKeyFingerprint: hostKeyFingerprint(rogue.hostKey) });

    const accepted = await acceptHostKey(deviceId);
    expect(accepted.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(accepted.errors?.[0].message).toContain('"canary"');
    expect(accepted.errors?.[0].message).toContain('an admin must confirm');
    expect(await readDevice(deviceId)).toMatchObject({ hostKeyFingerprint: genuine, pendingHostKeyFingerprint: hostKeyFingerprint(rogue.hostKey) });

    expect(await backUp(deviceId)).toMatchObject({ status: 'FAILED', errorCode: 'HOST_KEY_CHANGED' });
    expect(rogue.attempts().length).toBe(before);
    expect(capturedByRogue()).not.toContain(canary.password);
    expect(capturedByRogue()).not.toContain(canary.enableSecret);
  });

  test('F4: an operator still accepts a changed host key for a device whose sets are all unscoped', async () => {
    const created = await createDevice({ name: 'edge-unscoped', host: '192.0.2.10', credentialSetIds: [decoySet] });
    expect(created.errors).toBeUndefined();
    const deviceId = created.data!.createDevice.id;
    await api.db.sql`update devices set host_key = ${lab.devices[0].hostKey}, pending_host_key = ${rogue.hostKey} where id = ${deviceId}`;
    const accepted = await acceptHostKey(deviceId);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptHostKey).toMatchObject({ hostKeyFingerprint: hostKeyFingerprint(rogue.hostKey), pendingHostKeyFingerprint: null });
  });

  test('F4: once an admin widens the scope, the move is accepted, the trusted host key is forgotten and the new address trusted on first use', async () => {
    const [{ id: deviceId }] = await api.db.sql`select id from devices where name = 'core-1'`;
    const widened = await api.gql(
      `mutation($id: ID!, $input: UpdateCredentialSetInput!) { updateCredentialSet(id: $id, input: $input) { scoped scope { hosts ports } } }`,
      { id: canarySet, input: { scope: { hosts: ['127.0.0.1'], ports: [front.port, rogue.port] } } },
      { token: api.adminToken },
    );
    expect(widened.data!.updateCredentialSet).toEqual({ scoped: true, scope: { hosts: ['127.0.0.1'], ports: [front.port, rogue.port] } });

    const moved = await updateDevice(deviceId, { port: rogue.port });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateDevice).toMatchObject({ port: rogue.port, hostKeyFingerprint: null, pendingHostKeyFingerprint: null });
    const [audit] = await api.db.sql`select details from audit_log where action = 'update-device' and target_id = ${deviceId} order by id desc limit 1`;
    expect(audit.details.hostKeyCleared).toBe(hostKeyFingerprint(lab.devices[0].hostKey));

    // The admin chose to trust that server: it now receives the set, which shows the recording works.
    expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED', credentialSet: { name: 'canary' } });
    expect((await readDevice(deviceId)).hostKeyFingerprint).toBe(hostKeyFingerprint(rogue.hostKey));
    expect(rogue.attempts()).toContainEqual(expect.objectContaining({ method: 'password', password: canary.password }));
    expect(rogue.enableSecrets()).toContain(canary.enableSecret);
  });

  test('F4: an admin may accept a changed host key for a device using a scoped set', async () => {
    const [{ id: deviceId }] = await api.db.sql`select id from devices where name = 'core-1'`;
    await api.db.sql`update devices set pending_host_key = ${lab.devices[0].hostKey} where id = ${deviceId}`;
    expect((await acceptHostKey(deviceId)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const accepted = await acceptHostKey(deviceId, api.adminToken);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptHostKey).toMatchObject({ hostKeyFingerprint: hostKeyFingerprint(lab.devices[0].hostKey), pendingHostKeyFingerprint: null });
  });
});
