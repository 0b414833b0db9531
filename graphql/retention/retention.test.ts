import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let credentialSetId: string;

async function runToEnd(input: Record<string, unknown>) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(`{ run(id: "${started.data!.startRun.id}") { status total devices { deviceName status } } }`, {}, { token: api.adminToken });
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function until<T>(check: () => T | Promise<T>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited in vain for ${what}`);
}

const git = (gitdir: string, ...args: string[]) => execFileSync('git', ['--git-dir', gitdir, ...args], { encoding: 'utf8' }).trim();

async function addDevice(name: string, labIndex: number, repositoryId: string) {
  const device = lab.devices[labIndex];
  const created = await api.gql(
    `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
    { input: { name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [credentialSetId], repositoryId, location: 'ams' } },
    { token: api.adminToken },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createDevice.id as string;
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 5 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }, { platform: 'cisco-ios' }, { platform: 'cisco-ios' }], changeEvery: 1 });
  const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  credentialSetId = set.data!.createCredentialSet.id;
});
afterAll(async () => {
  await api?.close();
  await lab?.close();
});

const retire = `mutation($id: ID!) { retireDevice(id: $id) { id retiredAt } }`;
const restore = `mutation($id: ID!) { restoreDevice(id: $id) { id retiredAt } }`;

describe('retiring a device', () => {
  it('takes its files out of the git head tree in a commit, keeps its history, leaves it out of runs, and restores it', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "retire-git", kind: GIT }) { id path } }`, {}, { token: api.adminToken });
    const { id: repositoryId, path: gitdir } = repo.data!.createRepository;
    const keptId = await addDevice('keep-sw', 0, repositoryId);
    const retiredId = await addDevice('old-sw', 1, repositoryId);
    expect((await runToEnd({ deviceIds: [keptId, retiredId], repositoryId })).status).toBe('SUCCEEDED');
    const headBefore = git(gitdir, 'rev-parse', 'main');
    const blobBefore = git(gitdir, 'rev-parse', 'main:ams/old-sw/running-config');
    const [{ count: backupsBefore }] = await api.db.sql`select count(*)::int as count from backups where device_id = ${retiredId}`;

    const viewer = await api.tokenFor('OPERATOR');
    const refused = await api.gql(retire, { id: retiredId }, { token: viewer });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const retired = await api.gql(retire, { id: retiredId }, { token: api.adminToken });
    expect(retired.errors).toBeUndefined();
    expect(retired.data!.retireDevice.retiredAt).toBeTruthy();
    await until(() => git(gitdir, 'rev-parse', 'main') !== headBefore, 'the retire commit');
    const files = git(gitdir, 'ls-tree', '-r', '--name-only', 'main').split('\n');
    expect(files.some((f) => f.startsWith('ams/old-sw/'))).toBe(false);
    expect(files.some((f) => f.startsWith('ams/keep-sw/'))).toBe(true);
    // History stays: the commit before still holds the file, and the retire commit follows it.
    expect(git(gitdir, 'rev-parse', 'main^')).toBe(headBefore);
    expect(git(gitdir, 'rev-parse', `${headBefore}:ams/old-sw/running-config`)).toBe(blobBefore);
    expect(git(gitdir, 'log', '-1', '--format=%s', 'main')).toBe('Retire device old-sw');
    const [{ count: backupsAfter }] = await api.db.sql`select count(*)::int as count from backups where device_id = ${retiredId}`;
    expect(backupsAfter).toBe(backupsBefore);
    git(gitdir, 'fsck', '--strict');

    // A retired device is left out of runs, even when named.
    const run = await runToEnd({ deviceIds: [keptId, retiredId], repositoryId });
    expect(run.devices.map((d: { deviceName: string }) => d.deviceName)).toEqual(['keep-sw']);

    const restored = await api.gql(restore, { id: retiredId }, { token: api.adminToken });
    expect(restored.data!.restoreDevice.retiredAt).toBeNull();
    await until(() => git(gitdir, 'ls-tree', '-r', '--name-only', 'main').includes('ams/old-sw/running-config'), 'the restore commit');
    expect(git(gitdir, 'rev-parse', 'main:ams/old-sw/running-config')).toBe(blobBefore);
    expect(git(gitdir, 'log', '-1', '--format=%s', 'main')).toBe('Restore device old-sw');
    git(gitdir, 'fsck', '--strict');

    const audit = await api.gql(`{ auditLog(first: 50) { nodes { action targetId } } }`, {}, { token: api.adminToken });
    const actions = audit.data!.auditLog.nodes.filter((n: { targetId: string }) => n.targetId === retiredId).map((n: { action: string }) => n.action);
    expect(actions).toEqual(expect.arrayContaining(['retire-device', 'restore-device']));
  });

  it('takes its current files out of a filesystem repository and keeps every version file', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "retire-fs", kind: FILESYSTEM }) { id path } }`, {}, { token: api.adminToken });
    const { id: repositoryId, path: root } = repo.data!.createRepository;
    const deviceId = await addDevice('fs-sw', 2, repositoryId);
    await runToEnd({ deviceIds: [deviceId], repositoryId });
    const current = path.join(root, 'ams', 'fs-sw', 'running-config');
    const versions = path.join(root, '.versions', 'ams', 'fs-sw', 'running-config');
    const content = fs.readFileSync(current, 'utf8');
    const versionNames = fs.readdirSync(versions);

    await api.gql(retire, { id: deviceId }, { token: api.adminToken });
    await until(() => !fs.existsSync(current), 'the current file to go');
    expect(fs.existsSync(path.join(root, 'ams', 'fs-sw'))).toBe(false);
    expect(fs.readdirSync(versions)).toEqual(versionNames);

    await api.gql(restore, { id: deviceId }, { token: api.adminToken });
    await until(() => fs.existsSync(current), 'the current file to return');
    expect(fs.readFileSync(current, 'utf8')).toBe(content);
  });
});

