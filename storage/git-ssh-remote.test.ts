import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, type KeyPair } from '../lab/keys.ts';
import { startOpenSshServer, type OpenSshServer } from '../lab/openssh-server.ts';
import { checkRepository, openRepository } from './index.ts';
import { parseSshRemote } from './git-remote.ts';
import { gitCli, gitConfig, readStream, useTempFolder } from './testing/helpers.ts';
import type { ArtifactFile, RepositoryConfig } from './types.ts';

const run = promisify(execFile);
const passphrase = 'deploy key passphrase';
const temp = useTempFolder('git-ssh');
let server: OpenSshServer;
let deployKey: KeyPair;
let signingKey: KeyPair;
let strangerKey: KeyPair;

beforeAll(async () => {
  deployKey = generateKeyPair('ed25519', passphrase);
  signingKey = generateKeyPair('ed25519', 'signing secret');
  strangerKey = generateKeyPair('ed25519');
  server = await startOpenSshServer({ authorizedKeys: [deployKey.publicKey] });
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

let remoteNumber = 0;
/** A bare repository behind the sshd, and its ssh:// URL. */
async function createRemote(): Promise<{ gitdir: string; url: string }> {
  remoteNumber++;
  const gitdir = join(server.dir, `remote-${remoteNumber}.git`);
  await run('git', ['init', '--quiet', '--bare', '--initial-branch=main', gitdir]);
  return { gitdir, url: `ssh://${server.username}@127.0.0.1:${server.port}${gitdir}` };
}

function config(name: string, url: string, overrides: Partial<RepositoryConfig> = {}): RepositoryConfig {
  return gitConfig(join(temp.path, name), {
    remoteUrl: url,
    remoteSsh: { username: server.username, privateKey: deployKey.privateKey, passphrase, hostKey: server.hostKey },
    ...overrides,
  });
}

function running(device: string, line: string): ArtifactFile[] {
  return [{ path: `emea/ams1/${device}/running-config`, source: { kind: 'text', content: `hostname ${device}\n${line}\n` } }];
}

let runNumber = 0;
function meta() {
  runNumber++;
  return { message: `Run ${runNumber}`, date: new Date(Date.UTC(2024, 4, 1, 12, runNumber)) };
}

/** A person's commit on the remote, made with the git CLI in a clone of their own. */
async function personCommits(remoteGitdir: string, file: string, content: string): Promise<string> {
  const work = join(temp.path, `person-${Math.random().toString(36).slice(2)}`);
  await run('git', ['clone', '--quiet', remoteGitdir, work]);
  await fsp.mkdir(join(work, file, '..'), { recursive: true });
  await fsp.writeFile(join(work, file), content);
  const as = ['-c', 'user.name=A Person', '-c', 'user.email=person@example.net'];
  await run('git', ['-C', work, 'add', file]);
  await run('git', ['-C', work, ...as, 'commit', '--quiet', '-m', `Edit ${file}`]);
  await run('git', ['-C', work, 'push', '--quiet', 'origin', 'main']);
  return (await run('git', ['-C', work, 'rev-parse', 'HEAD'])).stdout.trim();
}

async function sshFolders(): Promise<string[]> {
  return (await fsp.readdir(tmpdir())).filter((name) => name.startsWith('tidemark-ssh-') || name.startsWith('tidemark-sign-'));
}

describe('SSH remote URLs', () => {
  it('reads ssh:// and scp-like URLs, and nothing else', () => {
    expect(parseSshRemote('ssh://git@git.example.net:2222/net/backups.git')).toEqual({ user: 'git', host: 'git.example.net', port: 2222, path: '/net/backups.git' });
    expect(parseSshRemote('git@git.example.net:net/backups.git')).toEqual({ user: 'git', host: 'git.example.net', port: null, path: 'net/backups.git' });
    expect(parseSshRemote('ssh://[::1]/srv/x.git')).toEqual({ user: null, host: '[::1]', port: null, path: '/srv/x.git' });
    for (const other of ['https://git.example.net/x.git', '/srv/x.git', 'ssh://git:secret@host/x.git', 'user:secret@host:x.git', 'ssh://host:99999/x.git']) {
      expect(parseSshRemote(other), other).toBeNull();
    }
  });
});

describe('git repository with an SSH remote', () => {
  it('pushes each commit through OpenSSH with a passphrase-protected deploy key, pinning the host key on first use', async () => {
    const remote = await createRemote();
    const firstUse = config('local', remote.url, { remoteSsh: { username: server.username, privateKey: deployKey.privateKey, passphrase, hostKey: null } });
    const repository = openRepository(firstUse);
    await repository.ensure();
    const first = await repository.store(running('core-sw-01', 'ntp server 10.0.0.1'), meta());
    const pushed = await repository.push();
    expect(pushed).toEqual({ pushed: true, hostKey: server.hostKey });
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(first.commit);

    const pinned = openRepository(config('local', remote.url));
    const second = await pinned.store(running('core-sw-01', 'ntp server 10.0.0.2'), meta());
    expect((await pinned.push()).pushed).toBe(true);
    expect(await gitCli(remote.gitdir, 'rev-list', 'main')).toBe(`${second.commit}\n${first.commit}`);
    expect(await pinned.unpushed()).toBe(false);
    await gitCli(remote.gitdir, 'fsck', '--full', '--strict');
    expect(await sshFolders()).toEqual([]);

    // A second repository continues the remote's history on first use, over SSH too.
    const fresh = openRepository(config('fresh', remote.url));
    await fresh.ensure();
    expect(await gitCli(join(temp.path, 'fresh'), 'rev-parse', 'main')).toBe(second.commit);
    const read = await fresh.openRead(first.refs['emea/ams1/core-sw-01/running-config']!);
    expect((await readStream(read.stream())).toString()).toBe('hostname core-sw-01\nntp server 10.0.0.1\n');
  });

  it('keeps a person\'s README on the remote and rebases the run\'s commit onto it', async () => {
    const remote = await createRemote();
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    const first = await repository.store(running('core-sw-01', 'ntp server 10.0.0.1'), meta());
    expect((await repository.push()).pushed).toBe(true);

    const readme = await personCommits(remote.gitdir, 'README.md', '# Network configuration backups\n');
    const ours = await repository.store(running('core-sw-01', 'ntp server 10.0.0.2'), meta());
    const asked: string[][] = [];
    const pushed = await repository.push({ ownedPaths: async (paths) => (asked.push(paths), []) });

    expect(asked).toEqual([['README.md']]);
    expect(pushed.pushed).toBe(true);
    const rebased = pushed.rebased?.[ours.commit!];
    expect(rebased).toMatch(/^[0-9a-f]{40}$/);
    const local = join(temp.path, 'local');
    expect(await gitCli(local, 'rev-parse', 'main')).toBe(rebased);
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(rebased);
    expect(await gitCli(remote.gitdir, 'rev-list', 'main')).toBe(`${rebased}\n${readme}\n${first.commit}`);
    expect(await gitCli(remote.gitdir, 'show', 'main:README.md')).toBe('# Network configuration backups');
    expect(await gitCli(remote.gitdir, 'show', 'main:emea/ams1/core-sw-01/running-config')).toBe('hostname core-sw-01\nntp server 10.0.0.2');
    expect(await gitCli(remote.gitdir, 'log', '-1', '--format=%an <%ae>|%ad|%s', '--date=iso-strict', 'main')).toBe(
      `Tidemark Test <${(await gitCli(local, 'log', '-1', '--format=%ae', ours.commit!))}>|2024-05-01T12:${String(runNumber).padStart(2, '0')}:00+00:00|Run ${runNumber}`,
    );
    await gitCli(local, 'fsck', '--full', '--strict');
    expect(await repository.unpushed()).toBe(false);
  });

  it('stops with REMOTE_DIVERGED when the remote changed a path Tidemark owns, keeping the local commit and never forcing', async () => {
    const remote = await createRemote();
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    await repository.store([...running('core-sw-01', 'ntp server 10.0.0.1'), ...running('core-sw-02', 'ntp server 10.0.0.1')], meta());
    expect((await repository.push()).pushed).toBe(true);

    // A path this run does not change, but one the backups index says Tidemark owns.
    const theirs = await personCommits(remote.gitdir, 'emea/ams1/core-sw-02/running-config', 'hostname core-sw-02\nedited by hand\n');
    const ours = await repository.store(running('core-sw-01', 'ntp server 10.0.0.2'), meta());
    const owned = async (paths: string[]) => paths.filter((path) => path.startsWith('emea/'));
    const refused = await repository.push({ ownedPaths: owned });

    expect(refused).toMatchObject({
      pushed: false,
      code: 'REMOTE_DIVERGED',
      diverged: { local: ours.commit, remote: theirs, paths: ['emea/ams1/core-sw-02/running-config'] },
    });
    expect(refused.error).toContain(`REMOTE_DIVERGED`);
    expect(refused.error).toContain(ours.commit!);
    expect(refused.error).toContain(theirs);
    const local = join(temp.path, 'local');
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(theirs);
    expect(await gitCli(local, 'rev-parse', 'main')).toBe(ours.commit);
    expect(await repository.unpushed()).toBe(true);

    // The next run commits on top of the kept commit and is refused the same way: nothing is lost.
    const next = await repository.store(running('core-sw-01', 'ntp server 10.0.0.3'), meta());
    const again = await repository.push({ ownedPaths: owned });
    expect(again).toMatchObject({ code: 'REMOTE_DIVERGED', diverged: { local: next.commit, remote: theirs } });
    expect(await gitCli(local, 'rev-list', '--count', 'main')).toBe('3');

    // Our own commit's paths are owned whatever the index says: a person editing them diverges too.
    const mine = await personCommits(remote.gitdir, 'emea/ams1/core-sw-01/running-config', 'hostname core-sw-01\nby hand\n');
    expect(await repository.push({ ownedPaths: async () => [] })).toMatchObject({ code: 'REMOTE_DIVERGED', diverged: { remote: mine, paths: expect.arrayContaining(['emea/ams1/core-sw-01/running-config']) } });
  });

  it('refuses a remote whose host key changed, naming the key it presented, and pushes nothing', async () => {
    const remote = await createRemote();
    const other = generateKeyPair('ed25519');
    const moved = { username: server.username, privateKey: deployKey.privateKey, passphrase, hostKey: other.publicKey };
    // First use fails rather than start a history it could not push.
    await expect(openRepository(config('fresh', remote.url, { remoteSsh: moved })).ensure()).rejects.toThrow(/host key changed/);
    await openRepository(config('local', remote.url)).ensure();
    const repository = openRepository(config('local', remote.url, { remoteSsh: moved }));
    const stored = await repository.store(running('fw-01', 'set system ntp 10.0.0.1'), meta());
    const refused = await repository.push();
    expect(refused).toMatchObject({ pushed: false, code: 'HOST_KEY_CHANGED', hostKey: server.hostKey });
    expect(refused.error).toMatch(/host key changed/);
    await expect(gitCli(remote.gitdir, 'rev-parse', '--verify', '--quiet', 'main')).rejects.toThrow();
    expect(await gitCli(join(temp.path, 'local'), 'rev-parse', 'main')).toBe(stored.commit);
  });

  it('is refused with a key the remote does not know, or a wrong passphrase, and says so without the key', async () => {
    const remote = await createRemote();
    for (const remoteSsh of [
      { username: server.username, privateKey: strangerKey.privateKey, passphrase: null, hostKey: server.hostKey },
      { username: server.username, privateKey: deployKey.privateKey, passphrase: 'not the passphrase', hostKey: server.hostKey },
    ]) {
      const name = `local-${remoteSsh.passphrase ?? 'stranger'}`.replace(/ /g, '-');
      await expect(openRepository(config(`${name}-fresh`, remote.url, { remoteSsh })).ensure()).rejects.toThrow(/refused the key/);
      await openRepository(config(name, remote.url)).ensure();
      const repository = openRepository(config(name, remote.url, { remoteSsh }));
      const stored = await repository.store(running('fw-01', 'set system ntp 10.0.0.1'), meta());
      const refused = await repository.push();
      expect(refused).toMatchObject({ pushed: false, code: 'AUTH_FAILED' });
      expect(refused.error).not.toContain('PRIVATE KEY');
      expect(refused.error).not.toContain('not the passphrase');
      expect(await repository.unpushed()).toBe(true);
      expect(stored.commit).toMatch(/^[0-9a-f]{40}$/);
    }
    await expect(gitCli(remote.gitdir, 'rev-parse', '--verify', '--quiet', 'main')).rejects.toThrow();
    expect(await sshFolders()).toEqual([]);
  });

  it('signs commits with an SSH key, rebased ones too, and git verifies them', async () => {
    const remote = await createRemote();
    const signed = config('local', remote.url, { signingKey: { privateKey: signingKey.privateKey, passphrase: 'signing secret' } });
    const repository = openRepository(signed);
    await repository.ensure();
    const first = await repository.store(running('core-sw-01', 'ntp server 10.0.0.1'), meta());
    expect((await repository.push()).pushed).toBe(true);
    await personCommits(remote.gitdir, 'README.md', 'hello\n');
    const second = await repository.store(running('core-sw-01', 'ntp server 10.0.0.2'), meta());
    const pushed = await repository.push();
    const rebased = pushed.rebased![second.commit!];

    const allowed = join(temp.path, 'allowed_signers');
    await fsp.writeFile(allowed, `${signed.authorEmail} ${signingKey.publicKey}\n`);
    const verify = (commit: string) =>
      run('git', ['--git-dir', remote.gitdir, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'log', '--show-signature', '-1', commit]);
    for (const commit of [first.commit!, rebased]) {
      const { stdout } = await verify(commit);
      expect(stdout).toContain(`Good "git" signature for ${signed.authorEmail} with ED25519 key`);
      await run('git', ['--git-dir', remote.gitdir, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', commit]);
    }
    // A person's unsigned commit stays unsigned: verify-commit refuses it.
    await expect(run('git', ['--git-dir', remote.gitdir, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', `${rebased}^`])).rejects.toThrow();
    await gitCli(remote.gitdir, 'fsck', '--full', '--strict');
    expect(await sshFolders()).toEqual([]);
  });

  it('checks the remote for the Test button without writing: reachable, key accepted, branch missing or present', async () => {
    const remote = await createRemote();
    const firstUse = config('local', remote.url, { remoteSsh: { username: server.username, privateKey: deployKey.privateKey, passphrase, hostKey: null } });
    const empty = await checkRepository(firstUse);
    expect(empty.ok).toBe(true);
    expect(empty.hostKey).toBe(server.hostKey);
    expect(empty.messages.join('\n')).toMatch(/answers and accepts the key; host key SHA256:\S+ is trusted on first use/);
    expect(empty.messages.join('\n')).toContain('branch main does not exist yet and will be created by the first push');
    await expect(fsp.readdir(temp.path)).resolves.toEqual([]);
    await expect(gitCli(remote.gitdir, 'rev-parse', '--verify', '--quiet', 'main')).rejects.toThrow();

    const head = await personCommits(remote.gitdir, 'README.md', 'x\n');
    const present = await checkRepository(config('local', remote.url));
    expect(present.messages.join('\n')).toContain(`branch main is at ${head.slice(0, 12)}`);
    expect(present.messages.join('\n')).toContain('is the pinned one');

    const stranger = await checkRepository(config('local', remote.url, { remoteSsh: { username: server.username, privateKey: strangerKey.privateKey, passphrase: null, hostKey: server.hostKey } }));
    expect(stranger.ok).toBe(false);
    expect(stranger.messages.join('\n')).toMatch(/refused the key/);
    const moved = await checkRepository(config('local', remote.url, { remoteSsh: { username: server.username, privateKey: deployKey.privateKey, passphrase, hostKey: strangerKey.publicKey } }));
    expect(moved.ok).toBe(false);
    expect(moved.messages.join('\n')).toMatch(/host key changed/);
  });
});
