import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let repositoryId: string;
let repoPath: string;
let goodSet: string;
let wrongSet: string;

const git = (...args: string[]) => execFileSync('git', ['--git-dir', repoPath, ...args], { encoding: 'utf8' });

async function waitForRun(id: string) {
  for (;;) {
    const result = await api.gql(`{ run(id: "${id}") { id status total completed succeededCount failedCount result { success backedUpCount failedCount changedCount unchangedCount backedUpDevices failedDevices { device code message } gitStatus gitCommitStatus { sha filesChanged pushed pushError } credentialInfo { device credentialSet } commitDate } devices { deviceName status attempts errorCode stages { stage status credentialSet code } credentialSet { name } } } }`, {}, { token: api.adminToken });
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startRun(input: Record<string, unknown>) {
  const result = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id status trigger } }`, { input }, { token: api.adminToken });
  expect(result.errors).toBeUndefined();
  return result.data!.startRun as { id: string; status: string; trigger: string };
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 10 });
  lab = await startLab({
    devices: [
      { platform: 'cisco-ios', name: 'sw-01' },
      { platform: 'cisco-ios', name: 'sw-02' },
      { platform: 'arista-eos', name: 'sw-03' },
      { platform: 'cisco-ios', name: 'bad-password', fault: 'wrong-password' },
      { platform: 'cisco-ios', name: 'gone', fault: 'refused' },
    ],
    changeEvery: 1000,
  });
  const set = (name: string, password: string) =>
    api.gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, { input: { name, username: 'admin', password, enableSecret: 'lab-enable' } }, { token: api.adminToken });
  wrongSet = (await set('wrong', 'not-the-password')).data!.createCredentialSet.id;
  goodSet = (await set('lab', lab.devices[0].password)).data!.createCredentialSet.id;
  const repo = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id path } }`, {}, { token: api.adminToken });
  repositoryId = repo.data!.createRepository.id;
  repoPath = repo.data!.createRepository.path;
  for (const device of lab.devices) {
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      {
        input: {
          name: device.name,
          host: device.host,
          port: device.port,
          backupMethod: device.backupMethod,
          location: 'emea/ams1',
          // sw-01 lists the wrong set first: the right one must be found and remembered.
          credentialSetIds: device.name === 'sw-01' ? [wrongSet, goodSet] : [goodSet],
        },
      },
      { token: api.adminToken },
    );
    expect(created.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await api?.close();
  await lab?.close();
});

