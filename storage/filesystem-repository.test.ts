import { promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../infra/errors.ts';
import { openRepository } from './index.ts';
import { readStream, repositoryConfig, sha256OfFile, sha256OfStream, useTempFolder, writeRandomFile } from './testing/helpers.ts';
import type { ArtifactFile, Repository, StorageRef } from './types.ts';

const temp = useTempFolder('fs-storage');
const path = 'emea/ams1/core-sw-01/running-config';
const firstDate = new Date('2024-05-01T12:00:00.000Z');
const secondDate = new Date('2024-05-02T08:30:15.250Z');

function text(content: string, at = path): ArtifactFile {
  return { path: at, source: { kind: 'text', content } };
}

async function openEnsured(): Promise<{ repository: Repository; root: string }> {
  const root = join(temp.path, 'backups');
  const repository = openRepository(repositoryConfig('filesystem', root));
  await repository.ensure();
  return { repository, root };
}

/** Every file below `root`, relative and sorted. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await fsp.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

async function readAll(repository: Repository, ref: StorageRef): Promise<string> {
  return (await readStream((await repository.openRead(ref)).stream())).toString('utf8');
}

describe('filesystem repository', () => {
  it('writes each artifact at its path and as a version, leaving no temporary file', async () => {
    const { repository, root } = await openEnsured();
    const result = await repository.store(
      [text('hostname core-sw-01\n'), text('hostname fw-01\n', 'apac/sin1/fw-01/config')],
      { message: 'Run 1', date: firstDate },
    );

    expect(result).toMatchObject({ commit: null, filesChanged: 2, changedPaths: [path, 'apac/sin1/fw-01/config'] });
    expect(result.refs[path]).toEqual({ kind: 'filesystem', path, version: '2024-05-01T12-00-00.000Z' });
    expect(await fsp.readFile(join(root, path), 'utf8')).toBe('hostname core-sw-01\n');
    expect(await listFiles(root)).toEqual([
      '.tidemark-repository',
      '.versions/apac/sin1/fw-01/config/2024-05-01T12-00-00.000Z',
      `.versions/${path}/2024-05-01T12-00-00.000Z`,
      'apac/sin1/fw-01/config',
      path,
    ]);
  });

  it('stores the same versions when handed its files a page at a time, and an aborted store leaves nothing', async () => {
    const { repository, root } = await openEnsured();
    const files = [text('hostname core-sw-01\n'), text('hostname fw-01\n', 'apac/sin1/fw-01/config'), text('hostname fw-02\n', 'apac/sin1/fw-02/config')];
    const whole = openRepository(repositoryConfig('filesystem', join(temp.path, 'whole')));
    await whole.ensure();
    const once = await whole.store(files, { message: 'Run 1', date: firstDate });

    const writer = await repository.beginStore({ message: 'Run 1', date: firstDate });
    await writer.add(files.slice(0, 1));
    await writer.add(files.slice(1));
    await expect(writer.add([files[0]])).rejects.toBeInstanceOf(ValidationError);
    expect(await fsp.stat(join(root, path)).catch(() => null)).toBeNull();
    expect(await writer.commit()).toEqual(once);
    const stored = await listFiles(root);
    expect(stored).toEqual(await listFiles(join(temp.path, 'whole')));

    const aborted = await repository.beginStore({ message: 'Run 2', date: secondDate });
    await aborted.add([text('hostname changed\n'), text('hostname new\n', 'apac/sin1/fw-03/config')]);
    await aborted.abort();
    expect(await listFiles(root)).toEqual(stored);
    expect(await fsp.readFile(join(root, path), 'utf8')).toBe('hostname core-sw-01\n');
  });

  it('keeps earlier versions and replaces the latest one in place', async () => {
    const { repository, root } = await openEnsured();
    const first = await repository.store([text('hostname a\n')], { message: 'Run 1', date: firstDate });
    const second = await repository.store([text('hostname b\n')], { message: 'Run 2', date: secondDate });

    expect(second.filesChanged).toBe(1);
    expect(second.refs[path]).toEqual({ kind: 'filesystem', path, version: '2024-05-02T08-30-15.250Z' });
    expect(await fsp.readFile(join(root, path), 'utf8')).toBe('hostname b\n');
    expect(await fsp.readdir(join(root, '.versions', path))).toEqual(['2024-05-01T12-00-00.000Z', '2024-05-02T08-30-15.250Z']);
    expect(await readAll(repository, first.refs[path]!)).toBe('hostname a\n');
    expect(await readAll(repository, second.refs[path]!)).toBe('hostname b\n');
  });

  it('does not rewrite a file identical to the latest version', async () => {
    const { repository, root } = await openEnsured();
    const first = await repository.store([text('hostname a\n')], { message: 'Run 1', date: firstDate });
    const before = await fsp.stat(join(root, path));
    const again = await repository.store([text('hostname a\n')], { message: 'Run 2', date: secondDate });
    const after = await fsp.stat(join(root, path));

    expect(again).toMatchObject({ filesChanged: 0, changedPaths: [] });
    expect(again.refs[path]).toEqual(first.refs[path]);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(await fsp.readdir(join(root, '.versions', path))).toEqual(['2024-05-01T12-00-00.000Z']);
  });

  it('keeps binary files byte for byte and serves byte ranges', async () => {
    const { repository, root } = await openEnsured();
    const staging = join(temp.path, 'staging.bin');
    await writeRandomFile(staging, 2 * 1024 * 1024 + 5);
    const binaryPath = 'emea/ams1/rtr-01/backup';
    const result = await repository.store([{ path: binaryPath, source: { kind: 'file', file: staging } }], {
      message: 'Run 1',
      date: firstDate,
    });

    const expected = await sha256OfFile(staging);
    expect(await sha256OfFile(join(root, binaryPath))).toBe(expected);
    const stored = await repository.openRead(result.refs[binaryPath]!);
    expect(stored.size).toBe(2 * 1024 * 1024 + 5);
    expect(await sha256OfStream(stored.stream())).toBe(expected);
    const original = await fsp.readFile(staging);
    const range = await readStream(stored.stream({ start: 10, end: 4_000_000 }));
    expect(range.equals(original.subarray(10, 4_000_001))).toBe(true);

    const unchanged = await repository.store([{ path: binaryPath, source: { kind: 'file', file: staging } }], {
      message: 'Run 2',
      date: secondDate,
    });
    expect(unchanged.filesChanged).toBe(0);
  });

  it('names versions in store order when dates repeat or go back', async () => {
    const { repository, root } = await openEnsured();
    await repository.store([text('one\n')], { message: 'Run 1', date: secondDate });
    const sameDate = await repository.store([text('two\n')], { message: 'Run 2', date: secondDate });
    const earlierDate = await repository.store([text('three\n')], { message: 'Run 3', date: firstDate });

    expect(sameDate.refs[path]).toMatchObject({ version: '2024-05-02T08-30-15.250Z-2' });
    expect(earlierDate.refs[path]).toMatchObject({ version: '2024-05-02T08-30-15.250Z-3' });
    expect(await fsp.readFile(join(root, path), 'utf8')).toBe('three\n');
    const back = await repository.store([text('three\n')], { message: 'Run 4', date: secondDate });
    expect(back.filesChanged).toBe(0);
  });

  it('removes temporary files a crashed store left behind', async () => {
    const { repository, root } = await openEnsured();
    await repository.store([text('one\n')], { message: 'Run 1', date: firstDate });
    const leftover = join(root, 'emea/ams1/core-sw-01/.running-config.tidemark-tmp-0123456789ab');
    await fsp.writeFile(leftover, 'half');
    await repository.store([text('two\n')], { message: 'Run 2', date: secondDate });
    expect((await listFiles(root)).filter((file) => file.includes('tidemark-tmp'))).toEqual([]);
  });

  it('refuses paths outside the root or inside the versions folder', async () => {
    const { repository } = await openEnsured();
    for (const bad of ['../escape', '/etc/passwd', '.versions/x', 'a//b']) {
      await expect(repository.store([text('x', bad)], { message: 'bad', date: firstDate })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(repository.openRead({ kind: 'filesystem', path, version: '../../../../etc/passwd' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('F16: a store that fails half way leaves the repository as it was, and a later store writes everything', async () => {
    const { repository, root } = await openEnsured();
    const first = [text('a one\n', 'site/a/running-config'), text('b one\n', 'site/b/running-config'), text('c one\n', 'site/c/running-config')];
    await repository.store(first, { message: 'Run 1', date: firstDate });
    const before = await listFiles(root);
    const foldersBefore = (await fsp.readdir(root, { recursive: true })).sort();

    // The third file's folder cannot be made: a file sits where it must go. The first two are
    // written (their new versions and latest files) before the third fails.
    await fsp.writeFile(join(root, 'site/d'), 'in the way\n');
    const second = [text('a two\n', 'site/a/running-config'), text('b two\n', 'site/b/running-config'), text('d one\n', 'site/d/running-config')];
    await expect(repository.store(second, { message: 'Run 2', date: secondDate })).rejects.toThrow(/EEXIST|ENOTDIR/);

    expect(await listFiles(root)).toEqual([...before, 'site/d'].sort());
    expect((await fsp.readdir(root, { recursive: true })).sort()).toEqual([...foldersBefore, 'site/d'].sort());
    expect(await fsp.readFile(join(root, 'site/a/running-config'), 'utf8')).toBe('a one\n');
    expect(await fsp.readFile(join(root, 'site/b/running-config'), 'utf8')).toBe('b one\n');

    await fsp.rm(join(root, 'site/d'));
    const stored = await repository.store(second, { message: 'Run 2 again', date: secondDate });
    expect(stored.changedPaths).toEqual(second.map((file) => file.path));
    expect(await fsp.readFile(join(root, 'site/a/running-config'), 'utf8')).toBe('a two\n');
    expect(await fsp.readFile(join(root, 'site/d/running-config'), 'utf8')).toBe('d one\n');
    expect((await listFiles(root)).filter((file) => file.startsWith('.versions/'))).toEqual([
      '.versions/site/a/running-config/2024-05-01T12-00-00.000Z',
      '.versions/site/a/running-config/2024-05-02T08-30-15.250Z',
      '.versions/site/b/running-config/2024-05-01T12-00-00.000Z',
      '.versions/site/b/running-config/2024-05-02T08-30-15.250Z',
      '.versions/site/c/running-config/2024-05-01T12-00-00.000Z',
      '.versions/site/d/running-config/2024-05-02T08-30-15.250Z',
    ]);
  });

  it('F16: writes the new versions to a staging folder of its own first, and removes the one a crashed store left', async () => {
    const { repository, root } = await openEnsured();
    await fsp.mkdir(join(root, '.tidemark-staging-0123456789ab'));
    await fsp.writeFile(join(root, '.tidemark-staging-0123456789ab', '0'), 'half a version');
    await repository.store([text('one\n')], { message: 'Run 1', date: firstDate });
    expect((await fsp.readdir(root)).filter((name) => name.startsWith('.tidemark-staging-'))).toEqual([]);
  });

  it('stages a binary artifact as a file named by its sha256, links it into place without a copy, and keeps it until its batch is discarded', async () => {
    const { repository, root } = await openEnsured();
    const source = join(temp.path, 'firmware.bin');
    await writeRandomFile(source, 1024 * 1024 + 3);
    const writer = await repository.stageObject(1024 * 1024 + 3, 'run-1');
    await writer.write(await fsp.readFile(source));
    const staged = await writer.finish();
    const expected = await sha256OfFile(source);
    expect(staged).toEqual({ id: `run-1/${expected}`, size: 1024 * 1024 + 3, sha256: expected });
    const stagedFile = join(root, '.tidemark-objects', 'run-1', expected);

    // A store that fails keeps the staged object for the next attempt.
    await fsp.writeFile(join(root, 'site'), 'in the way\n');
    const files: ArtifactFile[] = [{ path: 'site/fw/firmware.bin', source: { kind: 'object', id: staged.id } }];
    await expect(repository.store(files, { message: 'Run 1', date: firstDate })).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(await sha256OfFile(stagedFile)).toBe(expected);
    await fsp.rm(join(root, 'site'));

    const result = await repository.store(files, { message: 'Run 1 again', date: firstDate });
    expect(result.changedPaths).toEqual(['site/fw/firmware.bin']);
    const version = join(root, '.versions', 'site/fw/firmware.bin', '2024-05-01T12-00-00.000Z');
    expect((await fsp.stat(version)).ino).toBe((await fsp.stat(stagedFile)).ino);
    expect(await repository.store(files, { message: 'Run 2', date: secondDate })).toMatchObject({ filesChanged: 0 });

    await repository.discardStaged('run-1');
    expect(await fsp.readdir(join(root, '.tidemark-objects'))).toEqual([]);
    expect(await sha256OfFile(join(root, 'site/fw/firmware.bin'))).toBe(expected);
    expect(await sha256OfStream((await repository.openRead(result.refs['site/fw/firmware.bin']!)).stream())).toBe(expected);
  });

  it('refuses an artifact path inside the staged objects folder, and staged object ids that leave it', async () => {
    const { repository } = await openEnsured();
    await expect(repository.store([text('x', '.tidemark-objects/x')], { message: 'bad', date: firstDate })).rejects.toBeInstanceOf(ValidationError);
    await expect(repository.store([{ path: 'a/b', source: { kind: 'object', id: '../../etc/passwd' } }], { message: 'bad', date: firstDate })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(repository.stageObject(1, '../x')).rejects.toBeInstanceOf(ValidationError);
  });
});
