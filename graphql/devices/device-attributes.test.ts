/**
 * A device's model and variables through the API and the CSV import, the repository its backups
 * go to (its own or the default), how many devices store into each repository, and a run that
 * files a device's artifacts under its variable.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../db/context.ts';
import { countEffectiveDevices } from '../../db/repositories/effective-repository.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let operator: string;

const deviceFields = 'id name model variables { name value } repository { name } effectiveRepository { isDefault repository { id name } }';

async function gqlOk<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = api.adminToken): Promise<T> {
  const result = await api.gql<T>(query, variables, { token });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function createDevice(input: Record<string, unknown>) {
  return api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { ${deviceFields} } }`, { input: { host: '192.0.2.1', backupMethod: 'cisco-ios', ...input } }, { token: operator });
}

async function updateDevice(id: string, input: Record<string, unknown>) {
  return api.gql(`mutation($id: ID!, $input: UpdateDeviceInput!) { updateDevice(id: $id, input: $input) { ${deviceFields} } }`, { id, input }, { token: operator });
}

function refusal(result: Awaited<ReturnType<typeof createDevice>>) {
  expect(result.data).toBeNull();
  return { code: result.errors?.[0].extensions?.code, field: result.errors?.[0].extensions?.field, message: result.errors?.[0].message };
}

async function createRepository(name: string, pathTemplate?: string): Promise<string> {
  const { createRepository } = await gqlOk(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }`, {
    input: { name, kind: 'GIT', ...(pathTemplate ? { pathTemplate } : {}) },
  });
  return createRepository.id;
}

async function repositoryCounts() {
  const { repositories } = await gqlOk(`{ repositories { name isDefault deviceCount effectiveDeviceCount } }`);
  return repositories;
}

beforeAll(async () => {
  api = await startTestApi();
  operator = await api.tokenFor('OPERATOR');
}, 60_000);

afterAll(async () => {
  await lab?.close();
  await api?.close();
});

describe('model and variables', () => {
  it('are set, read back in name order, changed and cleared through the API', async () => {
    const created = await createDevice({ name: 'attr-01', model: '  C9300-48P ', variables: [{ name: 'site_code', value: 'AMS1' }, { name: 'rack', value: 'R 12' }] });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDevice).toMatchObject({ model: 'C9300-48P', variables: [{ name: 'rack', value: 'R 12' }, { name: 'site_code', value: 'AMS1' }] });
    const id = created.data!.createDevice.id;

    // Variables are replaced as a whole; omitted fields stay as they are.
    const changed = await updateDevice(id, { variables: [{ name: 'site_code', value: 'AMS2' }] });
    expect(changed.data!.updateDevice).toMatchObject({ model: 'C9300-48P', variables: [{ name: 'site_code', value: 'AMS2' }] });
    const cleared = await updateDevice(id, { model: '', variables: [] });
    expect(cleared.data!.updateDevice).toMatchObject({ model: null, variables: [] });
    await updateDevice(id, { model: 'MX204' });
    expect((await updateDevice(id, { model: null })).data!.updateDevice.model).toBeNull();
    const [row] = await api.db.sql`select model, variables from devices where id = ${id}`;
    expect(row).toEqual({ model: null, variables: {} });
  });

  it('refuse names a custom field cannot have, long values, line breaks, too many and a name given twice', async () => {
    const bad = async (input: Record<string, unknown>) => refusal(await createDevice({ name: 'attr-bad', ...input }));
    const variable = (name: string, value = 'x') => ({ variables: [{ name, value }] });
    expect(await bad(variable('site-code'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables', message: expect.stringContaining('"site-code" is not a variable name') });
    expect(await bad(variable('9lives'))).toMatchObject({ field: 'variables' });
    expect(await bad(variable('a'.repeat(51)))).toMatchObject({ field: 'variables' });
    expect(await bad(variable('__proto__'))).toMatchObject({ field: 'variables', message: expect.stringContaining('reserved') });
    expect(await bad(variable('site', 'v'.repeat(201)))).toMatchObject({ field: 'variables', message: expect.stringContaining('longer than 200') });
    expect(await bad(variable('site', 'a\nb'))).toMatchObject({ field: 'variables', message: expect.stringContaining('line break') });
    expect(await bad({ variables: Array.from({ length: 33 }, (_, i) => ({ name: `v${i}`, value: 'x' })) })).toMatchObject({ field: 'variables', message: expect.stringContaining('more than 32') });
    expect(await bad({ variables: [{ name: 'site', value: 'a' }, { name: 'site', value: 'b' }] })).toMatchObject({ field: 'variables', message: expect.stringContaining('site is given twice') });
    expect(await bad({ model: 'm'.repeat(101) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'model' });
    const [{ n }] = await api.db.sql`select count(*)::int as n from devices where name = 'attr-bad'`;
    expect(n).toBe(0);
    // 32 variables at their longest are fine.
    const most = await createDevice({ name: 'attr-most', variables: Array.from({ length: 32 }, (_, i) => ({ name: `v${i}`, value: 'x'.repeat(200) })) });
    expect(most.data!.createDevice.variables).toHaveLength(32);
  });

  it('come in through the CSV import, with a bad variable reported on its row', async () => {
    const csv = ['name,host,backup_method,model,variables', 'csv-attr-01,192.0.2.21,cisco-ios,N9K-C93180YC-FX,site_code=FRA2;rack=R3=b', 'csv-attr-02,192.0.2.22,cisco-ios,,'].join('\n');
    const imported = await gqlOk(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row field message } devices { id name model } } }`, { csv }, operator);
    expect(imported.importDevices).toMatchObject({
      ok: true,
      errors: [],
      devices: [
        { name: 'csv-attr-01', model: 'N9K-C93180YC-FX' },
        { name: 'csv-attr-02', model: null },
      ],
    });
    const [first, second] = imported.importDevices.devices;
    const read = await gqlOk(`query($a: ID!, $b: ID!) { a: device(id: $a) { variables { name value } } b: device(id: $b) { variables { name value } } }`, { a: first.id, b: second.id });
    expect(read).toEqual({ a: { variables: [{ name: 'rack', value: 'R3=b' }, { name: 'site_code', value: 'FRA2' }] }, b: { variables: [] } });
    const refused = await gqlOk(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row field message } } }`, { csv: 'name,host,backup_method,variables\ncsv-attr-03,192.0.2.23,cisco-ios,site code' }, operator);
    expect(refused.importDevices.ok).toBe(false);
    expect(refused.importDevices.errors).toEqual([{ row: 2, field: 'variables', message: expect.stringContaining('"site code" is not name=value') }]);
  });

  it('the device list filters on a substring of the model, case-insensitively', async () => {
    const names = async (model: string) =>
      (await gqlOk(`query($model: String) { devices(first: 100, filter: { model: $model }) { nodes { name } } }`, { model })).devices.nodes.map((d: { name: string }) => d.name);
    expect(await names('c93180')).toEqual(['csv-attr-01']);
    expect(await names('n9k-%')).toEqual([]);
    expect((await names('')).length).toBeGreaterThan(2);
  });
});

describe('effective repository', () => {
  let onlyId: string;
  let otherId: string;
  let ownDevice: string;
  let plainDevice: string;

  it('with no repository, a device stores nowhere yet', async () => {
    plainDevice = (await createDevice({ name: 'repo-plain' })).data!.createDevice.id;
    const { device } = await gqlOk(`query($id: ID!) { device(id: $id) { effectiveRepository { isDefault } } }`, { id: plainDevice });
    expect(device.effectiveRepository).toBeNull();
  });

  it('with one repository, every device without its own stores into it: the default', async () => {
    onlyId = await createRepository('only');
    const { device } = await gqlOk(`query($id: ID!) { device(id: $id) { ${deviceFields} } }`, { id: plainDevice });
    expect(device.repository).toBeNull();
    expect(device.effectiveRepository).toEqual({ isDefault: true, repository: { id: onlyId, name: 'only' } });
    const [{ n }] = await api.db.sql`select count(*)::int as n from devices`;
    expect(await repositoryCounts()).toEqual([{ name: 'only', isDefault: true, deviceCount: 0, effectiveDeviceCount: n }]);
  });

  it('with several, a device that names one stores there and the others store where each run says', async () => {
    otherId = await createRepository('other');
    ownDevice = (await createDevice({ name: 'repo-own', repositoryId: otherId })).data!.createDevice.id;
    await createDevice({ name: 'repo-only', repositoryId: onlyId });
    const { own, plain } = await gqlOk(`query($own: ID!, $plain: ID!) { own: device(id: $own) { ${deviceFields} } plain: device(id: $plain) { ${deviceFields} } }`, {
      own: ownDevice,
      plain: plainDevice,
    });
    expect(own.effectiveRepository).toEqual({ isDefault: false, repository: { id: otherId, name: 'other' } });
    expect(plain.effectiveRepository).toBeNull();
    expect(await repositoryCounts()).toEqual([
      { name: 'only', isDefault: false, deviceCount: 1, effectiveDeviceCount: 1 },
      { name: 'other', isDefault: false, deviceCount: 1, effectiveDeviceCount: 1 },
    ]);
    const { devices } = await gqlOk(`{ devices(first: 200) { nodes { name effectiveRepository { repository { name } } } } }`);
    expect(devices.nodes.filter((d: { effectiveRepository: unknown }) => d.effectiveRepository).map((d: { name: string }) => d.name)).toEqual(['repo-only', 'repo-own']);
  });

  it('counts come from one grouped statement: devices naming a repository, those naming none toward the default, retired ones left out', async () => {
    // A repository devices store into cannot be deleted; move them off first.
    await api.db.sql`update devices set repository_id = null where repository_id = ${otherId}`;
    await gqlOk(`mutation($id: ID!) { deleteRepository(id: $id) }`, { id: otherId });
    await api.db.sql`insert into devices (name, host, backup_method) select 'bulk-' || i, '192.0.2.99', 'cisco-ios' from generate_series(1, 500) as i`;
    await api.db.sql`update devices set retired_at = now() where name in ('bulk-1', 'bulk-2', 'repo-only')`;
    const ctx = { db: api.db.db, caller: { kind: 'system', name: 'test' } } as unknown as Ctx;
    const [{ total }] = await api.db.sql`select count(*)::int as total from devices where retired_at is null`;
    const counts = await countEffectiveDevices({ ctx });
    expect(counts.defaultRepositoryId).toBe(onlyId);
    expect(counts.byRepository).toEqual(new Map([[onlyId, total]]));
    expect(counts.withoutRepository).toBe(total);
    expect(await repositoryCounts()).toEqual([{ name: 'only', isDefault: true, deviceCount: 1, effectiveDeviceCount: total }]);
    await api.db.sql`delete from devices where name like 'bulk-%'`;
  });

  it('a run files the artifacts under the path its variables make', async () => {
    lab = await startLab({ devices: [{ platform: 'cisco-ios', name: 'var-sw-01' }] });
    const labDevice = lab.devices[0];
    const { createCredentialSet } = await gqlOk(`mutation($p: String!, $e: String) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: $e }) { id } }`, {
      p: labDevice.password,
      e: labDevice.enableSecret,
    });
    const repositoryId = await createRepository('by-site', '{var.site_code}/{var.rack}/{device}/{artifact}');
    const created = await createDevice({
      name: 'var-sw-01',
      host: labDevice.host,
      port: labDevice.port,
      backupMethod: labDevice.backupMethod,
      credentialSetIds: [createCredentialSet.id],
      repositoryId,
      variables: [{ name: 'site_code', value: 'AMS 1' }],
    });
    expect(created.errors).toBeUndefined();
    const { startRun } = await gqlOk(`mutation($id: ID!, $r: ID!) { startRun(input: { deviceIds: [$id], repositoryId: $r }) { id } }`, { id: created.data!.createDevice.id, r: repositoryId }, operator);
    await api.startWorker({ concurrency: 2 });
    let status = 'QUEUED';
    for (let i = 0; i < 300 && !['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(status); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await gqlOk(`query($id: ID!) { run(id: $id) { status } }`, { id: startRun.id })).run.status;
    }
    expect(status).toBe('SUCCEEDED');
    const { repository } = await gqlOk(`query($id: ID!) { repository(id: $id) { path } }`, { id: repositoryId });
    const files = execFileSync('git', ['--git-dir', repository.path, 'ls-tree', '-r', '--name-only', 'HEAD'], { encoding: 'utf8' }).trim().split('\n');
    // The device has no rack: that folder is left out, as a missing tag is.
    expect(files).toEqual(['AMS_1/var-sw-01/running-config', 'AMS_1/var-sw-01/startup-config']);
  }, 60_000);
});
