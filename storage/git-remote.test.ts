import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from './index.ts';
import { type GitHttpServer, startGitHttpServer } from './testing/git-http-server.ts';
import { pushOverHttp } from './git-http-push.ts';
import { openRemoteSession } from './git-remote.ts';
import { gitCli, gitConfig, readStream, sha256OfFile, sha256OfGitBlob, useTempFolder, writeRandomFile } from './testing/helpers.ts';
import type { ArtifactFile } from './types.ts';

const token = 'remote-token-4b1d';
const temp = useTempFolder('git-push');
let server: GitHttpServer;

beforeAll(async () => {
  server = await startGitHttpServer({ token });
});
afterAll(async () => {
  await server.close();
});

/** Runs the git CLI with `input` on its standard input. */
function gitCliInput(gitdir: string, input: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['--git-dir', gitdir, ...args], (error, stdout) => (error ? reject(error) : resolve(stdout.trim())));
    child.stdin!.end(input);
  });
}

function config(name: string, url: string, remoteToken: string | null = token) {
  return gitConfig(join(temp.path, name), { remoteUrl: url, remoteToken });
}

function running(device: string, line: string): ArtifactFile[] {
  return [{ path: `emea/ams1/${device}/running-config`, source: { kind: 'text', content: `hostname ${device}\n${line}\n` } }];
}

let runNumber = 0;
function meta() {
  runNumber++;
  return { message: `Run ${runNumber}`, date: new Date(Date.UTC(2024, 4, 1, 12, runNumber)) };
}

