import { createReadStream, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepository } from './index.ts';
import { gitCli, gitConfig, sha256OfFile, sha256OfGitBlob, sha256OfStream, useTempFolder, writeRandomFile } from './testing/helpers.ts';

const temp = useTempFolder('git-large');
const megabyte = 1024 * 1024;

/** Samples the resident set size while `work` runs and returns how far above the start it went. */
async function peakRssGrowth(work: () => Promise<void>): Promise<number> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) - start;
}

describe('large binary artifacts in git', () => {
  it('stores and reads a 200 MB file as a stream, with memory growing far less than the file', { timeout: 180_000 }, async () => {
    const size = 200 * megabyte + 123;
    const staging = join(temp.path, 'device.backup');
    await writeRandomFile(staging, size);
    const expected = await sha256OfFile(staging);
    const gitdir = join(temp.path, 'repo');
    const repository = openRepository(gitConfig(gitdir));
    await repository.ensure();

    let blob = '';
    const storeGrowth = await peakRssGrowth(async () => {
      const result = await repository.store([{ path: 'emea/ams1/rtr-01/backup', source: { kind: 'file', file: staging } }], {
        message: 'binary backup',
        date: new Date('2024-05-01T12:00:00Z'),
      });
      const ref = result.refs['emea/ams1/rtr-01/backup'];
      blob = ref?.kind === 'git' ? ref.blob : '';
    });
    expect(storeGrowth).toBeLessThan(150 * megabyte);

    let readHash = '';
    const readGrowth = await peakRssGrowth(async () => {
      const stored = await repository.openRead({ kind: 'git', commit: 'HEAD', path: 'emea/ams1/rtr-01/backup', blob });
      expect(stored.size).toBe(size);
      readHash = await sha256OfStream(stored.stream());
    });
    expect(readGrowth).toBeLessThan(150 * megabyte);
    expect(readHash).toBe(expected);

    expect(await gitCli(gitdir, 'cat-file', '-s', blob)).toBe(String(size));
    expect(await sha256OfGitBlob(gitdir, blob)).toBe(expected);
    expect((await fsp.readdir(join(gitdir, 'objects'))).filter((name) => name.startsWith('tmp_'))).toEqual([]);
  });

  it('stores an unchanged large file again without a commit and without a second object', async () => {
    const staging = join(temp.path, 'device.backup');
    await writeRandomFile(staging, 5 * megabyte);
    const gitdir = join(temp.path, 'repo');
    const repository = openRepository(gitConfig(gitdir));
    await repository.ensure();
    const files = [{ path: 'a/backup', source: { kind: 'file' as const, file: staging } }];
    const first = await repository.store(files, { message: 'one', date: new Date() });
    const second = await repository.store(files, { message: 'two', date: new Date() });
    expect(second.commit).toBeNull();
    expect(second.refs['a/backup']).toEqual(first.refs['a/backup']);
    // The blob loose, two trees and the commit in the first store's pack; nothing from the second.
    const counts = Object.fromEntries((await gitCli(gitdir, 'count-objects', '-v')).split('\n').map((line) => line.split(': ')));
    expect([counts.count, counts['in-pack'], counts.packs]).toEqual(['1', '3', '1']);
  });
});

/** Streams a file into a staged object in chunks, as a download does. */
async function stageFile(repository: Awaited<ReturnType<typeof openRepository>>, file: string, size: number | null) {
  const writer = await repository.stageObject(size, 'run-1');
  for await (const chunk of createReadStream(file, { highWaterMark: 32 * 1024 })) await writer.write(chunk as Buffer);
  return writer.finish();
}

describe('binary artifacts staged in the repository while they are collected', () => {
  it('writes a loose blob named by its git id, with the sha256 of its content, which a store then commits without reading it again', async () => {
    const file = join(temp.path, 'firmware.bin');
    await writeRandomFile(file, 3 * megabyte + 5);
    const gitdir = join(temp.path, 'staged');
    // Staging creates the repository on first use.
    const repository = openRepository(gitConfig(gitdir));
    const staged = await stageFile(repository, file, 3 * megabyte + 5);
    expect(staged.sha256).toBe(await sha256OfFile(file));
    expect(staged.size).toBe(3 * megabyte + 5);
    expect(await gitCli(gitdir, 'hash-object', file)).toBe(staged.id);
    expect(await gitCli(gitdir, 'cat-file', '-t', staged.id)).toBe('blob');

    const result = await repository.store([{ path: 'fw/firmware.bin', source: { kind: 'object', id: staged.id } }], { message: 'one', date: new Date() });
    expect(result.refs['fw/firmware.bin']).toMatchObject({ kind: 'git', blob: staged.id });
    expect(await gitCli(gitdir, 'rev-parse', `main:fw/firmware.bin`)).toBe(staged.id);
    expect(await sha256OfGitBlob(gitdir, staged.id)).toBe(staged.sha256);
    await gitCli(gitdir, 'fsck', '--full', '--strict');
  });

  it('stages a file of unknown size through a spool, and deflates text-like content', async () => {
    const file = join(temp.path, 'backup.txt');
    await fsp.writeFile(file, 'interface ge-0/0/0\n'.repeat(100_000));
    const gitdir = join(temp.path, 'spooled');
    const repository = openRepository(gitConfig(gitdir));
    const staged = await stageFile(repository, file, null);
    expect(await gitCli(gitdir, 'hash-object', file)).toBe(staged.id);
    const loose = await fsp.stat(join(gitdir, 'objects', staged.id.slice(0, 2), staged.id.slice(2)));
    expect(loose.size).toBeLessThan(staged.size / 10);
    expect((await fsp.readdir(join(gitdir, 'objects'))).filter((name) => name.startsWith('tmp_'))).toEqual([]);
  });

  it('fails a download that brings fewer bytes than announced and leaves no object, nor a temporary file', async () => {
    const gitdir = join(temp.path, 'short');
    const repository = openRepository(gitConfig(gitdir));
    const writer = await repository.stageObject(10, 'run-1');
    await writer.write(Buffer.from('only five'.slice(0, 5)));
    await expect(writer.finish()).rejects.toThrow(/5 bytes arrived of the announced 10/);
    const names = (await fsp.readdir(join(gitdir, 'objects'))).filter((name) => name !== 'info' && name !== 'pack');
    expect(names).toEqual([]);
  });

  it('fails a store whose staged object is not in the repository, naming it', async () => {
    const gitdir = join(temp.path, 'elsewhere');
    const repository = openRepository(gitConfig(gitdir));
    await repository.ensure();
    const missing = 'a'.repeat(40);
    await expect(repository.store([{ path: 'fw/image.bin', source: { kind: 'object', id: missing } }], { message: 'one', date: new Date() })).rejects.toThrow(
      new RegExp(`staged object ${missing} is not in`),
    );
  });
});
