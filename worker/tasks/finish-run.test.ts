/**
 * No run is left unfinished, and a storage failure loses nothing: a store that fails is tried
 * again after a wait; when it still fails the run ends failed with its devices "collected, not
 * stored" and what they collected kept, and `retryStore` stores it. The commit and the backups
 * rows agree again after a retry.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';
import { startWorker, type RunningWorker } from '../run-worker.ts';

/** Short waits between store attempts, so that a run gives up within a second: three attempts. */
const storeRetryDelaysMs = [100, 200];

let api: TestApi;
let worker: RunningWorker;
/** Configurations that never change, and ones that change on every fetch (every run has something to store). */
let steady: Lab;
let changing: Lab;
let credentialSetId: string;
let operator: string;
let viewer: string;

beforeAll(async () => {
  api = await startTestApi();
  worker = await startWorker({
    db: api.db.db,
    keyring: api.keyring,
    log: pino({ level: 'silent' }),
    dataDir: api.dataDir,
    databaseUrl: api.database.url,
    concurrency: 5,
    storeRetryDelaysMs,
    // A store of one device at a time: every run here is stored in several pages.
    finishPageDevices: 1,
  });
  steady = await startLab({ devices: [{ platform: 'cisco-ios' }, { platform: 'cisco-ios' }], changeEvery: 1000 });
  changing = await startLab({ devices: [{ platform: 'cisco-ios' }, { platform: 'cisco-ios' }], changeEvery: 1 });
  const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: steady.devices[0].password }, { token: api.adminToken });
  credentialSetId = set.data!.createCredentialSet.id;
  operator = await api.tokenFor('OPERATOR');
  viewer = await api.tokenFor('VIEWER');
  // Refuses the first `fail_first` inserts into backups: a sequence counts them outside any transaction.
  await api.db.sql.unsafe(`
    create table injected_failure (fail_first int not null);
    insert into injected_failure values (0);
    create sequence backup_inserts;
    create function refuse_backups() returns trigger language plpgsql as $$
    begin
      if nextval('backup_inserts') <= (select fail_first from injected_failure) then
        raise exception 'injected failure: the backups table refuses rows';
      end if;
      return null;
    end $$;
    create trigger refuse_backups before insert on backups for each statement execute function refuse_backups();`);
});

afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await steady?.close();
  await changing?.close();
});

async function failRecording(first: number) {
  await api.db.sql`update injected_failure set fail_first = ${first}`;
  await api.db.sql`select setval('backup_inserts', 1, false)`;
}

async function createRepository(input: Record<string, unknown>) {
  const repo = await api.gql(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id path } }`, { input }, { token: api.adminToken });
  expect(repo.errors).toBeUndefined();
  return repo.data!.createRepository as { id: string; path: string };
}

async function addDevice(name: string, lab: Lab, labIndex: number, repositoryId: string, extra: Record<string, unknown> = {}) {
  const device = lab.devices[labIndex];
  const created = await api.gql(
    `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
    { input: { name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [credentialSetId], repositoryId, ...extra } },
    { token: api.adminToken },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createDevice.id as string;
}

async function repositoryWithDevices(name: string) {
  const { id: repositoryId, path: gitdir } = await createRepository({ name, kind: 'GIT' });
  const deviceIds = [await addDevice(`${name}-0`, steady, 0, repositoryId), await addDevice(`${name}-1`, steady, 1, repositoryId)];
  return { repositoryId, gitdir, deviceIds };
}

const runFields = `id status error storeAttempts notStoredCount succeededCount
  result { success backedUpCount failedCount changedCount gitStatus gitCommitStatus { sha filesChanged } failedDevices { device code message } }
  devices { deviceName status errorCode errorMessage }
  events { type message }`;