describe('git repository with a remote', () => {
  it('pushes the branch so the remote holds the local commit', async () => {
    const remote = await server.createRepository('push-basic');
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    const stored = await repository.store(running('core-sw-01', 'ntp server 10.0.0.1'), meta());
    expect(await repository.unpushed()).toBe(true);

    expect(await repository.push()).toEqual({ pushed: true });
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(stored.commit);
    expect(await repository.unpushed()).toBe(false);
    await gitCli(remote.gitdir, 'fsck', '--full', '--strict');
  });

  it('keeps the commit when the token is refused and sends every unpushed commit on the next push', async () => {
    const remote = await server.createRepository('push-retry');
    const path = 'local';
    const good = openRepository(config(path, remote.url));
    const refused = openRepository(config(path, remote.url, 'wrong-token'));
    await good.ensure();

    const first = await refused.store(running('core-sw-01', 'ntp server 10.0.0.1'), meta());
    const failed = await refused.push();
    expect(failed.pushed).toBe(false);
    expect(failed.error).toMatch(/push to http:\/\/127\.0\.0\.1:\d+\/push-retry\.git failed: .*401.*check the token/);
    expect(failed.error).not.toContain('wrong-token');
    expect(await gitCli(join(temp.path, path), 'rev-parse', 'main')).toBe(first.commit);
    expect(await refused.unpushed()).toBe(true);
    await expect(gitCli(remote.gitdir, 'rev-parse', '--verify', '--quiet', 'main')).rejects.toThrow();

    const second = await good.store(running('core-sw-01', 'ntp server 10.0.0.2'), meta());
    expect(await good.push()).toEqual({ pushed: true });
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(second.commit);
    expect(await gitCli(remote.gitdir, 'rev-list', 'main')).toBe(`${second.commit}\n${first.commit}`);
    expect(await good.unpushed()).toBe(false);
  });

  it('continues the history of a remote branch on first use', async () => {
    const remote = await server.createRepository('clone-first');
    const earlier = openRepository(config('earlier', remote.url));
    await earlier.ensure();
    const before = await earlier.store(running('fw-01', 'set system ntp 10.0.0.1'), meta());
    await earlier.push();

    const fresh = openRepository(config('fresh', remote.url));
    await fresh.ensure();
    const freshDir = join(temp.path, 'fresh');
    expect(await gitCli(freshDir, 'rev-parse', 'main')).toBe(before.commit);
    expect(await fresh.unpushed()).toBe(false);

    const same = await fresh.store(running('fw-01', 'set system ntp 10.0.0.1'), meta());
    expect(same.commit).toBeNull();
    const after = await fresh.store(running('fw-01', 'set system ntp 10.0.0.2'), meta());
    expect(await gitCli(freshDir, 'rev-parse', 'main^')).toBe(before.commit);
    expect(await fresh.push()).toEqual({ pushed: true });
    expect(await gitCli(remote.gitdir, 'rev-list', 'main')).toBe(`${after.commit}\n${before.commit}`);
    await gitCli(freshDir, 'fsck', '--full', '--strict');

    const stored = await fresh.openRead(before.refs['emea/ams1/fw-01/running-config']!);
    expect((await readStream(stored.stream())).toString()).toBe('hostname fw-01\nset system ntp 10.0.0.1\n');
  });

  it('starts an empty branch when the remote has no commits yet', async () => {
    const remote = await server.createRepository('empty-remote');
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    expect(await repository.unpushed()).toBe(false);
    const stored = await repository.store(running('sw-01', 'a'), meta());
    expect(await gitCli(join(temp.path, 'local'), 'rev-list', '--count', 'main')).toBe('1');
    expect(await repository.push()).toEqual({ pushed: true });
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(stored.commit);
  });

  it('fails first use when the remote cannot be reached, leaving no repository behind', async () => {
    const remote = await server.createRepository('refusing');
    const repository = openRepository(config('local', remote.url, 'wrong-token'));
    await expect(repository.ensure()).rejects.toThrow(/fetch from .* failed: .*401/);
    await expect(fsp.readdir(temp.path)).resolves.toEqual([]);
  });

  it('streams a large binary artifact to the remote, which holds it intact', { timeout: 120_000 }, async () => {
    const remote = await server.createRepository('push-large');
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    await repository.store(running('core-sw-01', 'ntp server 10.0.0.1'), meta());
    expect(await repository.push()).toEqual({ pushed: true });

    const firmware = join(temp.path, 'firmware.bin');
    const size = 64 * 1024 * 1024;
    await writeRandomFile(firmware, size);
    const stored = await repository.store(
      [...running('core-sw-01', 'ntp server 10.0.0.2'), { path: 'emea/ams1/core-sw-01/firmware.bin', source: { kind: 'file', file: firmware } }],
      meta(),
    );
    const requestsBefore = server.requests.length;
    expect(await repository.push()).toEqual({ pushed: true });
    expect(server.requests.slice(requestsBefore)).toContain('/push-large.git/git-receive-pack');

    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(stored.commit);
    await gitCli(remote.gitdir, 'fsck', '--full', '--strict');
    expect(await gitCli(remote.gitdir, 'cat-file', '-s', 'main:emea/ams1/core-sw-01/firmware.bin')).toBe(String(size));
    const blob = await gitCli(remote.gitdir, 'rev-parse', 'main:emea/ams1/core-sw-01/firmware.bin');
    expect(await sha256OfGitBlob(remote.gitdir, blob)).toBe(await sha256OfFile(firmware));
    expect(await gitCli(remote.gitdir, 'show', 'main:emea/ams1/core-sw-01/running-config')).toBe('hostname core-sw-01\nntp server 10.0.0.2');
  });

  it('pushes history that git gc packed with deltas', async () => {
    const remote = await server.createRepository('push-gc');
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    const long = 'interface GigabitEthernet0/1\n description uplink\n'.repeat(100);
    await repository.store(running('sw-01', long), meta());
    await repository.store(running('sw-01', `${long}!`), meta());
    const gitdir = join(temp.path, 'local');
    await gitCli(gitdir, 'gc', '--quiet', '--prune=now');
    expect(await gitCli(gitdir, 'verify-pack', '-v', ...(await fsp.readdir(join(gitdir, 'objects', 'pack'))).filter((name) => name.endsWith('.idx')).map((name) => join(gitdir, 'objects', 'pack', name)))).toMatch(/chain length = 1/);
    const last = await repository.store(running('sw-01', 'short'), meta());

    expect(await repository.push()).toEqual({ pushed: true });
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(last.commit);
    expect(await gitCli(remote.gitdir, 'rev-list', '--count', 'main')).toBe('3');
    expect(await gitCli(remote.gitdir, 'show', 'main~1:emea/ams1/sw-01/running-config')).toBe(`hostname sw-01\n${long}!`);
    await gitCli(remote.gitdir, 'fsck', '--full', '--strict');
  });

  it('replays the run onto a remote that moved and pushes the replayed commit', async () => {
    const remote = await server.createRepository('push-rebase');
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    const first = await repository.store(running('sw-01', 'a'), meta());
    expect(await repository.push()).toEqual({ pushed: true });
    const ours = await repository.store(running('sw-01', 'b'), meta());

    // A person adds a README on the remote meanwhile.
    const readme = await gitCliInput(remote.gitdir, '# Network backups\n', 'hash-object', '-w', '--stdin');
    const tree = await gitCliInput(remote.gitdir, `100644 blob ${readme}\tREADME.md\n040000 tree ${await gitCli(remote.gitdir, 'rev-parse', `${first.commit}:emea`)}\temea\n`, 'mktree');
    const theirs = await gitCli(remote.gitdir, '-c', 'user.name=Person', '-c', 'user.email=person@example.test', 'commit-tree', tree, '-p', first.commit!, '-m', 'README');
    await gitCli(remote.gitdir, 'update-ref', 'refs/heads/main', theirs);

    const pushed = await repository.push();
    expect(pushed.pushed).toBe(true);
    const replayed = pushed.rebased![ours.commit!];
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(replayed);
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main^')).toBe(theirs);
    expect(await gitCli(remote.gitdir, 'show', 'main:emea/ams1/sw-01/running-config')).toBe('hostname sw-01\nb');
    await gitCli(remote.gitdir, 'fsck', '--full', '--strict');
  });

  it('never sends a branch over one the remote moved to since the fetch', async () => {
    const remote = await server.createRepository('push-stale');
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    const first = await repository.store(running('sw-01', 'a'), meta());
    expect(await repository.push()).toEqual({ pushed: true });
    const second = await repository.store(running('sw-01', 'b'), meta());

    const session = openRemoteSession(remote.url, token);
    try {
      const push = pushOverHttp({ gitdir: join(temp.path, 'local'), url: remote.url, session, branchRef: 'refs/heads/main', local: second.commit!, expectedRemote: null });
      await expect(push).rejects.toMatchObject({ code: 'PushRejectedError' });
    } finally {
      session.close();
    }
    expect(await gitCli(remote.gitdir, 'rev-parse', 'main')).toBe(first.commit);
  });

  it('reports a push the remote refuses, without the token', async () => {
    const remote = await server.createRepository('push-declined');
    await fsp.writeFile(join(remote.gitdir, 'hooks', 'pre-receive'), '#!/bin/sh\necho "branch is frozen" >&2\nexit 1\n', { mode: 0o755 });
    const repository = openRepository(config('local', remote.url));
    await repository.ensure();
    await repository.store(running('sw-01', 'a'), meta());
    const refused = await repository.push();
    expect(refused).toMatchObject({ pushed: false, code: 'FAILED' });
    expect(refused.error).toMatch(/push to http:\/\/127\.0\.0\.1:\d+\/push-declined\.git failed: the remote refused the update.*refs\/heads\/main: pre-receive hook declined/s);
    expect(refused.error).not.toContain(token);
    await expect(gitCli(remote.gitdir, 'rev-parse', '--verify', '--quiet', 'main')).rejects.toThrow();
    expect(await repository.unpushed()).toBe(true);
  });
});
