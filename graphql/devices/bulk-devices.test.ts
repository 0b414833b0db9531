import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let operator: string;
let viewer: string;
let openSet: string;
let labSet: string;
let repository: string;
beforeAll(async () => {
  api = await startTestApi();
  operator = await api.tokenFor('OPERATOR');
  viewer = await api.tokenFor('VIEWER');
  const createSet = async (input: Record<string, unknown>) =>
    (await api.gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, { input }, { token: api.adminToken })).data!.createCredentialSet.id as string;
  openSet = await createSet({ name: 'open;one', username: 'u', password: 'pw-open' });
  labSet = await createSet({ name: 'lab', username: 'u', password: 'pw-lab', scope: { hosts: ['10.1.0.0/16'] } });
  const repo = await api.gql(`mutation { createRepository(input: { name: "main", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  repository = repo.data!.createRepository.id;
});
afterAll(() => api?.close());

const names = async (where = 'true') => (await api.db.sql.unsafe(`select name from devices where ${where} order by name`)).map((r) => r.name as string);

async function createDevices(devices: Record<string, unknown>[]) {
  for (const input of devices) {
    const created = await api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, { input }, { token: api.adminToken });
    expect(created.errors).toBeUndefined();
  }
}

const bulkUpdate = (selection: Record<string, unknown>, change: Record<string, unknown>, token = operator) =>
  api.gql(`mutation($s: DeviceSelectionInput!, $c: BulkDeviceChangeInput!) { bulkUpdateDevices(selection: $s, change: $c) { count } }`, { s: selection, c: change }, { token });

beforeEach(async () => {
  await api.db.sql`delete from devices`;
  await api.db.sql`delete from inventory_sources`;
  await createDevices([
    { name: 'core-01', host: '10.1.0.1', backupMethod: 'cisco-ios', location: 'emea/ams1', tags: ['core', 'fault:slow-login'], credentialSetIds: [labSet] },
    { name: 'core-02', host: '10.1.0.2', backupMethod: 'cisco-ios', location: 'emea/ams1', tags: ['core'], credentialSetIds: [labSet] },
    { name: 'edge-01', host: '192.0.2.1', backupMethod: 'arista-eos', location: 'amer/nyc1', tags: ['edge'] },
    { name: 'edge-02', host: '192.0.2.2', backupMethod: 'arista-eos', location: 'amer/nyc1', tags: ['edge', 'lab'], enabled: false },
  ]);
});

describe('device search', () => {
  it('matches tags by substring, case-insensitively, without matching across two tags', async () => {
    const search = async (term: string) =>
      (await api.gql(`query($q: String) { devices(search: $q) { totalCount nodes { name } } }`, { q: term }, { token: viewer })).data!.devices.nodes.map((n: { name: string }) => n.name);
    expect(await search('fault')).toEqual(['core-01']);
    expect(await search('SLOW-LOG')).toEqual(['core-01']);
    expect(await search('dg')).toEqual(['edge-01', 'edge-02']);
    // "core" and "fault:slow-login" are one tag after the other; "e\nf" must not join them.
    expect(await search('e\nfault')).toEqual([]);
    expect(await search('100%')).toEqual([]);
  });

  it('pages by offset and filters stale devices as the dashboard counts them', async () => {
    await api.db.sql`update devices set last_success_at = now() - interval '2 hours' where name = 'core-01'`;
    await api.db.sql`update devices set last_success_at = now() - interval '30 hours' where name = 'core-02'`;
    const page = await api.gql(`{ devices(first: 2, offset: 2) { nodes { name } pageInfo { hasNextPage } } }`, {}, { token: viewer });
    expect(page.data!.devices).toEqual({ nodes: [{ name: 'edge-01' }, { name: 'edge-02' }], pageInfo: { hasNextPage: false } });
    const stale = async (hours?: number) =>
      (await api.gql(`query($f: DeviceFilter) { devices(filter: $f) { nodes { name } } }`, { f: { stale: true, ...(hours ? { staleHours: hours } : {}) } }, { token: viewer })).data!.devices.nodes.map(
        (n: { name: string }) => n.name,
      );
    // edge-02 is disabled, so not stale; edge-01 never succeeded.
    expect(await stale()).toEqual(['core-02', 'edge-01']);
    expect(await stale(1)).toEqual(['core-01', 'core-02', 'edge-01']);
    const bad = await api.gql(`{ devices(filter: { stale: true, staleHours: 0 }) { totalCount } }`, {}, { token: viewer });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.staleHours' });
    const ids = await api.gql(`{ deviceIds(search: "core") }`, {}, { token: viewer });
    expect(ids.data!.deviceIds).toHaveLength(2);
  });
});

describe('bulkUpdateDevices', () => {
  it('changes every device a filter and search match, in one statement, audited once', async () => {
    const result = await bulkUpdate({ filter: { location: 'amer' }, search: 'edge' }, { enabled: false, addTags: ['review', 'edge'], removeTags: ['lab'], location: 'amer/bos1', repositoryId: repository });
    expect(result.errors).toBeUndefined();
    expect(result.data!.bulkUpdateDevices).toEqual({ count: 2 });
    const rows = await api.db.sql`select name, enabled, tags, location, repository_id from devices order by name`;
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { name: 'core-01', enabled: true, tags: ['core', 'fault:slow-login'], location: 'emea/ams1', repository_id: null },
      { name: 'core-02', enabled: true, tags: ['core'], location: 'emea/ams1', repository_id: null },
      { name: 'edge-01', enabled: false, tags: ['edge', 'review'], location: 'amer/bos1', repository_id: repository },
      { name: 'edge-02', enabled: false, tags: ['edge', 'review'], location: 'amer/bos1', repository_id: repository },
    ]);
    const audit = await api.db.sql`select action, target_type, details from audit_log where action = 'bulk-update-devices'`;
    expect(audit).toHaveLength(1);
    const edgeIds = (await api.db.sql`select id from devices where name like 'edge-%' order by name`).map((r) => r.id);
    expect(audit[0].details).toMatchObject({ count: 2, change: { enabled: false, location: 'amer/bos1' } });
    expect(audit[0].details.deviceIds).toEqual(edgeIds);

    const cleared = await bulkUpdate({ ids: edgeIds }, { repositoryId: null });
    expect(cleared.data!.bulkUpdateDevices.count).toBe(2);
    expect(await names('repository_id is not null')).toEqual([]);
  });

  it('an empty filter selects every device; ids that are gone refuse the change', async () => {
    expect((await bulkUpdate({ filter: {} }, { enabled: false })).data!.bulkUpdateDevices.count).toBe(4);
    expect(await names('enabled')).toEqual([]);
    const gone = await bulkUpdate({ ids: ['00000000-0000-4000-8000-000000000000'] }, { enabled: true });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const both = await bulkUpdate({ ids: [], filter: {} }, { enabled: true });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'selection' });
    const nothing = await bulkUpdate({ filter: {} }, {});
    expect(nothing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'change' });
    const badTag = await bulkUpdate({ filter: {} }, { addTags: ['no spaces'] });
    expect(badTag.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'change.addTags.0' });
    expect(await names('enabled')).toEqual([]);
  });

  it('refuses the whole change, naming the devices, when a credential set would leave its scope', async () => {
    const all = await bulkUpdate({ filter: {} }, { credentialSetIds: [labSet, openSet] });
    expect(all.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'change.credentialSetIds', details: { reason: 'CREDENTIAL_OUT_OF_SCOPE' } });
    expect(all.errors?.[0].message).toContain('2 of the selected devices');
    expect(all.errors?.[0].message).toContain('edge-01 (lab)');
    expect(all.errors?.[0].message).toContain('edge-02 (lab)');
    const sets = await api.db.sql`select d.name, count(s.*)::int as n from devices d left join device_credential_sets s on s.device_id = d.id group by d.name order by d.name`;
    expect(sets.map((r) => r.n)).toEqual([1, 1, 0, 0]);

    const core = await bulkUpdate({ search: 'core' }, { credentialSetIds: [openSet, labSet] });
    expect(core.data!.bulkUpdateDevices.count).toBe(2);
    const order = await api.db.sql`select s.credential_set_id, s.position from device_credential_sets s join devices d on d.id = s.device_id where d.name = 'core-02' order by s.position`;
    expect(order.map((r) => r.credential_set_id)).toEqual([openSet, labSet]);
  });

  it('refuses to change a field an inventory source owns on any selected device', async () => {
    const [source] = await api.db.sql`insert into inventory_sources (name, kind, url, token_sealed) values ('netbox', 'netbox', 'https://netbox.example.net', 'x') returning id`;
    await api.db.sql`update devices set source_id = ${source.id}, source_device_id = name where name = 'edge-01'`;
    const tags = await bulkUpdate({ filter: {} }, { addTags: ['review'] });
    expect(tags.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'change.tags', details: { reason: 'SYNCED_FIELD', devices: ['edge-01'] } });
    expect(tags.errors?.[0].message).toContain('"netbox"');
    expect(await names(`'review' = any(tags)`)).toEqual([]);
    // Fields the source does not own still change, on every device.
    expect((await bulkUpdate({ filter: {} }, { enabled: false })).data!.bulkUpdateDevices.count).toBe(4);
  });

  it('is for operators', async () => {
    const result = await bulkUpdate({ filter: {} }, { enabled: false }, viewer);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await names('not enabled')).toEqual(['edge-02']);
  });
});

describe('bulkDeleteDevices', () => {
  it('deletes the selection in one transaction, audited once with the count and names', async () => {
    const ids = (await api.db.sql`select id from devices where name like 'core-%'`).map((r) => r.id);
    const result = await api.gql(`mutation($s: DeviceSelectionInput!) { bulkDeleteDevices(selection: $s) { count } }`, { s: { ids } }, { token: operator });
    expect(result.data!.bulkDeleteDevices).toEqual({ count: 2 });
    expect(await names()).toEqual(['edge-01', 'edge-02']);
    const [audit] = await api.db.sql`select details from audit_log where action = 'bulk-delete-devices'`;
    expect(audit.details).toMatchObject({ count: 2, names: ['core-01', 'core-02'] });
    const all = await api.gql(`mutation { bulkDeleteDevices(selection: { filter: { tag: "edge" } }) { count } }`, {}, { token: operator });
    expect(all.data!.bulkDeleteDevices.count).toBe(2);
    expect(await names()).toEqual([]);
  });
});

describe('GET /api/devices.csv', () => {
  const download = (query: string, token: string | null = viewer) => fetch(`${api.url}/api/devices.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('exports what the list selects, and importDevices reads it back as it was', async () => {
    await bulkUpdate({ search: 'edge-01' }, { repositoryId: repository, credentialSetIds: [openSet] });
    await api.db.sql`update devices set prompt = '^[a-z,]+"#$', port = 2222, ssh_profile = 'legacy', keep_secrets = true,
      model = 'DCS-7050SX3-48YC8', variables = '{"site_code": "NYC1", "rack": "R 12=a"}' where name = 'edge-01'`;
    const columns = 'name, host, port, backup_method, location, tags, model, variables, enabled, repository_id, ssh_profile, keep_secrets, prompt';
    const before = await api.db.sql.unsafe(`select ${columns} from devices order by name`);
    const setsBefore = await api.db.sql`select d.name, s.credential_set_id, s.position from device_credential_sets s join devices d on d.id = s.device_id order by 1, 3`;

    const response = await download('');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tidemark-devices-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await response.text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,host,port,backup_method,location,tags,model,variables,credential_sets,enabled,repository,ssh_profile,keep_secrets,prompt');
    expect(lines[1]).toBe('core-01,10.1.0.1,22,cisco-ios,emea/ams1,core;fault:slow-login,,,lab,true,,modern,false,');
    expect(lines[3]).toBe('edge-01,192.0.2.1,2222,arista-eos,amer/nyc1,edge,DCS-7050SX3-48YC8,rack=R 12=a;site_code=NYC1,open;one,true,main,legacy,true,"^[a-z,]+""#$"');
    expect(csv).not.toContain('pw-');

    await api.db.sql`delete from devices`;
    const imported = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row field message } } }`, { csv }, { token: operator });
    // The credential set "open;one" has the import's list separator in its name.
    expect(imported.data!.importDevices.errors).toEqual([{ row: 4, field: 'credentialSets', message: 'credentialSets: no credential sets named "open", "one"' }]);
    const oneMissing = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row field message } } }`, { csv: csv.replace('open;one', 'lab;gone') }, { token: operator });
    expect(oneMissing.data!.importDevices.errors).toEqual([{ row: 4, field: 'credentialSets', message: 'credentialSets: no credential set named "gone"' }]);
    await api.gql(`mutation($id: ID!) { updateCredentialSet(id: $id, input: { name: "open-one" }) { id } }`, { id: openSet }, { token: api.adminToken });
    const again = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { message } } }`, { csv: csv.replace('open;one', 'open-one') }, { token: operator });
    expect(again.data!.importDevices).toEqual({ ok: true, errors: [] });
    expect(await api.db.sql.unsafe(`select ${columns} from devices order by name`)).toEqual(before);
    const setsAfter = await api.db.sql`select d.name, s.credential_set_id, s.position from device_credential_sets s join devices d on d.id = s.device_id order by 1, 3`;
    expect(setsAfter).toEqual(setsBefore);
  });

  it('takes the list address parameters or ids, and refuses callers without a login', async () => {
    const lines = async (query: string) => (await (await download(query)).text()).trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(await lines('?q=fault')).toEqual(['core-01']);
    expect(await lines('?state=disabled')).toEqual(['edge-02']);
    expect(await lines('?status=stale')).toEqual(['core-01', 'core-02', 'edge-01']);
    expect(await lines('?method=arista-eos&tag=lab')).toEqual(['edge-02']);
    const [edge] = await api.db.sql`select id from devices where name = 'edge-01'`;
    expect(await lines(`?ids=${edge.id}`)).toEqual(['edge-01']);
    expect((await download('?ids=nope')).status).toBe(400);
    expect((await download('', null)).status).toBe(401);
  });

  it('streams a fleet larger than one read', async () => {
    await api.db.sql`insert into devices (name, host, backup_method) select format('bulk-%s', lpad(i::text, 5, '0')), '10.9.0.1', 'cisco-ios' from generate_series(1, 2500) as i`;
    const csv = await (await download('?q=bulk-')).text();
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(2501);
    expect(rows[1].startsWith('bulk-00001,')).toBe(true);
    expect(rows[2500].startsWith('bulk-02500,')).toBe(true);
  });
});
