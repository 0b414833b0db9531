import { promises as fsp } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../infra/errors.ts';
import { openRepository } from './index.ts';
import {
  gitCli,
  gitConfig,
  readStream,
  sha256OfFile,
  sha256OfGitBlob,
  sha256OfStream,
  useTempFolder,
  writeRandomFile,
} from './testing/helpers.ts';
import { packsToMerge } from './git-pack.ts';
import type { ArtifactFile, Repository, StorageRef } from './types.ts';

const temp = useTempFolder('git-storage');
const date = new Date('2024-05-01T12:00:00Z');

function text(path: string, content: string): ArtifactFile {
  return { path, source: { kind: 'text', content } };
}

async function openEnsured(): Promise<{ repository: Repository; gitdir: string }> {
  const gitdir = join(temp.path, 'repo');
  const repository = openRepository(gitConfig(gitdir));
  await repository.ensure();
  return { repository, gitdir };
}

/** 50 devices in 10 sites, one running-config each. */
function fleet(changedDevice?: string): ArtifactFile[] {
  const files: ArtifactFile[] = [];
  for (let site = 0; site < 10; site++) {
    for (let device = 0; device < 5; device++) {
      const name = `sw-${site}-${device}`;
      const content = `hostname ${name}\n${name === changedDevice ? 'ntp server 10.0.0.9\n' : ''}end\n`;
      files.push(text(`emea/site-${site}/${name}/running-config`, content));
    }
  }
  return files;
}

