import { promises as fsp } from 'node:fs';
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
