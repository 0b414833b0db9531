import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../db/context.ts';
import { startDueSyncs } from '../../db/inventory-sources/start-due-syncs.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startFakeNautobot, type FakeNautobot } from '../../lab/nautobot-server.ts';
import { startFakeNetbox, type FakeNetbox } from '../../lab/netbox-server.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let nautobot: FakeNautobot;
let netbox: FakeNetbox;
let lab: Lab;
let labSet: string;
let repositoryId: string;

const sourceFields = `id name kind url hasToken verifyTls filter platformMap orphanPolicy writeBackField writeBackFormat syncCron syncTimeZone
  nextSyncAt deviceCount credentialSet { name } lastSync { id status }`;
const syncFields = `id dryRun status readCount errorCode error durationMs
  counts { create update unchanged disable delete keep conflicts }
  created { name host backupMethod location } updated { name changes { field from to } }
  orphans { name action } conflicts { sourceDeviceId name code message }`;

interface SyncView {
  id: string;
  status: string;
  dryRun: boolean;
  readCount: number;
  errorCode: string | null;
  error: string | null;
  counts: Record<string, number> | null;
  created: { name: string; host: string; backupMethod: string; location: string }[];
  updated: { name: string; changes: { field: string; from: string; to: string }[] }[];
  orphans: { name: string; action: string }[];
  conflicts: { sourceDeviceId: string; name: string; code: string; message: string }[];
}

