/**
 * Runs that push to an SSH remote behind Debian's OpenSSH sshd, through the whole pipeline: the
 * remote's host key pinned on first use, a person's README kept with the run's commit rebased onto
 * it, a person's edit of a backed-up file stopping the push with REMOTE_DIVERGED on the run and the
 * repository, and a changed host key waiting for an admin.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostKeyFingerprint } from '../../db/devices/host-key.ts';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';
import { generateKeyPair, type KeyPair } from '../../lab/keys.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startOpenSshServer, type OpenSshServer } from '../../lab/openssh-server.ts';
import { startWorker, type RunningWorker } from '../run-worker.ts';

let api: TestApi;
let worker: RunningWorker;
let lab: Lab;
let sshd: OpenSshServer;
let deployKey: KeyPair;
let labSetId: string;
let deploySetId: string;

beforeAll(async () => {
  api = await startTestApi();
  worker = await startWorker({ db: api.db.db, keyring: api.keyring, log: pino({ level: 'silent' }), dataDir: api.dataDir, databaseUrl: api.database.url, concurrency: 5 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }], changeEvery: 1 });
  deployKey = generateKeyPair('ed25519', 'deploy passphrase');
  sshd = await startOpenSshServer({ authorizedKeys: [deployKey.publicKey] });
  const labSet = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  labSetId = labSet.data!.createCredentialSet.id;
  const deploySet = await api.gql(
    `mutation($key: String!) { createCredentialSet(input: { name: "deploy", username: "${sshd.username}", privateKey: $key, passphrase: "deploy passphrase" }) { id } }`,
    { key: deployKey.privateKey },
    { token: api.adminToken },
  );
  expect(deploySet.errors).toBeUndefined();
  deploySetId = deploySet.data!.createCredentialSet.id;
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await lab?.close();
  await sshd?.stop();
});

const git = (gitdir: string, ...args: string[]) => execFileSync('git', ['--git-dir', gitdir, ...args], { encoding: 'utf8' }).trim();

/** A person's commit on the remote, from a clone of their own. */
function personCommits(remote: string, file: string, content: string): string {
  const work = fs.mkdtempSync(path.join(sshd.dir, 'person-'));
  execFileSync('git', ['clone', '--quiet', remote, work]);
  fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  fs.writeFileSync(path.join(work, file), content);
  execFileSync('git', ['-C', work, 'add', file]);
  execFileSync('git', ['-C', work, '-c', 'user.name=A Person', '-c', 'user.email=person@example.net', 'commit', '--quiet', '-m', `Edit ${file}`]);
  execFileSync('git', ['-C', work, 'push', '--quiet', 'origin', 'HEAD:main']);
  return execFileSync('git', ['-C', work, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

const repositoryFields = `id path remoteUrl remoteHostKeyFingerprint pendingRemoteHostKeyFingerprint remoteCredentialSet { name } signingCredentialSet { name }
  divergence { localCommit remoteCommit }`;

async function repository(id: string) {
  const response = await api.gql(`{ repository(id: "${id}") { ${repositoryFields} } }`, {}, { token: api.adminToken });
  expect(response.errors).toBeUndefined();
  return response.data!.repository;
}

async function runToEnd(deviceId: string) {
  const started = await api.gql(`mutation { startRun(input: { deviceIds: ["${deviceId}"] }) { id } }`, {}, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const response = await api.gql(
      `{ run(id: "${started.data!.startRun.id}") { id status error result { gitStatus failedDevices { code message } gitCommitStatus { sha filesChanged pushed pushError } } } }`,
      {},
      { token: api.adminToken },
    );
    const run = response.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('runs pushing to an SSH remote', () => {
  it('pins the host key, keeps a person\'s README, stops with REMOTE_DIVERGED on an edited backup, and waits for an admin on a changed host key', { timeout: 180_000 }, async () => {
    const remote = path.join(sshd.dir, 'backups.git');
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
    const remoteUrl = `ssh://${sshd.username}@127.0.0.1:${sshd.port}${remote}`;

    const refused = await api.gql(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }`, { input: { name: 'no-key', kind: 'GIT', remoteUrl } }, { token: api.adminToken });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'remoteCredentialSetId' });
    const noPrivateKey = await api.gql(
      `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }`,
      { input: { name: 'lab-key', kind: 'GIT', remoteUrl, remoteCredentialSetId: labSetId } },
      { token: api.adminToken },
    );
    expect(noPrivateKey.errors?.[0].message).toContain('has no private key');

    const created = await api.gql(
      `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { ${repositoryFields} } }`,
      { input: { name: 'ssh-backups', kind: 'GIT', remoteUrl, remoteCredentialSetId: deploySetId } },
      { token: api.adminToken },
    );
    expect(created.errors).toBeUndefined();
    const repo = created.data!.createRepository;
    expect(repo).toMatchObject({ remoteUrl, remoteHostKeyFingerprint: null, remoteCredentialSet: { name: 'deploy' }, divergence: null });

    const tested = await api.gql(`{ testRepository(id: "${repo.id}") { ok messages hostKeyFingerprint } }`, {}, { token: api.adminToken });
    expect(tested.data!.testRepository).toMatchObject({ ok: true, hostKeyFingerprint: hostKeyFingerprint(sshd.hostKey) });
    expect(tested.data!.testRepository.messages.join('\n')).toContain('branch main does not exist yet');
    expect((await repository(repo.id)).remoteHostKeyFingerprint).toBeNull();

    const device = lab.devices[0];
    const added = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: 'core-sw-01', host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [labSetId], repositoryId: repo.id } },
      { token: api.adminToken },
    );
    const deviceId = added.data!.createDevice.id as string;

    const first = await runToEnd(deviceId);
    expect(first.result.gitCommitStatus).toMatchObject({ pushed: true, pushError: null });
    expect(git(remote, 'rev-parse', 'main')).toBe(first.result.gitCommitStatus.sha);
    expect((await repository(repo.id)).remoteHostKeyFingerprint).toBe(hostKeyFingerprint(sshd.hostKey));

    // A person adds a README: the next run's commit is rebased onto it, and its backups name the pushed commit.
    const readme = personCommits(remote, 'README.md', '# Backups\n');
    const second = await runToEnd(deviceId);
    expect(second.result.gitCommitStatus).toMatchObject({ pushed: true, pushError: null });
    const head = git(remote, 'rev-parse', 'main');
    expect(second.result.gitCommitStatus.sha).toBe(head);
    expect(git(remote, 'rev-parse', 'main^')).toBe(readme);
    expect(git(remote, 'show', 'main:README.md')).toBe('# Backups');
    expect(git(repo.path, 'rev-parse', 'main')).toBe(head);
    const rows = await api.db.sql`select storage_ref->>'commit' as commit from backups where run_id = ${second.id}`;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.commit))).toEqual(new Set([head]));

    // A person edits the device's backed-up configuration: nothing is pushed, both heads are shown.
    const configPath = git(remote, 'ls-tree', '-r', '--name-only', 'main').split('\n').find((file) => file.endsWith('core-sw-01/running-config'))!;
    const edited = personCommits(remote, configPath, 'hostname edited-by-hand\n');
    const third = await runToEnd(deviceId);
    const local = git(repo.path, 'rev-parse', 'main');
    expect(third.status).toBe('SUCCEEDED');
    expect(third.result.gitCommitStatus).toMatchObject({ sha: local, pushed: false });
    expect(third.result.gitCommitStatus.pushError).toContain('REMOTE_DIVERGED');
    expect(third.result.gitCommitStatus.pushError).toContain(local);
    expect(third.result.gitCommitStatus.pushError).toContain(edited);
    expect((await repository(repo.id)).divergence).toEqual({ localCommit: local, remoteCommit: edited });
    expect(git(remote, 'rev-parse', 'main')).toBe(edited);
    expect(git(repo.path, 'rev-parse', 'main^')).toBe(head);

    // The remote is put right (the edit reverted by a person): the next run rebases and the divergence is over.
    personCommits(remote, configPath, git(remote, 'show', `${head}:${configPath}`) + '\n');
    const fourth = await runToEnd(deviceId);
    expect(fourth.result.gitCommitStatus).toMatchObject({ pushed: true, pushError: null });
    expect((await repository(repo.id)).divergence).toBeNull();
    expect(git(remote, 'rev-list', '--count', 'main')).toBe('7');
    // The third run's commit was rebased too: its backups rows name the commit the remote holds.
    const thirdRows = await api.db.sql`select distinct storage_ref->>'commit' as commit from backups where run_id = ${third.id}`;
    expect(thirdRows.map((row) => row.commit)).toEqual([git(remote, 'rev-parse', 'main^')]);
    expect(git(remote, 'log', '-1', '--format=%s', 'main^')).toBe(git(repo.path, 'log', '-1', '--format=%s', local));

    // The remote's host key changes: pushes stop until an admin accepts the new key.
    const other = generateKeyPair('ed25519');
    await api.db.sql`update repositories set remote_host_key = ${other.publicKey} where id = ${repo.id}`;
    const fifth = await runToEnd(deviceId);
    expect(fifth.result.gitCommitStatus.pushed).toBe(false);
    expect(fifth.result.gitCommitStatus.pushError).toMatch(/host key changed/);
    expect(await repository(repo.id)).toMatchObject({
      remoteHostKeyFingerprint: hostKeyFingerprint(other.publicKey),
      pendingRemoteHostKeyFingerprint: hostKeyFingerprint(sshd.hostKey),
    });
    const operator = await api.tokenFor('OPERATOR');
    const forbidden = await api.gql(`mutation { acceptRemoteHostKey(id: "${repo.id}") { id } }`, {}, { token: operator });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const accepted = await api.gql(`mutation { acceptRemoteHostKey(id: "${repo.id}") { remoteHostKeyFingerprint pendingRemoteHostKeyFingerprint } }`, {}, { token: api.adminToken });
    expect(accepted.data!.acceptRemoteHostKey).toEqual({ remoteHostKeyFingerprint: hostKeyFingerprint(sshd.hostKey), pendingRemoteHostKeyFingerprint: null });
    const sixth = await runToEnd(deviceId);
    expect(sixth.result.gitCommitStatus).toMatchObject({ pushed: true, pushError: null });
    expect(git(remote, 'rev-parse', 'main')).toBe(git(repo.path, 'rev-parse', 'main'));

    // The deploy key is never logged, and the credential set in use cannot be deleted.
    expect(api.logs()).not.toContain(deployKey.privateKey.split('\n')[1]);
    const removed = await api.gql(`mutation { deleteCredentialSet(id: "${deploySetId}") }`, {}, { token: api.adminToken });
    expect(removed.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