describe('git repository', () => {
  it('writes a first commit with nested paths that the git CLI reads and fsck accepts', async () => {
    const { repository, gitdir } = await openEnsured();
    const files = [
      text('emea/ams1/core-sw-01/running-config', 'hostname core-sw-01\n'),
      text('emea/ams1/core-sw-02/running-config', 'hostname core-sw-02\n'),
      text('apac/sin1/fw-01/config', 'set system host-name fw-01\n'),
    ];
    const result = await repository.store(files, { message: 'Run 1: 3 devices', date });

    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(result.filesChanged).toBe(3);
    expect(result.changedPaths).toEqual(files.map((file) => file.path));
    expect(await gitCli(gitdir, 'rev-parse', 'main')).toBe(result.commit);
    await gitCli(gitdir, 'fsck', '--full', '--strict');

    expect(await gitCli(gitdir, 'log', '--format=%an|%ae|%at|%cn|%B', 'main')).toBe(
      `Tidemark Test|tidemark@example.test|${date.getTime() / 1000}|Tidemark Test|Run 1: 3 devices`,
    );
    const stat = await gitCli(gitdir, 'log', '--stat', '--format=', 'main');
    expect(stat).toContain('3 files changed, 3 insertions(+)');
    expect(await gitCli(gitdir, 'show', 'main:emea/ams1/core-sw-02/running-config')).toBe('hostname core-sw-02');
    for (const file of files) {
      expect(result.refs[file.path]).toEqual({
        kind: 'git',
        commit: result.commit,
        path: file.path,
        blob: await gitCli(gitdir, 'rev-parse', `main:${file.path}`),
      });
    }
    expect(await gitCli(gitdir, 'rev-parse', '--is-bare-repository')).toBe('true');
  });

  it('makes no commit when nothing differs from the branch head', async () => {
    const { repository, gitdir } = await openEnsured();
    const first = await repository.store(fleet(), { message: 'first', date });
    const second = await repository.store(fleet(), { message: 'second', date });

    expect(second).toMatchObject({ commit: null, filesChanged: 0, changedPaths: [] });
    expect(await gitCli(gitdir, 'rev-list', '--count', 'main')).toBe('1');
    const ref = second.refs['emea/site-3/sw-3-1/running-config'];
    expect(ref).toEqual(first.refs['emea/site-3/sw-3-1/running-config']);
    expect(ref?.kind === 'git' && ref.commit).toBe(first.commit);
  });

  it('commits a change of one file of many as one file changed, reusing the other subtrees', async () => {
    const { repository, gitdir } = await openEnsured();
    await repository.store(fleet(), { message: 'first', date });
    const result = await repository.store(fleet('sw-4-2'), { message: 'second', date: new Date(date.getTime() + 60_000) });

    expect(result.filesChanged).toBe(1);
    expect(result.changedPaths).toEqual(['emea/site-4/sw-4-2/running-config']);
    expect(await gitCli(gitdir, 'rev-parse', 'main^')).not.toBe(result.commit);
    expect(await gitCli(gitdir, 'diff-tree', '-r', '--name-only', '--no-commit-id', 'main^', 'main')).toBe(
      'emea/site-4/sw-4-2/running-config',
    );
    for (const unchanged of ['emea/site-3', 'emea/site-4/sw-4-1', 'emea/site-9']) {
      expect(await gitCli(gitdir, 'rev-parse', `main:${unchanged}`)).toBe(await gitCli(gitdir, 'rev-parse', `main^:${unchanged}`));
    }
    expect(await gitCli(gitdir, 'rev-parse', 'main:emea/site-4')).not.toBe(await gitCli(gitdir, 'rev-parse', 'main^:emea/site-4'));
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('writes the same commit when handed its files a page at a time, and an aborted store leaves nothing', async () => {
    const whole = openRepository(gitConfig(join(temp.path, 'whole')));
    await whole.ensure();
    const { repository, gitdir } = await openEnsured();
    const files = fleet();
    const once = await whole.store(files, { message: 'first', date });

    const writer = await repository.beginStore({ message: 'first', date });
    await writer.add(files.slice(0, 20));
    await writer.add(files.slice(20));
    await expect(writer.add([files[3]])).rejects.toBeInstanceOf(ValidationError);
    const paged = await writer.commit();
    expect(paged).toEqual(once);
    expect(await gitCli(gitdir, 'rev-parse', 'main')).toBe(once.commit);
    await gitCli(gitdir, 'fsck', '--full', '--strict');

    // Unchanged text in one page, the one change in another: one file changed, one commit more.
    const second = await repository.beginStore({ message: 'second', date });
    await second.add(fleet('sw-4-2').slice(0, 25));
    await second.add(fleet('sw-4-2').slice(25));
    const changed = await second.commit();
    expect(changed).toMatchObject({ filesChanged: 1, changedPaths: ['emea/site-4/sw-4-2/running-config'] });
    expect(await gitCli(gitdir, 'rev-list', '--count', 'main')).toBe('2');
    expect(await gitCli(gitdir, 'show', 'main:emea/site-4/sw-4-2/running-config')).toContain('ntp server 10.0.0.9');

    const packs = await fsp.readdir(join(gitdir, 'objects', 'pack'));
    const aborted = await repository.beginStore({ message: 'third', date });
    await aborted.add([text('emea/site-0/sw-0-0/running-config', 'hostname changed\n'), text('emea/new/sw/running-config', 'hostname new\n')]);
    await aborted.abort();
    expect(await gitCli(gitdir, 'rev-parse', 'main')).toBe(changed.commit);
    expect(await fsp.readdir(join(gitdir, 'objects', 'pack'))).toEqual(packs);
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('stores a binary file byte for byte and reads it back whole or by range', async () => {
    const { repository, gitdir } = await openEnsured();
    const staging = join(temp.path, 'flash.bin');
    await writeRandomFile(staging, 3 * 1024 * 1024 + 17);
    const result = await repository.store([{ path: 'emea/ams1/fw-01/flash.bin', source: { kind: 'file', file: staging } }], {
      message: 'binary',
      date,
    });
    const ref = result.refs['emea/ams1/fw-01/flash.bin'];
    if (ref?.kind !== 'git') throw new Error('expected a git reference');

    const expected = await sha256OfFile(staging);
    expect(await sha256OfGitBlob(gitdir, ref.blob)).toBe(expected);
    const stored = await repository.openRead(ref);
    expect(stored.size).toBe(3 * 1024 * 1024 + 17);
    expect(await sha256OfStream(stored.stream())).toBe(expected);

    const original = await fsp.readFile(staging);
    const range = { start: 1_000_000, end: 1_065_535 };
    expect((await readStream(stored.stream(range))).equals(original.subarray(range.start, range.end + 1))).toBe(true);
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('reads versions that git gc has packed', async () => {
    const { repository, gitdir } = await openEnsured();
    const result = await repository.store([text('a/b/c', 'packed content\n')], { message: 'one', date });
    await gitCli(gitdir, 'gc', '--quiet', '--prune=now');
    expect(await fsp.readdir(join(gitdir, 'objects', 'pack'))).not.toHaveLength(0);

    const stored = await repository.openRead(result.refs['a/b/c']!);
    expect(stored.size).toBe(15);
    expect((await readStream(stored.stream({ start: 7, end: 13 }))).toString()).toBe('content');

    const next = await repository.store([text('a/b/c', 'packed content\n'), text('a/d', 'new\n')], { message: 'two', date });
    expect(next.changedPaths).toEqual(['a/d']);
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('cleans what a crashed store left, but not an object being staged, and still moves the branch', async () => {
    const { repository, gitdir } = await openEnsured();
    await repository.store([text('x/config', 'one\n')], { message: 'one', date });
    await fsp.writeFile(join(gitdir, 'objects', 'tmp_obj_tidemark_deadbeef'), 'half an object');
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await fsp.utimes(join(gitdir, 'objects', 'tmp_obj_tidemark_deadbeef'), hoursAgo, hoursAgo);
    // A binary artifact another run is staging right now: written to a moment ago.
    await fsp.writeFile(join(gitdir, 'objects', 'tmp_obj_tidemark_5749a6ed'), 'an object being staged');
    await fsp.writeFile(join(gitdir, 'objects', 'pack', 'tmp_pack_tidemark_deadbeef'), 'half a pack');
    // A crashed call's lock: older than any writer holds one.
    await fsp.writeFile(join(gitdir, 'refs', 'heads', 'main.lock'), '');
    const minutesAgo = new Date(Date.now() - 5 * 60_000);
    await fsp.utimes(join(gitdir, 'refs', 'heads', 'main.lock'), minutesAgo, minutesAgo);

    const result = await repository.store([text('x/config', 'two\n')], { message: 'two', date });
    expect(await gitCli(gitdir, 'rev-parse', 'main')).toBe(result.commit);
    expect((await fsp.readdir(join(gitdir, 'objects'))).filter((name) => name.startsWith('tmp_'))).toEqual(['tmp_obj_tidemark_5749a6ed']);
    expect((await fsp.readdir(join(gitdir, 'objects', 'pack'))).filter((name) => name.startsWith('tmp_'))).toEqual([]);
    expect(await fsp.readdir(join(gitdir, 'refs', 'heads'))).toEqual(['main']);
    await fsp.rm(join(gitdir, 'objects', 'tmp_obj_tidemark_5749a6ed'));
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('F7: a branch lock held by another writer fails the store, writes nothing, and is left to its writer', async () => {
    const { repository, gitdir } = await openEnsured();
    const first = await repository.store([text('x/config', 'one\n')], { message: 'one', date });
    const packsBefore = await fsp.readdir(join(gitdir, 'objects', 'pack'));
    const lock = join(gitdir, 'refs', 'heads', 'main.lock');
    await fsp.writeFile(lock, '');

    await expect(repository.store([text('x/config', 'two\n')], { message: 'two', date })).rejects.toThrow(/refs\/heads\/main .* is locked by another writer/);
    expect(await gitCli(gitdir, 'rev-parse', 'main')).toBe(first.commit);
    expect(await fsp.readdir(join(gitdir, 'objects', 'pack'))).toEqual(packsBefore);
    expect(await fsp.readFile(lock, 'utf8')).toBe('');

    await fsp.rm(lock);
    const second = await repository.store([text('x/config', 'two\n')], { message: 'two', date });
    expect(await gitCli(gitdir, 'rev-parse', 'main')).toBe(second.commit);
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('a store of several megabytes of text, written to its pack a megabyte at a time, reads back whole, the same text at two paths packed once', async () => {
    const { repository, gitdir } = await openEnsured();
    // Random hex deflates to about half: 400 texts of 8 KB make a pack of about 1.6 MB.
    const texts = Array.from({ length: 400 }, (_, i) => text(`big/sw-${i}/running-config`, `hostname sw-${i}\n${randomBytes(4096).toString('hex')}\n`));
    const twice = text('big/copy/running-config', (texts[7].source as { content: string }).content);
    const stored = await repository.store([...texts, twice], { message: 'big', date });

    const packs = (await fsp.readdir(join(gitdir, 'objects', 'pack'))).filter((name) => name.endsWith('.pack'));
    expect(packs).toHaveLength(1);
    expect((await fsp.stat(join(gitdir, 'objects', 'pack', packs[0]))).size).toBeGreaterThan(1024 * 1024);
    await gitCli(gitdir, 'verify-pack', join(gitdir, 'objects', 'pack', packs[0].replace(/\.pack$/, '.idx')));
    await gitCli(gitdir, 'fsck', '--full', '--strict');
    // 400 blobs and 400 device trees (the copy's folder holds the same file as sw-7's: the same blob
    // and the same tree), the big folder, the root, the commit.
    const counts = Object.fromEntries((await gitCli(gitdir, 'count-objects', '-v')).split('\n').map((line) => line.split(': ')));
    expect(counts['in-pack']).toBe(String(400 + 400 + 1 + 1 + 1));
    for (const file of [texts[0], texts[199], texts[399], twice]) {
      expect(await gitCli(gitdir, 'show', `${stored.commit}:${file.path}`)).toBe((file.source as { content: string }).content.trimEnd());
    }
  });

  it('writes the text, trees and commit of a store as one pack that git verifies and reads', async () => {
    const { repository, gitdir } = await openEnsured();
    const first = await repository.store(fleet(), { message: 'one', date });
    const second = await repository.store(fleet('sw-3-1'), { message: 'two', date });

    const packFiles = (await fsp.readdir(join(gitdir, 'objects', 'pack'))).sort();
    expect(packFiles.filter((name) => name.endsWith('.pack'))).toHaveLength(2);
    expect(packFiles.filter((name) => name.endsWith('.idx'))).toHaveLength(2);
    const counts = Object.fromEntries((await gitCli(gitdir, 'count-objects', '-v')).split('\n').map((line) => line.split(': ')));
    // First: 50 blobs, 50 device trees, 10 site trees, emea, root, commit. Second: the changed blob, its 4 trees, commit.
    expect([counts.count, counts['in-pack']]).toEqual(['0', String(50 + 50 + 10 + 1 + 1 + 1 + (1 + 4 + 1))]);
    for (const pack of packFiles.filter((name) => name.endsWith('.idx'))) await gitCli(gitdir, 'verify-pack', join(gitdir, 'objects', 'pack', pack));
    await gitCli(gitdir, 'fsck', '--full', '--strict');

    expect(await gitCli(gitdir, 'diff', '--name-only', first.commit!, second.commit!)).toBe('emea/site-3/sw-3-1/running-config');
    expect(await gitCli(gitdir, 'show', `${second.commit}:emea/site-3/sw-3-1/running-config`)).toBe('hostname sw-3-1\nntp server 10.0.0.9\nend');
    const ref = second.refs['emea/site-3/sw-3-1/running-config']!;
    const stored = await repository.openRead(ref);
    expect(stored.size).toBe('hostname sw-3-1\nntp server 10.0.0.9\nend\n'.length);
    expect((await readStream(stored.stream())).toString()).toBe('hostname sw-3-1\nntp server 10.0.0.9\nend\n');
    expect((await readStream(stored.stream({ start: 16, end: 33 }))).toString()).toBe('ntp server 10.0.0.9'.slice(0, 18));
  });

  it('merges its packs as they accumulate, keeping every version readable and leaving git gc packs alone', async () => {
    const { repository, gitdir } = await openEnsured();
    const packFiles = async () => (await fsp.readdir(join(gitdir, 'objects', 'pack'))).filter((name) => name.endsWith('.pack'));
    await repository.store([text('x/config', 'version 0\n'), text('y/similar', `${'interface GigabitEthernet0/1\n'.repeat(200)}`)], { message: 'run 0', date });
    await repository.store([text('y/similar', `${'interface GigabitEthernet0/1\n'.repeat(200)}!\n`)], { message: 'run 0b', date });
    // git gc writes a pack with deltas, which stores never rewrite.
    await gitCli(gitdir, 'gc', '--quiet', '--prune=now');
    const [gcPack] = await packFiles();
    expect(await gitCli(gitdir, 'verify-pack', '-v', join(gitdir, 'objects', 'pack', gcPack.replace(/\.pack$/, '.idx')))).toMatch(/chain length = 1: \d+ objects?/);

    const commits: { commit: string; ref: StorageRef }[] = [];
    const runs = 40;
    for (let run = 1; run <= runs; run++) {
      const result = await repository.store([text('x/config', `version ${run}\n`), text(`y/config-${run}`, `new ${run}\n`)], { message: `run ${run}`, date });
      commits.push({ commit: result.commit!, ref: result.refs['x/config']! });
    }
    const packs = await packFiles();
    expect(packs).toContain(gcPack);
    // Forty packs of like size merged geometrically: a handful remain, not one per run.
    expect(packs.length).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(runs)) + 1);
    expect(packs.length).toBeGreaterThan(1);
    for (const pack of packs) await gitCli(gitdir, 'verify-pack', join(gitdir, 'objects', 'pack', pack.replace(/\.pack$/, '.idx')));
    await gitCli(gitdir, 'fsck', '--full', '--strict');
    expect(await gitCli(gitdir, 'count-objects', '-v')).toMatch(/^count: 0$/m);
    expect(await gitCli(gitdir, 'rev-list', '--count', 'main')).toBe(String(runs + 2));
    for (const [index, { commit, ref }] of commits.entries()) {
      expect(await gitCli(gitdir, 'show', `${commit}:x/config`)).toBe(`version ${index + 1}`);
      expect((await readStream((await repository.openRead(ref)).stream())).toString()).toBe(`version ${index + 1}\n`);
    }
  });

  it('merges the smaller packs only where the sizes stop doubling', () => {
    expect(packsToMerge([])).toBe(0);
    expect(packsToMerge([5])).toBe(0);
    expect(packsToMerge([5, 100])).toBe(0);
    expect(packsToMerge([1, 2, 4, 8])).toBe(0);
    expect(packsToMerge([1, 1, 4, 16])).toBe(2);
    expect(packsToMerge([1, 1, 1, 10])).toBe(3);
    // The merged three would weigh 6, more than half of 10: the large one is rolled in too.
    expect(packsToMerge([2, 2, 2, 10])).toBe(4);
    expect(packsToMerge([3, 3, 5])).toBe(3);
  });

  it('refuses paths that escape the repository or clash with a stored file', async () => {
    const { repository, gitdir } = await openEnsured();
    await expect(repository.store([text('../outside', 'x')], { message: 'bad', date })).rejects.toBeInstanceOf(ValidationError);
    await expect(repository.store([text('a/.git/config', 'x')], { message: 'bad', date })).rejects.toBeInstanceOf(ValidationError);
    await repository.store([text('a/b', 'file\n')], { message: 'one', date });
    await expect(repository.store([text('a/b/c', 'x')], { message: 'clash', date })).rejects.toBeInstanceOf(ValidationError);
    expect(await gitCli(gitdir, 'rev-list', '--count', 'main')).toBe('1');
  });

  it('refuses to create a repository in a folder that holds other files', async () => {
    const folder = join(temp.path, 'busy');
    await fsp.mkdir(folder);
    await fsp.writeFile(join(folder, 'notes.txt'), 'mine');
    await expect(openRepository(gitConfig(folder)).ensure()).rejects.toBeInstanceOf(ValidationError);
    expect(await fsp.readdir(folder)).toEqual(['notes.txt']);
  });

  it('refuses, and keeps, a file where the repository should be', async () => {
    const file = join(temp.path, 'a-file');
    await fsp.writeFile(file, 'mine');
    await expect(openRepository(gitConfig(file)).ensure()).rejects.toThrow('is a file, not a folder');
    expect(await fsp.readFile(file, 'utf8')).toBe('mine');
  });
});
