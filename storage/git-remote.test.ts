import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from './index.ts';
import { type GitHttpServer, startGitHttpServer } from './testing/git-http-server.ts';
import { gitCli, gitConfig, readStream, useTempFolder } from './testing/helpers.ts';
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
});
