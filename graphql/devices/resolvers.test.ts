import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let setA: string;
let setB: string;
beforeAll(async () => {
  api = await startTestApi();
  const a = await api.gql(`mutation { createCredentialSet(input: { name: "a", username: "u", password: "pw-a" }) { id } }`, {}, { token: api.adminToken });
  const b = await api.gql(`mutation { createCredentialSet(input: { name: "b", username: "u", password: "pw-b" }) { id } }`, {}, { token: api.adminToken });
  setA = a.data!.createCredentialSet.id;
  setB = b.data!.createCredentialSet.id;
});
afterAll(() => api?.close());

const fields = 'id name host port backupMethod backupMethodInfo { key isBinary } location tags enabled sshProfile keepSecrets options credentialSets { name } repository { name }';
const create = (input: Record<string, unknown>, token = api.adminToken) =>
  api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { ${fields} } }`, { input }, { token });
const deviceCount = async () => (await api.db.sql`select count(*)::int as n from devices`)[0].n as number;

describe('devices', () => {
  it('are created with ordered credential sets, read, updated and deleted', async () => {
    const created = await create({
      name: 'core-sw-01',
      host: '2001:db8::1',
      port: 2222,
      backupMethod: 'cisco-ios',
      credentialSetIds: [setB, setA],
      location: ' emea / ams1 /',
      tags: ['core', 'core', 'dc'],
      sshProfile: 'LEGACY',
    });
    expect(created.errors).toBeUndefined();
    const device = created.data!.createDevice;
    expect(device).toMatchObject({
      name: 'core-sw-01',
      host: '2001:db8::1',
      port: 2222,
      backupMethod: 'cisco-ios',
      backupMethodInfo: { key: 'cisco-ios', isBinary: false },
      location: 'emea/ams1',
      tags: ['core', 'dc'],
      enabled: true,
      sshProfile: 'LEGACY',
      keepSecrets: false,
      credentialSets: [{ name: 'b' }, { name: 'a' }],
      repository: null,
    });

    const updated = await api.gql(
      `mutation($id: ID!, $ids: [ID!]) { updateDevice(id: $id, input: { host: "core-sw-01.example.net", enabled: false, credentialSetIds: $ids }) { ${fields} } }`,
      { id: device.id, ids: [setA] },
      { token: api.adminToken },
    );
    expect(updated.data!.updateDevice).toMatchObject({ host: 'core-sw-01.example.net', enabled: false, port: 2222, credentialSets: [{ name: 'a' }] });

    const read = await api.gql(`{ device(id: "${device.id}") { name host } }`, {}, { token: api.adminToken });
    expect(read.data!.device).toEqual({ name: 'core-sw-01', host: 'core-sw-01.example.net' });

    const deleted = await api.gql(`mutation($id: ID!) { deleteDevice(id: $id) }`, { id: device.id }, { token: api.adminToken });
    expect(deleted.data).toEqual({ deleteDevice: true });
    const gone = await api.gql(`{ device(id: "${device.id}") { id } }`, {}, { token: api.adminToken });
    expect(gone.data).toEqual({ device: null });
  });

  it('reject bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    await create({ name: 'taken', host: '10.0.0.9', backupMethod: 'cisco-ios' });
    const before = await deviceCount();
    const audits = (await api.db.sql`select count(*)::int as n from audit_log`)[0].n;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x1', host: '999.1.1.1', backupMethod: 'cisco-ios' }, 'host'],
      [{ name: 'x2', host: 'bad host!', backupMethod: 'cisco-ios' }, 'host'],
      [{ name: 'x3', host: '10.0.0.1', port: 70000, backupMethod: 'cisco-ios' }, 'port'],
      [{ name: 'x4', host: '10.0.0.1', port: 0, backupMethod: 'cisco-ios' }, 'port'],
      [{ name: 'x5', host: '10.0.0.1', backupMethod: 'no-such-method' }, 'backupMethod'],
      [{ name: 'taken', host: '10.0.0.1', backupMethod: 'cisco-ios' }, 'name'],
      [{ name: '', host: '10.0.0.1', backupMethod: 'cisco-ios' }, 'name'],
      [{ name: 'x6', host: '10.0.0.1', backupMethod: 'cisco-ios', credentialSetIds: ['00000000-0000-4000-8000-000000000000'] }, 'credentialSetIds'],
      [{ name: 'x7', host: '10.0.0.1', backupMethod: 'cisco-ios', repositoryId: '00000000-0000-4000-8000-000000000000' }, 'repositoryId'],
    ];
    for (const [input, field] of cases) {
      const result = await create(input);
      expect(result.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toContain(field);
    }
    const missing = await api.gql(`mutation { createDevice(input: { name: "x8", backupMethod: "cisco-ios" }) { id } }`, {}, { token: api.adminToken });
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toContain('host');
    expect(await deviceCount()).toBe(before);
    expect((await api.db.sql`select count(*)::int as n from audit_log`)[0].n).toBe(audits);
  });

  it('are paginated with a total count, searched and filtered', async () => {
    for (let i = 1; i <= 7; i++) {
      await create({ name: `edge-${i}`, host: `192.0.2.${i}`, backupMethod: i % 2 ? 'cisco-ios' : 'linux', location: i < 4 ? 'apac/sin1' : 'emea/fra1', tags: i === 3 ? ['pci'] : [] });
    }
    const page = async (after?: string) =>
      (await api.gql(`query($after: String) { devices(first: 3, after: $after, search: "edge-") { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`, { after }, { token: api.adminToken })).data!.devices;
    const first = await page();
    expect(first.totalCount).toBe(7);
    expect(first.nodes.map((n: { name: string }) => n.name)).toEqual(['edge-1', 'edge-2', 'edge-3']);
    const second = await page(first.pageInfo.endCursor);
    expect(second.nodes.map((n: { name: string }) => n.name)).toEqual(['edge-4', 'edge-5', 'edge-6']);
    const third = await page(second.pageInfo.endCursor);
    expect(third.nodes.map((n: { name: string }) => n.name)).toEqual(['edge-7']);
    expect(third.pageInfo.hasNextPage).toBe(false);

    const filtered = await api.gql(`{ devices(filter: { backupMethod: "linux", location: "emea" }) { totalCount nodes { name } } }`, {}, { token: api.adminToken });
    expect(filtered.data!.devices.nodes.map((n: { name: string }) => n.name)).toEqual(['edge-4', 'edge-6']);
    const byTag = await api.gql(`{ devices(search: "pci") { nodes { name } } }`, {}, { token: api.adminToken });
    expect(byTag.data!.devices.nodes).toEqual([{ name: 'edge-3' }]);
    const sorted = await api.gql(`{ devices(first: 2, search: "edge", sort: { field: NAME, descending: true }) { nodes { name } } }`, {}, { token: api.adminToken });
    expect(sorted.data!.devices.nodes).toEqual([{ name: 'edge-7' }, { name: 'edge-6' }]);
  });

  it('import from CSV creates every row or none, with errors per row', async () => {
    const before = await deviceCount();
    const bad = [
      'name,host,port,backup_method,location,tags,credential_sets',
      'csv-1,10.1.0.1,22,cisco-ios,emea/ams1,core;dc,a;b',
      'csv-2,not a host,22,cisco-ios,,,',
      'csv-3,10.1.0.3,99999,cisco-ios,,,',
      'csv-4,10.1.0.4,22,cisco-ios,,,missing-set',
      'csv-5,999.1.1.1,70000,cisco-foo,,,',
    ].join('\n');
    const refused = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok devices { name } errors { row field message } } }`, { csv: bad }, { token: api.adminToken });
    expect(refused.data!.importDevices.ok).toBe(false);
    expect(refused.data!.importDevices.devices).toEqual([]);
    expect(refused.data!.importDevices.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'host'],
      [4, 'port'],
      [5, 'credentialSets'],
      [6, 'host'],
      [6, 'port'],
      [6, 'backupMethod'],
    ]);
    expect(refused.data!.importDevices.errors.filter((e: { row: number }) => e.row === 6).map((e: { message: string }) => e.message)).toEqual([
      'host: is not an IPv4 or IPv6 address or a DNS name',
      'port: must be between 1 and 65535',
      'backupMethod: "cisco-foo" is not a known backup method',
    ]);
    expect(await deviceCount()).toBe(before);

    const good = ['name,host,backup_method,location,tags,credential_sets', 'csv-1,10.1.0.1,cisco-ios,emea/ams1,core;dc,b;a', '"csv-2",10.1.0.2,linux,,,'].join('\r\n');
    const preview = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv, dryRun: true) { ok dryRun devices { name } } }`, { csv: good }, { token: api.adminToken });
    expect(preview.data!.importDevices).toEqual({ ok: true, dryRun: true, devices: [{ name: 'csv-1' }, { name: 'csv-2' }] });
    expect(await deviceCount()).toBe(before);
    const imported = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok devices { name tags credentialSets { name } } } }`, { csv: good }, { token: api.adminToken });
    expect(imported.data!.importDevices.devices[0]).toEqual({ name: 'csv-1', tags: ['core', 'dc'], credentialSets: [{ name: 'b' }, { name: 'a' }] });
    expect(await deviceCount()).toBe(before + 2);
  });

  it('an unknown id is NOT_FOUND and a malformed one is a clear input error', async () => {
    const missing = await api.gql(`mutation { deleteDevice(id: "00000000-0000-4000-8000-000000000000") }`, {}, { token: api.adminToken });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.gql(`mutation { updateDevice(id: "nope", input: { port: 23 }) { id } }`, {}, { token: api.adminToken });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