describe('retention over the API', () => {
  it('sets a policy, refuses bad input and other roles, and lists then removes the same backups', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "retention-api", kind: GIT }) { id } }`, {}, { token: api.adminToken });
    const repositoryId = repo.data!.createRepository.id;
    const deviceId = await addDevice('ret-sw', 0, repositoryId);
    await runToEnd({ deviceIds: [deviceId], repositoryId });
    // Ten unchanged confirmations, one a day back in time, beside the real backups.
    await api.db.sql`
      insert into backups (device_id, repository_id, run_id, artifact, is_text, size, sha256, comparable_sha256, changed, storage_ref, created_at)
      select device_id, repository_id, run_id, artifact, is_text, size, sha256, comparable_sha256, false, storage_ref, created_at - make_interval(days => 30 + i)
      from backups, generate_series(1, 10) as i where device_id = ${deviceId}`;
    const [{ count: total }] = await api.db.sql`select count(*)::int as count from backups where repository_id = ${repositoryId}`;

    const setPolicy = `mutation($input: RetentionPolicyInput!) { setRetentionPolicy(input: $input) { id deviceTag keepAllDays } }`;
    const bad = await api.gql(setPolicy, { input: { repositoryId, keepAllDays: -1, keepDailyDays: 0, keepWeeklyWeeks: 0, keepMonthlyMonths: 0 } }, { token: api.adminToken });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keepAllDays' });
    const operator = await api.tokenFor('OPERATOR');
    const forbidden = await api.gql(setPolicy, { input: { repositoryId, keepAllDays: 1, keepDailyDays: 0, keepWeeklyWeeks: 0, keepMonthlyMonths: 0 } }, { token: operator });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const set = await api.gql(setPolicy, { input: { repositoryId, keepAllDays: 7, keepDailyDays: 0, keepWeeklyWeeks: 0, keepMonthlyMonths: 0 } }, { token: api.adminToken });
    expect(set.errors).toBeUndefined();

    const listed = await api.gql(`{ repository(id: "${repositoryId}") { retentionPolicies { deviceTag keepAllDays } } }`, {}, { token: await api.tokenFor('VIEWER') });
    expect(listed.data!.repository.retentionPolicies).toEqual([{ deviceTag: null, keepAllDays: 7 }]);

    const applyDoc = `mutation($id: ID!, $dryRun: Boolean!) { applyRetention(repositoryId: $id, dryRun: $dryRun) { dryRun backupCount removeCount fileCount removals(first: 500) { backupId device artifact path createdAt } } }`;
    const dry = await api.gql(applyDoc, { id: repositoryId, dryRun: true }, { token: api.adminToken });
    expect(dry.errors).toBeUndefined();
    const artifacts = total / 11;
    expect(dry.data!.applyRetention).toMatchObject({ dryRun: true, backupCount: total, removeCount: 10 * artifacts, fileCount: 0 });
    expect(dry.data!.applyRetention.removals[0]).toMatchObject({ device: 'ret-sw', path: expect.stringMatching(/^ams\/ret-sw\//) });

    const applied = await api.gql(applyDoc, { id: repositoryId, dryRun: false }, { token: api.adminToken });
    expect(applied.data!.applyRetention.removals).toEqual(dry.data!.applyRetention.removals);
    const [{ count: left }] = await api.db.sql`select count(*)::int as count from backups where repository_id = ${repositoryId}`;
    expect(left).toBe(total - 10 * artifacts);
    // The history the device page reads holds what is left, every change among it.
    const history = await api.gql(`{ device(id: "${deviceId}") { backups(first: 100) { totalCount nodes { changed } } } }`, {}, { token: api.adminToken });
    expect(history.data!.device.backups.totalCount).toBe(left);
    expect(history.data!.device.backups.nodes.filter((b: { changed: boolean }) => b.changed)).toHaveLength(artifacts);
  });
});
