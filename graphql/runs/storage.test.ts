import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startGitHttpServer, type GitHttpServer } from '../../storage/testing/git-http-server.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let remote: GitHttpServer;
let credentialSetId: string;

async function runToEnd(input: Record<string, unknown>) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(
      `{ run(id: "${started.data!.startRun.id}") { id status result { changedCount gitStatus gitCommitStatus { sha filesChanged pushed pushError } } devices { deviceName status errorCode } } }`,
      {},
      { token: api.adminToken },
    );
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function addDevice(name: string, labIndex: number, extra: Record<string, unknown> = {}) {
  const device = lab.devices[labIndex];
  const created = await api.gql(
    `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
    { input: { name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [credentialSetId], ...extra } },
    { token: api.adminToken },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createDevice.id as string;
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 5 });
  // Every fetch returns a changed configuration, so every run has something to commit.
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }, { platform: 'cisco-ios' }, { platform: 'cisco-ios', fault: 'slow-login' }], changeEvery: 1, slowLoginMs: 3000 });
  remote = await startGitHttpServer({ token: 'right-token' });
  const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  credentialSetId = set.data!.createCredentialSet.id;
});
afterAll(async () => {
  await api?.close();
  await lab?.close();
  await remote?.close();
});

describe('storing runs', () => {
  it('pushes each commit to the remote; a failed push is reported, kept, and sent by the next good run', async () => {
    const { url, gitdir: remoteDir } = await remote.createRepository('backups');
    const repo = await api.gql(`mutation($url: String!) { createRepository(input: { name: "pushed", kind: GIT, remoteUrl: $url, remoteToken: "right-token" }) { id path } }`, { url }, { token: api.adminToken });
    const { id: repositoryId, path: localDir } = repo.data!.createRepository;
    const deviceId = await addDevice('pushed-sw', 0, { repositoryId });
    const remoteHead = () => execFileSync('git', ['--git-dir', remoteDir, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
    const localHead = () => execFileSync('git', ['--git-dir', localDir, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();

    const first = await runToEnd({ deviceIds: [deviceId], repositoryId });
    expect(first.result.gitCommitStatus).toMatchObject({ pushed: true, pushError: null });
    expect(remoteHead()).toBe(first.result.gitCommitStatus.sha);

    await api.gql(`mutation($id: ID!) { updateRepository(id: $id, input: { remoteToken: "wrong-token" }) { id } }`, { id: repositoryId }, { token: api.adminToken });
    const second = await runToEnd({ deviceIds: [deviceId], repositoryId });
    expect(second.status).toBe('SUCCEEDED');
    expect(second.result.gitCommitStatus.pushed).toBe(false);
    expect(second.result.gitCommitStatus.pushError).toMatch(/auth|401|denied|credential/i);
    expect(second.result.gitCommitStatus.pushError).not.toContain('wrong-token');
    expect(localHead()).toBe(second.result.gitCommitStatus.sha);
    expect(remoteHead()).toBe(first.result.gitCommitStatus.sha);

    await api.gql(`mutation($id: ID!) { updateRepository(id: $id, input: { remoteToken: "right-token" }) { id } }`, { id: repositoryId }, { token: api.adminToken });
    const third = await runToEnd({ deviceIds: [deviceId], repositoryId });
    expect(third.result.gitCommitStatus.pushed).toBe(true);
    expect(remoteHead()).toBe(localHead());
    expect(execFileSync('git', ['--git-dir', remoteDir, 'rev-list', '--count', 'main'], { encoding: 'utf8' }).trim()).toBe('3');
    execFileSync('git', ['--git-dir', remoteDir, 'fsck', '--full']);
  });

  it('tests a repository without writing: a wrong token is reported, the right one accepted', async () => {
    const { url } = await remote.createRepository('checked');
    const repo = await api.gql(`mutation($url: String!) { createRepository(input: { name: "checked", kind: GIT, remoteUrl: $url, remoteToken: "wrong-token" }) { id path } }`, { url }, { token: api.adminToken });
    const { id, path: folder } = repo.data!.createRepository;
    const check = async () => (await api.gql(`{ testRepository(id: "${id}") { ok messages } }`, {}, { token: api.adminToken })).data!.testRepository;
    const refused = await check();
    expect(refused.ok).toBe(false);
    expect(refused.messages.join('\n')).toMatch(/refused the credentials/);
    expect(JSON.stringify(refused)).not.toContain('wrong-token');
    await api.gql(`mutation { updateRepository(id: "${id}", input: { remoteToken: "right-token" }) { id } }`, {}, { token: api.adminToken });
    const accepted = await check();
    expect(accepted, accepted.messages.join("; ")).toMatchObject({ ok: true });
    expect(accepted.messages.join('\n')).toMatch(/answers with this token/);
    expect(fs.existsSync(folder)).toBe(false);
    const viewer = await api.tokenFor('VIEWER');
    const forbidden = await api.gql(`{ testRepository(id: "${id}") { ok } }`, {}, { token: viewer });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('writes a filesystem repository at the templated paths; binary artifacts are byte-identical and downloadable by range', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "files", kind: FILESYSTEM, pathTemplate: "{location.1}/{device}/{artifact}" }) { id path } }`, {}, { token: api.adminToken });
    const { id: repositoryId, path: root } = repo.data!.createRepository;
    const textId = await addDevice('fs-sw', 1, { repositoryId, location: 'apac/sin1' });
    const binaryId = await addDevice('fs-fw', 1, { repositoryId, location: 'apac/sin1', backupMethod: 'binary-demo', options: { sizeBytes: 3_000_000 } });

    const run = await runToEnd({ deviceIds: [textId, binaryId], repositoryId });
    expect(run.status).toBe('SUCCEEDED');
    expect(fs.readFileSync(path.join(root, 'apac/fs-sw/running-config'), 'utf8')).toContain('hostname');
    const history = await api.gql(`{ device(id: "${binaryId}") { backups { nodes { id artifact type size sha256 downloadUrl } } } }`, {}, { token: api.adminToken });
    const [binary] = history.data!.device.backups.nodes;
    expect(binary).toMatchObject({ type: 'BINARY', size: 3_000_000 });
    const onDisk = fs.readFileSync(path.join(root, 'apac/fs-fw', binary.artifact));
    expect(crypto.createHash('sha256').update(onDisk).digest('hex')).toBe(binary.sha256);

    const auth = { authorization: `Bearer ${api.adminToken}` };
    const whole = await fetch(`${api.url}${binary.downloadUrl}`, { headers: auth });
    expect(whole.headers.get('content-type')).toBe('application/octet-stream');
    expect(whole.headers.get('content-disposition')).toMatch(/\.bin"$/);
    expect(crypto.createHash('sha256').update(Buffer.from(await whole.arrayBuffer())).digest('hex')).toBe(binary.sha256);
    const part = await fetch(`${api.url}${binary.downloadUrl}`, { headers: { ...auth, range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/3000000');
    expect(Buffer.from(await part.arrayBuffer())).toEqual(onDisk.subarray(100, 200));
    const compare = await api.gql(`{ backupContent(id: "${binary.id}") { content } }`, {}, { token: api.adminToken });
    expect(compare.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const again = await runToEnd({ deviceIds: [binaryId], repositoryId });
    expect(again.result.changedCount).toBe(0);
    expect(fs.readdirSync(path.join(root, '.versions/apac/fs-fw', binary.artifact))).toHaveLength(1);
  });

  it('cancel drops waiting devices and ends the run', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "cancelled", kind: GIT }) { id } }`, {}, { token: api.adminToken });
    const repositoryId = repo.data!.createRepository.id;
    const ids = [await addDevice('slow-1', 2, { repositoryId }), await addDevice('slow-2', 2, { repositoryId }), await addDevice('slow-3', 2, { repositoryId })];
    const started = await api.gql(`mutation($ids: [ID!]) { startRun(input: { deviceIds: $ids, repositoryId: "${repositoryId}", mode: SEQUENTIAL }) { id } }`, { ids }, { token: api.adminToken });
    const runId = started.data!.startRun.id;
    for (;;) {
      const state = await api.gql(`{ run(id: "${runId}") { devices { status } } }`, {}, { token: api.adminToken });
      if (state.data!.run.devices.some((d: { status: string }) => d.status === 'RUNNING')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const cancelled = await api.gql(`mutation { cancelRun(id: "${runId}") { status } }`, {}, { token: api.adminToken });
    expect(cancelled.data!.cancelRun.status).toBe('CANCELLED');
    let run;
    for (;;) {
      run = (await api.gql(`{ run(id: "${runId}") { status finishedAt devices { deviceName status errorCode } } }`, {}, { token: api.adminToken })).data!.run;
      if (run.finishedAt) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(run.status).toBe('CANCELLED');
    expect(run.devices.map((d: { status: string }) => d.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
  });
});
