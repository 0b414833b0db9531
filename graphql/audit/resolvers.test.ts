import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

interface Entry {
  action: string;
  actorName: string;
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  targetExists: boolean;
  details: Record<string, unknown>;
}

const logQuery = `query($filter: AuditFilter, $first: Int) {
  auditLog(first: $first, filter: $filter) { totalCount nodes { action actorName targetType targetId targetName targetExists details } }
}`;

async function log(filter: Record<string, unknown> = {}, first = 50) {
  const result = await api.gql<{ auditLog: { totalCount: number; nodes: Entry[] } }>(logQuery, { filter, first }, { token: api.adminToken });
  expect(result.errors).toBeUndefined();
  return result.data!.auditLog;
}

describe('the audit log', () => {
  it('records only the fields an update really changed, though the form sends them all', async () => {
    const created = await api.gql<{ createDevice: { id: string } }>(
      `mutation { createDevice(input: { name: "audit-sw1", host: "10.20.0.1", backupMethod: "cisco-ios", tags: ["dc1"], location: "dc1" }) { id } }`,
      {},
      { token: api.adminToken },
    );
    const id = created.data!.createDevice.id;
    const sameAsBefore = { name: 'audit-sw1', host: '10.20.0.1', port: 22, backupMethod: 'cisco-ios', location: 'dc1', enabled: true };
    const update = await api.gql(`mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { id } }`, { id, input: { ...sameAsBefore, tags: ['dc1', 'core'] } }, { token: api.adminToken });
    expect(update.errors).toBeUndefined();
    const [entry] = (await log({ action: 'update-device', targetId: id })).nodes;
    expect(entry.details.changed).toEqual(['tags']);
    expect(entry).toMatchObject({ targetType: 'device', targetName: 'audit-sw1', targetExists: true });
  });

  it('records nothing for an update that changes nothing', async () => {
    const input = { name: 'audit-same', host: '10.20.0.9', port: 22, backupMethod: 'cisco-ios', location: 'dc1', tags: ['dc1'], credentialSetIds: [], enabled: true };
    const created = await api.gql<{ createDevice: { id: string } }>(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, { input }, { token: api.adminToken });
    const id = created.data!.createDevice.id;
    const resent = await api.gql<{ updateDevice: { name: string; port: number } }>(
      `mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { name port } }`,
      { id, input },
      { token: api.adminToken },
    );
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.updateDevice).toEqual({ name: 'audit-same', port: 22 });
    expect((await log({ action: 'update-device', targetId: id })).totalCount).toBe(0);

    await api.gql(`mutation($id: ID!) { updateDevice(id: $id, input: { port: 2222 }) { id } }`, { id }, { token: api.adminToken });
    const entries = (await log({ action: 'update-device', targetId: id })).nodes;
    expect(entries.map((e) => e.details.changed)).toEqual([['port']]);
  });

  it('names each target as it is called now, and keeps the recorded name of one that is gone', async () => {
    const created = await api.gql<{ createDevice: { id: string } }>(`mutation { createDevice(input: { name: "audit-old-name", host: "10.20.0.2", backupMethod: "cisco-ios" }) { id } }`, {}, { token: api.adminToken });
    const id = created.data!.createDevice.id;
    await api.gql(`mutation($id: ID!) { updateDevice(id: $id, input: { name: "audit-new-name" }) { id } }`, { id }, { token: api.adminToken });
    const [createEntry] = (await log({ action: 'create-device', targetId: id })).nodes;
    expect(createEntry).toMatchObject({ targetName: 'audit-new-name', targetExists: true });

    await api.gql(`mutation($id: ID!) { deleteDevice(id: $id) }`, { id }, { token: api.adminToken });
    const gone = (await log({ targetId: id })).nodes;
    expect(gone.map((e) => e.action)).toEqual(['delete-device', 'update-device', 'create-device']);
    expect(gone.every((e) => !e.targetExists)).toBe(true);
    expect(gone[0].targetName).toBe('audit-new-name');
  });

  it('names a run that still exists by its id, so the log links to it instead of calling it gone', async () => {
    await api.gql(`mutation { createRepository(input: { name: "audit-configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
    const device = await api.gql<{ createDevice: { id: string } }>(`mutation { createDevice(input: { name: "audit-run-sw", host: "10.20.0.3", backupMethod: "cisco-ios" }) { id } }`, {}, { token: api.adminToken });
    const started = await api.gql<{ backupDevice: { id: string } }>(`mutation($id: ID!) { backupDevice(id: $id) { id } }`, { id: device.data!.createDevice.id }, { token: api.adminToken });
    expect(started.errors).toBeUndefined();
    const runId = started.data!.backupDevice.id;
    const [entry] = (await log({ targetId: runId })).nodes;
    expect(entry).toMatchObject({ action: 'start-run', targetType: 'run', targetName: runId.slice(0, 8), targetExists: true });
  });

  it('filters by who, action and target type, hides logins on request, and offers the values to filter by', async () => {
    await api.gql(`mutation { createUser(input: { username: "audit-op", password: "long-enough", role: OPERATOR }) { id } }`, {}, { token: api.adminToken });
    await api.gql(`mutation { login(username: "audit-op", password: "long-enough") { id } }`);
    const all = await log();
    expect(all.nodes.some((e) => e.action === 'login')).toBe(true);
    const withoutLogins = await log({ hideLogins: true });
    expect(withoutLogins.nodes.some((e) => e.action === 'login')).toBe(false);
    expect(withoutLogins.totalCount).toBeLessThan(all.totalCount);

    const logins = await log({ action: 'login', actorName: 'audit-op' });
    expect(logins.totalCount).toBe(1);
    expect(logins.nodes[0]).toMatchObject({ targetType: 'user', targetName: 'audit-op', targetExists: true });
    const devices = await log({ targetType: 'device' });
    expect(devices.nodes.length).toBeGreaterThan(0);
    expect(devices.nodes.every((e) => e.targetType === 'device')).toBe(true);

    const facets = await api.gql<{ auditFacets: { actors: string[]; actions: string[]; targetTypes: string[] } }>(`{ auditFacets { actors actions targetTypes } }`, {}, { token: api.adminToken });
    expect(facets.data!.auditFacets.actions).toEqual(expect.arrayContaining(['create-device', 'delete-device', 'login', 'update-device']));
    expect(facets.data!.auditFacets.actors).toEqual(expect.arrayContaining(['audit-op']));
    expect(facets.data!.auditFacets.targetTypes).toEqual(expect.arrayContaining(['device', 'user']));

    const viewer = await api.tokenFor('VIEWER');
    const refused = await api.gql(`{ auditFacets { actions } }`, {}, { token: viewer });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