async function gqlOk<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = api.adminToken): Promise<T> {
  const result = await api.gql<T>(query, variables, { token });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function createSource(input: Record<string, unknown>): Promise<{ id: string; [key: string]: unknown }> {
  const data = await gqlOk(`mutation($input: CreateInventorySourceInput!) { createInventorySource(input: $input) { ${sourceFields} } }`, { input });
  return data.createInventorySource;
}

async function updateSource(id: string, input: Record<string, unknown>) {
  return (await gqlOk(`mutation($id: ID!, $input: UpdateInventorySourceInput!) { updateInventorySource(id: $id, input: $input) { ${sourceFields} } }`, { id, input }))
    .updateInventorySource;
}

/** Queues a preview or a sync through the API and waits for the worker to end it. */
async function sync(sourceId: string, dryRun: boolean): Promise<SyncView> {
  const mutation = dryRun ? 'previewInventorySync' : 'syncInventorySource';
  const queued = (await gqlOk(`mutation($id: ID!) { ${mutation}(sourceId: $id) { id status dryRun } }`, { id: sourceId }))[mutation];
  expect(queued).toMatchObject({ status: 'QUEUED', dryRun });
  for (let i = 0; i < 600; i++) {
    const current = (await gqlOk(`query($id: ID!) { inventorySync(id: $id) { ${syncFields} } }`, { id: queued.id })).inventorySync as SyncView;
    if (current.status === 'SUCCEEDED' || current.status === 'FAILED') return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the sync did not end');
}

async function devicesOf(sourceId: string) {
  return api.db.sql<{ name: string; host: string; port: number; backup_method: string; location: string; tags: string[]; enabled: boolean; source_device_id: string }[]>`
    select name, host, port, backup_method, location, tags, enabled, source_device_id from devices where source_id = ${sourceId} order by name`;
}

async function waitForRun(id: string) {
  for (let i = 0; i < 600; i++) {
    const { run } = await gqlOk(
      `query($id: ID!) { run(id: $id) { id status resolveFromSource result { backedUpCount failedCount failedDevices { device code message } }
        timestampUpdate { updated failed errors { device message } } } }`,
      { id },
    );
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the run did not end');
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 10 });
  nautobot = await startFakeNautobot({
    devices: [
      { name: 'core-01', primaryIp4: '10.0.0.1/24', platform: 'cisco_ios', region: ['Europe', 'Germany'], site: 'Berlin DC1', location: ['Building A'], role: 'core', tags: ['backup'] },
      { name: 'core-02', primaryIp4: '10.0.0.2/24', platform: 'arista_eos', region: ['Europe', 'Germany'], site: 'Berlin DC1', role: 'core' },
      { name: 'edge-01', primaryIp4: '10.0.1.1/24', platform: 'juniper_junos', region: ['Europe', 'France'], site: 'Paris DC1', role: 'edge' },
      { name: 'no-ip-01', primaryIp4: null, platform: 'cisco_ios', site: 'Paris DC1' },
      { name: 'ipos-01', primaryIp4: '10.0.2.1/24', platform: 'ericsson_ipos', site: 'Paris DC1' },
      { name: 'taken-01', primaryIp4: '10.0.3.1/24', platform: 'cisco_ios', site: 'Paris DC1' },
    ],
  });
  netbox = await startFakeNetbox({ devices: 2500 });
  lab = await startLab({
    devices: [
      { platform: 'cisco-ios', name: 'lab-sw-01' },
      { platform: 'arista-eos', name: 'lab-sw-02' },
      { platform: 'cisco-ios', name: 'lab-sw-03' },
      { platform: 'cisco-ios', name: 'lab-sw-04' },
    ],
    changeEvery: 1000,
  });
  labSet = (
    await gqlOk(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, {
      input: { name: 'lab', username: 'admin', password: lab.devices[0].password, enableSecret: lab.devices[0].enableSecret },
    })
  ).createCredentialSet.id;
  repositoryId = (await gqlOk(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`)).createRepository.id;
  // A device managed here that holds a name the source lists too.
  await gqlOk(`mutation { createDevice(input: { name: "taken-01", host: "192.0.2.1", backupMethod: "cisco-ios" }) { id } }`);
}, 120_000);

afterAll(async () => {
  await lab?.close();
  await nautobot?.stop();
  await netbox?.stop();
  await api?.close();
});

describe('inventory sources', () => {
  let sourceId: string;

  it('are created with a sealed token that the API never returns, and audited', async () => {
    const created = await createSource({
      name: 'nautobot',
      kind: 'NAUTOBOT',
      url: `${nautobot.url}/`,
      token: nautobot.token,
      caBundle: nautobot.caPem,
      credentialSetId: labSet,
      orphanPolicy: 'KEEP',
      syncCron: '0 3 * * *',
    });
    sourceId = created.id;
    expect(created).toMatchObject({ kind: 'NAUTOBOT', url: nautobot.url.replace(/\/+$/, ''), hasToken: true, verifyTls: true, credentialSet: { name: 'lab' }, deviceCount: 0, lastSync: null });
    expect(created.nextSyncAt).toBeTruthy();
    const listed = await api.gql(`{ inventorySources { ${sourceFields} caBundle } }`, {}, { token: api.adminToken });
    expect(listed.raw).not.toContain(nautobot.token);
    const [row] = await api.db.sql`select token_sealed from inventory_sources where id = ${sourceId}`;
    expect(row.token_sealed).not.toContain(nautobot.token);
    const [audit] = await api.db.sql`select action, details from audit_log where target_id = ${sourceId}`;
    expect(audit.action).toBe('create-inventory-source');
    expect(JSON.stringify(audit.details)).not.toContain(nautobot.token);
  });

  it('refuses bad input with the field named', async () => {
    const bad = async (input: Record<string, unknown>) => {
      const result = await api.gql(`mutation($input: CreateInventorySourceInput!) { createInventorySource(input: $input) { id } }`, { input }, { token: api.adminToken });
      return { code: result.errors?.[0].extensions?.code, field: result.errors?.[0].extensions?.field, message: result.errors?.[0].message };
    };
    const base = { name: 'x', kind: 'NETBOX', url: 'https://netbox.example.net', token: 't' };
    expect(await bad({ ...base, url: 'ftp://netbox.example.net' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(await bad({ ...base, url: 'https://user:pw@netbox.example.net' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(await bad({ ...base, platformMap: { ericsson_ipos: 'ericsson-ipos' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'platformMap' });
    expect(await bad({ ...base, syncCron: '* * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'syncCron' });
    expect(await bad({ ...base, writeBackField: 'last backup' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'writeBackField' });
    expect(await bad({ ...base, name: 'nautobot' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('are managed by admins only; viewers read them', async () => {
    const viewer = await api.tokenFor('VIEWER');
    const operator = await api.tokenFor('OPERATOR');
    const listed = await api.gql(`{ inventorySources { id name } }`, {}, { token: viewer });
    expect(listed.data!.inventorySources).toEqual([{ id: sourceId, name: 'nautobot' }]);
    for (const token of [viewer, operator]) {
      const refused = await api.gql(`mutation($id: ID!) { syncInventorySource(sourceId: $id) { id } }`, { id: sourceId }, { token });
      expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.gql(`{ inventorySources { id } }`);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('test the connection, and say when the token is rejected', async () => {
    const ok = await gqlOk(`mutation($id: ID!) { testInventorySource(id: $id) { ok version code message } }`, { id: sourceId });
    expect(ok.testInventorySource).toMatchObject({ ok: true, version: nautobot.version, code: null });
    const wrong = await createSource({ name: 'wrong token', kind: 'NAUTOBOT', url: nautobot.url, token: 'f'.repeat(40), caBundle: nautobot.caPem });
    const refused = await gqlOk(`mutation($id: ID!) { testInventorySource(id: $id) { ok code message } }`, { id: wrong.id });
    expect(refused.testInventorySource).toMatchObject({ ok: false, code: 'INVENTORY_TOKEN_REJECTED' });
    const failed = await sync(wrong.id, false);
    expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'INVENTORY_TOKEN_REJECTED', counts: null });
    expect((await devicesOf(wrong.id)).length).toBe(0);
    const untrusted = await createSource({ name: 'untrusted', kind: 'NAUTOBOT', url: nautobot.url, token: nautobot.token });
    expect((await gqlOk(`mutation($id: ID!) { testInventorySource(id: $id) { code } }`, { id: untrusted.id })).testInventorySource.code).toBe('INVENTORY_TLS');
    await gqlOk(`mutation($a: ID!, $b: ID!) { a: deleteInventorySource(id: $a) b: deleteInventorySource(id: $b) }`, { a: wrong.id, b: untrusted.id });
  });

  it('previews exactly what the sync then applies: creations, conflicts reported, not guessed', async () => {
    const preview = await sync(sourceId, true);
    expect(preview.status).toBe('SUCCEEDED');
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0, disable: 0, delete: 0, keep: 0, conflicts: 3 });
    expect(preview.created).toEqual([
      { name: 'core-01', host: '10.0.0.1', backupMethod: 'cisco-ios', location: 'Europe/Germany/Berlin DC1/Building A' },
      { name: 'core-02', host: '10.0.0.2', backupMethod: 'arista-eos', location: 'Europe/Germany/Berlin DC1' },
      { name: 'edge-01', host: '10.0.1.1', backupMethod: 'juniper-junos', location: 'Europe/France/Paris DC1' },
    ]);
    expect(preview.conflicts.map(({ name, code }) => ({ name, code }))).toEqual([
      { name: 'ipos-01', code: 'UNMAPPED_PLATFORM' },
      { name: 'no-ip-01', code: 'NO_PRIMARY_IP' },
      { name: 'taken-01', code: 'NAME_TAKEN' },
    ]);
    expect(preview.conflicts[2].message).toContain('not owned by this source');
    expect(await devicesOf(sourceId)).toEqual([]);

    const applied = await sync(sourceId, false);
    expect(applied.counts).toEqual(preview.counts);
    expect(applied.created).toEqual(preview.created);
    expect(applied.conflicts).toEqual(preview.conflicts);
    const devices = await devicesOf(sourceId);
    expect(devices.map((d) => [d.name, d.host, d.backup_method, d.tags])).toEqual([
      ['core-01', '10.0.0.1', 'cisco-ios', ['backup']],
      ['core-02', '10.0.0.2', 'arista-eos', []],
      ['edge-01', '10.0.1.1', 'juniper-junos', []],
    ]);
    expect(devices[0].source_device_id).toBe(nautobot.device('core-01')!.id);
    const [taken] = await api.db.sql`select host, source_id from devices where name = 'taken-01'`;
    expect(taken).toEqual({ host: '192.0.2.1', source_id: null });

    const again = await sync(sourceId, true);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, conflicts: 3 });
    const { inventorySources } = await gqlOk(`{ inventorySources { name deviceCount lastSync { id status } } }`);
    expect(inventorySources).toEqual([{ name: 'nautobot', deviceCount: 3, lastSync: { id: applied.id, status: 'SUCCEEDED' } }]);
  });

  it('marks owned devices and keeps their synced fields read-only', async () => {
    const [row] = await api.db.sql`select id from devices where name = 'core-01'`;
    const { device } = await gqlOk(`query($id: ID!) { device(id: $id) { source { id name kind sourceDeviceId syncedFields } } }`, { id: row.id });
    expect(device.source).toEqual({ id: sourceId, name: 'nautobot', kind: 'NAUTOBOT', sourceDeviceId: nautobot.device('core-01')!.id, syncedFields: ['name', 'host', 'backupMethod', 'location', 'tags', 'model'] });
    const refused = await api.gql(`mutation($id: ID!) { updateDevice(id: $id, input: { host: "10.9.9.9" }) { id } }`, { id: row.id }, { token: api.adminToken });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
    expect(refused.errors![0].message).toContain('synced from inventory source "nautobot"');
    // The same value is no change; fields the source does not own stay editable.
    const saved = await api.gql(`mutation($id: ID!) { updateDevice(id: $id, input: { host: "10.0.0.1", sshProfile: LEGACY, enabled: true }) { host sshProfile } }`, { id: row.id }, { token: api.adminToken });
    expect(saved.data!.updateDevice).toEqual({ host: '10.0.0.1', sshProfile: 'LEGACY' });
  });

  it('updates changed devices with their field diffs, and applies each orphan policy', async () => {
    nautobot.updateDevice('core-01', { primaryIp4: '10.0.0.11/24', platform: 'cisco_xe' });
    nautobot.updateDevice('core-02', { name: 'core-02b' });
    nautobot.removeDevice('edge-01');
    const preview = await sync(sourceId, true);
    expect(preview.counts).toMatchObject({ create: 0, update: 2, keep: 1, disable: 0, delete: 0 });
    expect(preview.updated).toEqual([
      { name: 'core-01', changes: [{ field: 'host', from: '10.0.0.1', to: '10.0.0.11' }] },
      { name: 'core-02', changes: [{ field: 'name', from: 'core-02', to: 'core-02b' }] },
    ]);
    expect(preview.orphans).toEqual([{ name: 'edge-01', action: 'keep' }]);
    const kept = await sync(sourceId, false);
    expect(kept.counts).toEqual(preview.counts);
    expect((await devicesOf(sourceId)).map((d) => [d.name, d.host, d.enabled])).toEqual([
      ['core-01', '10.0.0.11', true],
      ['core-02b', '10.0.0.2', true],
      ['edge-01', '10.0.1.1', true],
    ]);

    await updateSource(sourceId, { orphanPolicy: 'DISABLE' });
    const disabled = await sync(sourceId, false);
    expect(disabled.counts).toMatchObject({ disable: 1, keep: 0, unchanged: 2 });
    expect((await devicesOf(sourceId)).find((d) => d.name === 'edge-01')!.enabled).toBe(false);

    await updateSource(sourceId, { orphanPolicy: 'DELETE' });
    const preview2 = await sync(sourceId, true);
    expect(preview2.orphans).toEqual([{ name: 'edge-01', action: 'delete' }]);
    const deleted = await sync(sourceId, false);
    expect(deleted.counts).toEqual(preview2.counts);
    expect((await devicesOf(sourceId)).map((d) => d.name)).toEqual(['core-01', 'core-02b']);
  });

  it('sync on their schedule: one sync per slot however many ticks claim it', async () => {
    await updateSource(sourceId, { syncCron: '*/5 * * * *', syncTimeZone: 'Europe/Berlin' });
    const ctx: Ctx = { db: api.db.db, caller: { kind: 'system', name: 'inventory-sync' }, keyring: api.keyring, log: pino({ level: 'silent' }), settings: { dataDir: api.dataDir } };
    const now = new Date(Date.now() + 10 * 60_000);
    const ticks = await Promise.all([startDueSyncs({ ctx, now }), startDueSyncs({ ctx, now }), startDueSyncs({ ctx, now })]);
    const started = ticks.flat();
    expect(started).toHaveLength(1);
    expect(await startDueSyncs({ ctx, now })).toEqual([]);
    const [row] = await api.db.sql`select trigger, dry_run from inventory_syncs where id = ${started[0].syncId}`;
    expect(row).toEqual({ trigger: 'schedule', dry_run: false });
    await updateSource(sourceId, { syncCron: '' });
    expect((await gqlOk(`query($id: ID!) { inventorySource(id: $id) { syncCron nextSyncAt } }`, { id: sourceId })).inventorySource).toEqual({ syncCron: null, nextSyncAt: null });
  });

  it('applies nothing when the source goes down in the middle of a sync', async () => {
    const source = await createSource({ name: 'netbox', kind: 'NETBOX', url: netbox.url, token: netbox.token, caBundle: netbox.caPem, credentialSetId: labSet });
    const first = await sync(source.id, false);
    expect(first.status).toBe('SUCCEEDED');
    expect(first.readCount).toBe(2500);
    const before = await devicesOf(source.id);
    expect(before.length).toBe(first.counts!.create);
    expect(first.counts!.create + first.counts!.conflicts).toBe(2500);

    netbox.updateDevice(before[0].name, { primaryIp4: '10.200.0.1/24' });
    netbox.removeDevice(before[1].name);
    // The second page of devices fails for good, after the client's retries.
    netbox.inject({ kind: 'status', status: 503, count: Infinity, skip: 1, path: '/api/dcim/devices/' });
    const failed = await sync(source.id, false);
    netbox.clearFaults();
    expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'INVENTORY_UNREACHABLE', counts: null });
    expect(failed.readCount).toBe(1000);
    expect(await devicesOf(source.id)).toEqual(before);
    const [{ n }] = await api.db.sql`select count(*)::int as n from inventory_sync_items`;
    expect(n).toBe(0);

    const recovered = await sync(source.id, false);
    expect(recovered.counts).toMatchObject({ update: 1, keep: 1 });
  }, 120_000);
});

describe('models and variables from a source', () => {
  let fake: FakeNautobot;
  let sourceId: string;
  const owned = async () => api.db.sql<{ name: string; model: string | null; variables: Record<string, string> }[]>`
    select name, model, variables from devices where source_id = ${sourceId} order by name`;
  const deviceId = async (name: string) => (await api.db.sql`select id from devices where name = ${name}`)[0].id as string;
  const update = (id: string, input: string) => api.gql(`mutation($id: ID!) { updateDevice(id: $id, input: ${input}) { model variables { name value } } }`, { id }, { token: api.adminToken });

  beforeAll(async () => {
    fake = await startFakeNautobot({
      devices: [
        { name: 'var-core-01', primaryIp4: '10.10.0.1/24', platform: 'cisco_ios', site: 'Amsterdam', model: 'C9300-48P', customFields: { site_code: 'AMS1' } },
        { name: 'var-core-02', primaryIp4: '10.10.0.2/24', platform: 'arista_eos', site: 'Amsterdam', model: 'DCS-7050SX3-48YC8' },
      ],
    });
    const source = await createSource({ name: 'nautobot-variables', kind: 'NAUTOBOT', url: fake.url, token: fake.token, caBundle: fake.caPem, variableFields: ['site_code', 'rack', 'site_code'] });
    sourceId = source.id;
  });

  afterAll(async () => {
    await fake?.stop();
  });

  it('a sync takes the model from the device type and a variable from each custom field named that has a value', async () => {
    const { inventorySource } = await gqlOk(`query($id: ID!) { inventorySource(id: $id) { variableFields } }`, { id: sourceId });
    expect(inventorySource.variableFields).toEqual(['site_code', 'rack']);
    const applied = await sync(sourceId, false);
    expect(applied.counts).toMatchObject({ create: 2, conflicts: 0 });
    expect(await owned()).toEqual([
      { name: 'var-core-01', model: 'C9300-48P', variables: { site_code: 'AMS1' } },
      { name: 'var-core-02', model: 'DCS-7050SX3-48YC8', variables: {} },
    ]);
    expect((await sync(sourceId, true)).counts).toMatchObject({ unchanged: 2, update: 0 });
  });

  it('keeps them read-only while the source owns the device, and lists their changes in the preview', async () => {
    const id = await deviceId('var-core-01');
    const { device } = await gqlOk(`query($id: ID!) { device(id: $id) { source { syncedFields } } }`, { id });
    expect(device.source.syncedFields).toEqual(['name', 'host', 'backupMethod', 'location', 'tags', 'model', 'variables']);
    const model = await update(id, '{ model: "C9500" }');
    expect(model.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'model' });
    const variables = await update(id, '{ variables: [{ name: "site_code", value: "X" }] }');
    expect(variables.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
    expect(variables.errors![0].message).toContain('synced from inventory source "nautobot-variables"');
    // A form sends every field: the values the device has are no change.
    const same = await update(id, '{ model: "C9300-48P", variables: [{ name: "site_code", value: "AMS1" }], enabled: true }');
    expect(same.errors).toBeUndefined();

    fake.updateDevice('var-core-01', { customFields: { site_code: 'AMS2', rack: 'R12' } });
    fake.updateDevice('var-core-02', { model: 'DCS-7280SR3-48YC8' });
    const preview = await sync(sourceId, true);
    expect(preview.updated).toEqual([
      { name: 'var-core-01', changes: [{ field: 'variables', from: 'site_code=AMS1', to: 'site_code=AMS2' }] },
      { name: 'var-core-02', changes: [{ field: 'model', from: 'DCS-7050SX3-48YC8', to: 'DCS-7280SR3-48YC8' }] },
    ]);
    expect((await sync(sourceId, false)).counts).toEqual(preview.counts);
    expect(await owned()).toEqual([
      { name: 'var-core-01', model: 'C9300-48P', variables: { site_code: 'AMS2' } },
      { name: 'var-core-02', model: 'DCS-7280SR3-48YC8', variables: {} },
    ]);
  });

  it('without variable fields, a source leaves the variables to Tidemark and a sync keeps them', async () => {
    await updateSource(sourceId, { variableFields: [] });
    const id = await deviceId('var-core-02');
    const { device } = await gqlOk(`query($id: ID!) { device(id: $id) { source { syncedFields } } }`, { id });
    expect(device.source.syncedFields).not.toContain('variables');
    const set = await update(id, '{ variables: [{ name: "rack", value: "R7" }] }');
    expect(set.data!.updateDevice.variables).toEqual([{ name: 'rack', value: 'R7' }]);
    expect((await sync(sourceId, false)).counts).toMatchObject({ unchanged: 2, update: 0 });
    expect((await owned()).map((d) => d.variables)).toEqual([{ site_code: 'AMS2' }, { rack: 'R7' }]);
  });

  it('refuses variable fields a custom field key cannot be', async () => {
    const result = await api.gql(`mutation($id: ID!) { updateInventorySource(id: $id, input: { variableFields: ["site-code"] }) { id } }`, { id: sourceId }, { token: api.adminToken });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variableFields.0' });
  });
});

describe('runs of source-owned devices', () => {
  let sourceId: string;

  beforeAll(async () => {
    // The lab devices as a NetBox lists them: 127.0.0.1 and the SSH port in a custom field.
    for (const device of lab.devices) {
      netbox.addDevice({
        name: device.name,
        primaryIp4: '127.0.0.1/32',
        platform: device.backupMethod.replace('-', '_'),
        site: 'Lab',
        customFields: { ssh_port: device.port },
      });
    }
    const source = await createSource({
      name: 'netbox-lab',
      kind: 'NETBOX',
      url: netbox.url,
      token: netbox.token,
      caBundle: netbox.caPem,
      credentialSetId: labSet,
      repositoryId,
      portField: 'ssh_port',
      filter: { site: ['lab'] },
      writeBackField: 'last_backup',
    });
    sourceId = source.id;
    const synced = await sync(sourceId, false);
    expect(synced.counts).toMatchObject({ create: 4, conflicts: 0 });
  });

  it('write the backup date back to the source, and report the devices it could not write', async () => {
    const devices = await devicesOf(sourceId);
    expect(devices.map((d) => [d.name, d.port])).toEqual(lab.devices.map((d) => [d.name, d.port]));
    // lab-sw-04 leaves NetBox after the sync: the run backs it up, the write-back cannot reach it.
    netbox.removeDevice('lab-sw-04');
    const ids = (await api.db.sql`select id from devices where source_id = ${sourceId}`).map((r) => r.id);
    const { startRun } = await gqlOk(`mutation($ids: [ID!]!) { startRun(input: { deviceIds: $ids }) { id } }`, { ids });
    let run = await waitForRun(startRun.id);
    expect(run.result.failedDevices).toEqual([]);
    expect(run.result.backedUpCount).toBe(4);
    for (let i = 0; i < 100 && !run.timestampUpdate; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = await waitForRun(startRun.id);
    }
    expect(run.status).toBe('SUCCEEDED');
    expect(run.timestampUpdate).toMatchObject({ updated: 3, failed: 1, errors: [{ device: 'lab-sw-04' }] });
    const events = await api.db.sql`select payload->>'message' as message from run_events where run_id = ${startRun.id} and type = 'run-written-back'`;
    expect(events.map((e) => e.message)).toEqual(['Backup date written back: 3 updated, 1 failed']);
    const today = new Date().toISOString().slice(0, 10);
    for (const name of ['lab-sw-01', 'lab-sw-02', 'lab-sw-03']) expect(netbox.device(name)!.customFields.last_backup).toBe(today);
  }, 120_000);

  it('resolve devices from the source at start: found ones get the new address, the others fail with their reason', async () => {
    // The source is right and our copy is stale: only a lookup at start reaches the device.
    await api.db.sql`update devices set host = '127.0.0.9' where source_id = ${sourceId}`;
    netbox.updateDevice('lab-sw-02', { primaryIp4: null });
    netbox.updateDevice('lab-sw-03', { platform: 'ericsson_ipos' });
    const ids = (await api.db.sql`select id from devices where source_id = ${sourceId}`).map((r) => r.id);
    const { startRun } = await gqlOk(`mutation($ids: [ID!]!) { startRun(input: { deviceIds: $ids, resolveFromSource: true }) { id resolveFromSource } }`, { ids });
    expect(startRun.resolveFromSource).toBe(true);
    const run = await waitForRun(startRun.id);
    expect(run.status).toBe('PARTIAL');
    expect(run.result.backedUpCount).toBe(1);
    expect(run.result.failedDevices.map(({ device, code }: { device: string; code: string }) => [device, code]).sort()).toEqual([
      ['lab-sw-02', 'SOURCE_NO_PRIMARY_IP'],
      ['lab-sw-03', 'SOURCE_UNMAPPED_PLATFORM'],
      ['lab-sw-04', 'SOURCE_NOT_FOUND'],
    ]);
    const [sw1] = await api.db.sql`select host, last_status from devices where name = 'lab-sw-01'`;
    expect(sw1).toEqual({ host: '127.0.0.1', last_status: 'succeeded' });
  }, 120_000);
});