async function waitForEnd(id: string) {
  for (;;) {
    const response = await api.gql(`{ run(id: "${id}") { ${runFields} } }`, {}, { token: api.adminToken });
    const run = response.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runToEnd(input: Record<string, unknown>) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  return waitForEnd(started.data!.startRun.id as string);
}

async function retryStore(runId: string, token = operator) {
  return api.gql(`mutation($runId: ID!) { retryStore(runId: $runId) { id status } }`, { runId }, { token });
}

async function devicesState(ids: string[]) {
  const states = [];
  for (const id of ids) {
    const response = await api.gql(`{ device(id: "${id}") { lastStatus lastErrorCode lastSuccessAt lastBackupAt } }`, {}, { token: api.adminToken });
    const device = response.data!.device;
    states.push({ status: device.lastStatus, code: device.lastErrorCode, success: device.lastSuccessAt, backup: device.lastBackupAt });
  }
  return states;
}

const keptCount = async (runId: string) => (await api.db.sql`select count(*)::int as n from run_devices where run_id = ${runId} and collected is not null`)[0].n;
const git = (gitdir: string, ...args: string[]) => execFileSync('git', ['--git-dir', gitdir, ...args], { encoding: 'utf8' }).trim();
const backupsOf = (runId: string) => api.db.sql`select storage_ref, sha256, artifact from backups where run_id = ${runId} order by storage_ref->>'path'`;

/** Every file below `root`, relative and sorted. */
function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('F7: a run whose store fails loses nothing', () => {
  it('F7: a branch locked by another writer: the run ends FAILED after its store attempts, devices collected, not stored, data kept; retryStore stores it', async () => {
    const { id: repositoryId, path: gitdir } = await createRepository({ name: 'locked', kind: 'GIT' });
    const deviceIds = [await addDevice('locked-0', changing, 0, repositoryId), await addDevice('locked-1', changing, 1, repositoryId)];
    const first = await runToEnd({ deviceIds, repositoryId });
    expect(first.status).toBe('SUCCEEDED');
    const firstCommit = git(gitdir, 'rev-parse', 'main');
    const backedUp = await devicesState(deviceIds);
    expect(backedUp.map((d) => d.status)).toEqual(['succeeded', 'succeeded']);

    const lock = path.join(gitdir, 'refs', 'heads', 'main.lock');
    fs.writeFileSync(lock, '');
    const failed = await runToEnd({ deviceIds, repositoryId });

    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/^storing the run failed 3 times: refs\/heads\/main in .* is locked by another writer$/);
    expect(failed.storeAttempts).toBe(3);
    expect(failed.events.filter((e: { type: string }) => e.type === 'run-store-failed').map((e: { message: string }) => e.message)).toEqual([
      expect.stringMatching(/^Storing failed \(attempt 1 of 3\): .*locked by another writer; trying again in 100 ms$/),
      expect.stringMatching(/^Storing failed \(attempt 2 of 3\): .*locked by another writer; trying again in 200 ms$/),
    ]);
    expect(failed.result).toMatchObject({ success: false, backedUpCount: 0, failedCount: 2 });
    expect(failed.result.failedDevices).toEqual([
      { device: 'locked-0', code: 'STORAGE_FAILED', message: `Collected, not stored: ${failed.error}` },
      { device: 'locked-1', code: 'STORAGE_FAILED', message: `Collected, not stored: ${failed.error}` },
    ]);
    expect(failed.devices).toEqual([
      { deviceName: 'locked-0', status: 'COLLECTED', errorCode: 'STORAGE_FAILED', errorMessage: `Collected, not stored: ${failed.error}` },
      { deviceName: 'locked-1', status: 'COLLECTED', errorCode: 'STORAGE_FAILED', errorMessage: `Collected, not stored: ${failed.error}` },
    ]);
    expect([failed.notStoredCount, failed.succeededCount]).toEqual([2, 0]);
    // Not backed up: the devices say so, and their last success and backup did not move.
    expect(await devicesState(deviceIds)).toEqual(backedUp.map((d) => ({ ...d, status: 'failed', code: 'STORAGE_FAILED' })));
    expect(await backupsOf(failed.id)).toHaveLength(0);
    expect(await keptCount(failed.id)).toBe(2);
    expect(git(gitdir, 'rev-parse', 'main')).toBe(firstCommit);
    expect(fs.readFileSync(lock, 'utf8')).toBe('');

    expect((await retryStore(failed.id, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await retryStore(first.id)).errors?.[0].extensions?.code).toBe('CONFLICT');

    fs.rmSync(lock);
    const retried = await retryStore(failed.id);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryStore).toEqual({ id: failed.id, status: 'FINISHING' });
    const stored = await waitForEnd(failed.id);

    expect(stored.status).toBe('SUCCEEDED');
    expect(stored.error).toBeNull();
    expect(stored.result).toMatchObject({ success: true, backedUpCount: 2, failedCount: 0, failedDevices: [] });
    expect(stored.devices.map((d: { status: string; errorCode: string | null }) => [d.status, d.errorCode])).toEqual([
      ['SUCCEEDED', null],
      ['SUCCEEDED', null],
    ]);
    const head = git(gitdir, 'rev-parse', 'main');
    expect(git(gitdir, 'rev-list', '--count', 'main')).toBe('2');
    expect(git(gitdir, 'log', '-1', '--format=%B', 'main')).toContain(`Run: ${failed.id}`);
    const rows = await backupsOf(failed.id);
    expect(rows).toHaveLength(4);
    for (const { storage_ref: ref } of rows) {
      expect(ref.commit).toBe(head);
      expect(git(gitdir, 'rev-parse', `${ref.commit}:${ref.path}`)).toBe(ref.blob);
    }
    execFileSync('git', ['--git-dir', gitdir, 'fsck', '--strict']);
    const after = await devicesState(deviceIds);
    for (const [i, device] of after.entries()) {
      expect(device).toMatchObject({ status: 'succeeded', code: null });
      expect(new Date(device.success!).getTime()).toBeGreaterThan(new Date(backedUp[i].success!).getTime());
    }
    expect(await keptCount(failed.id)).toBe(0);
    expect((await retryStore(failed.id)).errors?.[0].extensions?.code).toBe('CONFLICT');
  }, 60_000);

  it('F7, F16, F21: a filesystem repository that fails half way keeps no file of the run, its text and binary data kept; retryStore writes them all and says how many', async () => {
    const { id: repositoryId, path: root } = await createRepository({ name: 'files', kind: 'FILESYSTEM', pathTemplate: '{device}/{artifact}' });
    const textIds = [await addDevice('fs-a', changing, 0, repositoryId), await addDevice('fs-b', changing, 1, repositoryId)];
    const first = await runToEnd({ deviceIds: textIds, repositoryId });
    expect(first.status).toBe('SUCCEEDED');
    // F21: what was written, not "no changes; nothing committed".
    expect(first.result.gitStatus).toBe('4 files written');
    expect(first.result.gitCommitStatus).toEqual({ sha: null, filesChanged: 4 });

    // fs-c's folder cannot be made: a file sits where it must go. fs-a and fs-b come first and
    // are written before it fails; fs-d is a binary artifact, staged in the repository's
    // .tidemark-objects/<run id>/ while it was collected.
    const blockedId = await addDevice('fs-c', changing, 0, repositoryId);
    const binaryId = await addDevice('fs-d', changing, 1, repositoryId, { backupMethod: 'binary-demo', options: { sizeBytes: 200_000 } });
    fs.writeFileSync(path.join(root, 'fs-c'), 'in the way\n');
    const before = listFiles(root);
    const failed = await runToEnd({ deviceIds: [...textIds, blockedId, binaryId], repositoryId });

    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/^storing the run failed 3 times: .*(EEXIST|ENOTDIR)/);
    expect(failed.devices.map((d: { status: string; errorCode: string }) => [d.status, d.errorCode])).toEqual(Array(4).fill(['COLLECTED', 'STORAGE_FAILED']));
    expect(failed.result).toMatchObject({ backedUpCount: 0, changedCount: 0 });
    expect(await backupsOf(failed.id)).toHaveLength(0);
    // F16: nothing on disk that the database does not record: besides the staged binary, kept
    // for a retry of the store, the repository is as before.
    const staging = path.join(root, '.tidemark-objects', failed.id);
    const [stagedObject] = listFiles(staging);
    expect(listFiles(root)).toEqual([...before, `.tidemark-objects/${failed.id}/${stagedObject}`].sort());
    expect(await keptCount(failed.id)).toBe(4);
    expect(fs.existsSync(path.join(api.dataDir, 'staging'))).toBe(false);

    fs.rmSync(path.join(root, 'fs-c'));
    expect((await retryStore(failed.id)).errors).toBeUndefined();
    const stored = await waitForEnd(failed.id);

    expect(stored.status).toBe('SUCCEEDED');
    expect(stored.result.gitStatus).toBe('7 files written');
    const rows = await backupsOf(failed.id);
    expect(rows).toHaveLength(7);
    const versions = listFiles(root).filter((file) => file.startsWith('.versions/'));
    expect(versions.filter((file) => file.startsWith('.versions/fs-a/') || file.startsWith('.versions/fs-b/'))).toHaveLength(8);
    expect(versions.filter((file) => file.startsWith('.versions/fs-c/'))).toHaveLength(2);
    expect(versions.filter((file) => file.startsWith('.versions/fs-d/'))).toHaveLength(1);
    for (const { storage_ref: ref, sha256 } of rows) {
      const content = fs.readFileSync(path.join(root, '.versions', ref.path, ref.version));
      expect(crypto.createHash('sha256').update(content).digest('hex')).toBe(sha256);
      expect(fs.readFileSync(path.join(root, ref.path)).equals(content)).toBe(true);
    }
    expect(rows.find((row) => row.artifact === 'demo.bin')?.sha256).toBe(stagedObject);
    expect(fs.existsSync(staging)).toBe(false);
    expect((await devicesState([blockedId, binaryId])).map((d) => d.status)).toEqual(['succeeded', 'succeeded']);
  }, 60_000);
});