describe('runs', () => {
  let firstRun: Awaited<ReturnType<typeof waitForRun>>;

  it('back up every healthy device in one commit; faulty ones fail with their code after the retries', async () => {
    const started = await startRun({ selection: { all: true }, repositoryId, maxAttempts: 2 });
    expect(started).toMatchObject({ status: 'QUEUED', trigger: 'API' });
    firstRun = await waitForRun(started.id);
    expect(firstRun.status).toBe('PARTIAL');
    expect(firstRun.total).toBe(5);
    expect(firstRun.result.backedUpDevices.sort()).toEqual(['sw-01', 'sw-02', 'sw-03']);
    expect(firstRun.result.failedDevices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ device: 'bad-password', code: 'AUTH_FAILED' }),
        expect.objectContaining({ device: 'gone', code: 'UNREACHABLE' }),
      ]),
    );
    const gone = firstRun.devices.find((d: { deviceName: string }) => d.deviceName === 'gone');
    expect(gone.attempts).toBe(2);
    expect(firstRun.result.changedCount).toBeGreaterThanOrEqual(3);
    expect(firstRun.result.gitCommitStatus.sha).toMatch(/^[0-9a-f]{40}$/);

    expect(git('rev-parse', 'main').trim()).toBe(firstRun.result.gitCommitStatus.sha);
    expect(git('rev-list', '--count', 'main').trim()).toBe('1');
    const files = git('show', '--stat', '--format=%s', 'main');
    expect(files).toContain('emea/ams1/sw-01/running-config');
    expect(files).toContain(`${firstRun.result.changedCount} files changed`);
    execFileSync('git', ['--git-dir', repoPath, 'fsck', '--full', '--strict']);
    const config = git('show', 'main:emea/ams1/sw-02/running-config');
    expect(config).toContain('hostname sw-02');
  });

  it('fall back to the next credential set, and remember the one that worked', async () => {
    const sw01 = firstRun.devices.find((d: { deviceName: string }) => d.deviceName === 'sw-01');
    expect(sw01.stages.filter((s: { stage: string; status: string }) => s.stage === 'authenticate').map((s: { status: string; credentialSet: string }) => [s.status, s.credentialSet])).toEqual([
      ['failed', 'wrong'],
      ['ok', 'lab'],
    ]);
    expect(firstRun.result.credentialInfo).toContainEqual({ device: 'sw-01', credentialSet: 'lab' });
    expect(JSON.stringify(firstRun)).not.toContain(lab.devices[0].password);
  });

  it('make no commit when nothing changed and record the devices as unchanged', async () => {
    const started = await startRun({ selection: { all: true }, repositoryId, maxAttempts: 1 });
    const second = await waitForRun(started.id);
    expect(second.result.changedCount).toBe(0);
    expect(second.result.unchangedCount).toBe(firstRun.result.changedCount);
    expect(second.result.gitCommitStatus.sha).toBeNull();
    expect(git('rev-list', '--count', 'main').trim()).toBe('1');
    const sw01 = second.devices.find((d: { deviceName: string }) => d.deviceName === 'sw-01');
    // The set that worked last time is tried first now.
    expect(sw01.stages.filter((s: { stage: string }) => s.stage === 'authenticate')).toHaveLength(1);

    const history = await api.gql(`{ devices(search: "sw-02") { nodes { backups(artifact: "running-config") { totalCount nodes { artifact changed type size sha256 } } } } }`, {}, { token: api.adminToken });
    const backups = history.data!.devices.nodes[0].backups;
    expect(backups.totalCount).toBe(2);
    expect(backups.nodes.map((b: { changed: boolean }) => b.changed)).toEqual([false, true]);
  });

  it('replay every stored event to a late subscriber, numbered without gaps', async () => {
    const events = await api.gql(`{ run(id: "${firstRun.id}") { events { seq type current total message } } }`, {}, { token: api.adminToken });
    const list = events.data!.run.events;
    expect(list.map((e: { seq: number }) => e.seq)).toEqual(list.map((_: unknown, i: number) => i + 1));
    expect(list[0].type).toBe('run-started');
    expect(list.at(-1)).toMatchObject({ type: 'run-finished', current: 5, total: 5 });
    expect(list.some((e: { message: string }) => /^Backing up device \d\/5: sw-0\d$/.test(e.message))).toBe(true);
  });

  it('serve a backup as text, as a download, and as a diff', async () => {
    const history = await api.gql(`{ devices(search: "sw-02") { nodes { backups(artifact: "running-config") { nodes { id downloadUrl } } } } }`, {}, { token: api.adminToken });
    const [newer, older] = history.data!.devices.nodes[0].backups.nodes;
    const content = await api.gql(`{ backupContent(id: "${older.id}") { content lineCount secretsRevealed } }`, {}, { token: api.adminToken });
    expect(content.data!.backupContent.content).toContain('hostname sw-02');
    const download = await fetch(`${api.url}${older.downloadUrl}`, { headers: { authorization: `Bearer ${api.adminToken}` } });
    expect(download.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(download.headers.get('content-disposition')).toMatch(/filename="sw-02-running-config-.*\.cfg"/);
    expect(await download.text()).toBe(content.data!.backupContent.content);
    const anonymous = await fetch(`${api.url}${older.downloadUrl}`);
    expect(anonymous.status).toBe(401);
    const diff = await api.gql(`{ diffBackups(fromId: "${newer.id}", toId: "${older.id}") { added removed unified } }`, {}, { token: api.adminToken });
    expect(diff.data!.diffBackups).toMatchObject({ added: 0, removed: 0 });
  });

  it('list runs newest first with filters', async () => {
    const runs = await api.gql(`{ runs(first: 10) { totalCount nodes { id status trigger } } partial: runs(filter: { status: PARTIAL }) { totalCount } }`, {}, { token: api.adminToken });
    expect(runs.data!.runs.totalCount).toBe(2);
    expect(runs.data!.runs.nodes[1].id).toBe(firstRun.id);
    expect(runs.data!.partial.totalCount).toBe(2);
  });
});