describe('a run whose recording fails', () => {
  it('records on the retry what the failed attempt committed: one commit, and the backups rows point at it', async () => {
    const { repositoryId, gitdir, deviceIds } = await repositoryWithDevices('retried');
    await failRecording(1);
    const run = await runToEnd({ deviceIds, repositoryId });
    await failRecording(0);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.storeAttempts).toBe(1);
    const head = git(gitdir, 'rev-parse', 'main');
    expect(git(gitdir, 'rev-list', '--count', 'main')).toBe('1');
    expect(run.result.gitCommitStatus.sha).toBe(head);
    const rows = await backupsOf(run.id);
    expect(rows).toHaveLength(4);
    for (const { storage_ref: ref } of rows) {
      expect(ref.commit).toBe(head);
      expect(git(gitdir, 'rev-parse', `${ref.commit}:${ref.path}`)).toBe(ref.blob);
    }
  });

  it('ends FAILED on the last attempt naming the commit that was written; the next run records the versions, and the older run may no longer be stored', async () => {
    const { repositoryId, gitdir, deviceIds } = await repositoryWithDevices('unrecorded');
    await failRecording(1000);
    const failed = await runToEnd({ deviceIds, repositoryId });
    await failRecording(0);

    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe('storing the run failed 3 times: injected failure: the backups table refuses rows');
    const written = git(gitdir, 'rev-parse', 'main');
    expect(failed.result).toMatchObject({ success: false, backedUpCount: 0, changedCount: 4, gitCommitStatus: { sha: written } });
    expect(failed.result.gitStatus).toBe(`commit ${written.slice(0, 7)} holds 4 new versions, but recording the backups failed: ${failed.error}; a retry of the store records them`);
    expect(failed.events.at(-1)).toMatchObject({ type: 'run-finished', message: `Run failed: ${failed.error}; 2 devices collected, not stored: kept for a retry of the store` });
    expect(await backupsOf(failed.id)).toHaveLength(0);
    const dashboardRuns = await api.gql(`{ runs(first: 5, filter: { status: FAILED }) { nodes { id error } } }`, {}, { token: api.adminToken });
    expect(dashboardRuns.data!.runs.nodes).toContainEqual({ id: failed.id, error: failed.error });

    const next = await runToEnd({ deviceIds, repositoryId });
    expect(next.status).toBe('SUCCEEDED');
    const rows = await backupsOf(next.id);
    expect(rows).toHaveLength(4);
    for (const { storage_ref: ref } of rows) {
      expect(git(gitdir, 'rev-parse', `${ref.commit}:${ref.path}`)).toBe(ref.blob);
      execFileSync('git', ['--git-dir', gitdir, 'merge-base', '--is-ancestor', written, ref.commit]);
    }
    execFileSync('git', ['--git-dir', gitdir, 'fsck', '--strict']);

    // Its configurations are older than those the next run stored: storing them would go back.
    const refused = await retryStore(failed.id);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(refused.errors?.[0].message).toMatch(/^A later run stored newer backups of unrecorded-0, unrecorded-1;/);
  }, 60_000);
});
