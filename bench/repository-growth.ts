/**
 * `tidemark bench repository-growth`: how a git repository grows over many runs. Each run stores
 * the changed artifacts of a share of the devices through the git backend's `store()`, the call
 * `finish-run` makes, then reads the version before of each changed artifact (`openRead`, as
 * `finish-run` does to count changed lines). No database, worker, SSH or lab: the rest of the
 * pipeline does not touch the repository. Every device has a running and a startup configuration
 * rendered from the cisco-ios lab templates (about 3 KB each); a change is a new revision of
 * both, as after a `write memory`.
 *
 * At the end, optionally, a push of the whole history, then of one commit holding a large random
 * binary artifact, to a local smart-HTTP remote (git http-backend behind a Node server in this
 * process, whose buffers count in the figure), with the growth of this process's resident memory
 * while each push runs.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { seededRandom } from '../lab/lab.ts';
import { loadPersona } from '../lab/persona.ts';
import { fetchVariables, renderTemplate } from '../lab/template.ts';
import { openRepository, type ArtifactFile, type GitStorageRef, type Repository } from '../storage/index.ts';
import { startGitHttpServer } from '../storage/testing/git-http-server.ts';
import { milliseconds, percentile, print, seconds } from './figures.ts';

const run = promisify(execFile);

export interface RepositoryGrowthOptions {
  runs: number;
  devices: number;
  /** Share of the devices whose configuration changes in each run after the first. */
  changePercent: number;
  /** Print the figures every this many runs. */
  every: number;
  /** Size of the random binary artifact pushed at the end; 0 skips the push. */
  pushMb: number;
}

const DEVICES_PER_SITE = 100;


interface Device {
  name: string;
  index: number;
  site: string;
  revision: number;
}

function deviceFiles(device: Device, templates: { running: string; startup: string }): ArtifactFile[] {
  // Fetch 0 every time: the clock lines stand for volatile lines, which the pipeline drops before comparing.
  const variables = fetchVariables(device, { fetch: 0, session: device.revision }, 1);
  return [
    { path: `${device.site}/${device.name}/running-config`, source: { kind: 'text', content: renderTemplate(templates.running, variables) } },
    { path: `${device.site}/${device.name}/startup-config`, source: { kind: 'text', content: renderTemplate(templates.startup, variables) } },
  ];
}

async function repositoryFigures(gitdir: string): Promise<{ packs: number; packBytes: number; loose: number; diskBytes: number }> {
  let packs = 0;
  let packBytes = 0;
  let loose = 0;
  let diskBytes = 0;
  async function walk(folder: string, relative: string): Promise<void> {
    for (const entry of await fsp.readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        await walk(path, relative ? `${relative}/${entry.name}` : entry.name);
        continue;
      }
      const stat = await fsp.stat(path);
      diskBytes += stat.blocks * 512;
      if (relative === 'objects/pack' && entry.name.endsWith('.pack')) {
        packs++;
        packBytes += stat.size;
      }
      if (/^objects\/[0-9a-f]{2}$/.test(relative)) loose++;
    }
  }
  await walk(gitdir, '');
  return { packs, packBytes, loose, diskBytes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function writeRandomFile(file: string, size: number): Promise<void> {
  const out = createWriteStream(file);
  for (let written = 0; written < size; written += 1024 * 1024) {
    if (!out.write(randomBytes(Math.min(1024 * 1024, size - written)))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Runs `work` while sampling this process's resident memory; returns the peak above where it started. */
async function withRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number; ms: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growth: peak - before, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

async function pushToHttpRemote(repository: Repository, folder: string, options: RepositoryGrowthOptions, runs: number): Promise<void> {
  const server = await startGitHttpServer({ token: null, root: join(folder, 'remotes') });
  try {
    const remote = await server.createRepository('backups');
    // The remote keeps each pack as it arrives: below 100 objects git would unpack it into loose
    // objects, deflating the binary again on the same cores, which is the remote's cost, not the push's.
    await run('git', ['--git-dir', remote.gitdir, 'config', 'receive.unpackLimit', '1']);
    const pushing = openRepository({ ...repository.config, remoteUrl: remote.url });
    await pushing.ensure();
    const history = await withRssGrowth(() => pushing.push());
    if (!history.result.pushed) throw new Error(history.result.error);
    print(`push of the whole history (${runs} commits) to a new smart-HTTP remote: ${seconds(history.ms)}, memory growth ${mb(history.growth)}`);

    const binary = join(folder, 'firmware.bin');
    await writeRandomFile(binary, options.pushMb * 1024 * 1024);
    await pushing.store([{ path: 'site-00/fw-01/firmware.bin', source: { kind: 'file', file: binary } }], { message: 'firmware', date: new Date() });
    await fsp.rm(binary);
    global.gc?.();
    const large = await withRssGrowth(() => pushing.push());
    if (!large.result.pushed) throw new Error(large.result.error);
    const size = (await run('git', ['--git-dir', remote.gitdir, 'cat-file', '-s', 'main:site-00/fw-01/firmware.bin'])).stdout.trim();
    print(
      `push of one commit with a ${options.pushMb} MB random binary artifact: ${seconds(large.ms)} (${(options.pushMb / (large.ms / 1000)).toFixed(0)} MB/s), ` +
        `memory growth ${mb(large.growth)}; the remote holds it (${size} bytes)`,
    );
    await run('git', ['--git-dir', remote.gitdir, 'fsck', '--strict'], { maxBuffer: 64 * 1024 * 1024 });
    print('remote: git fsck --strict clean');
  } finally {
    await server.close();
  }
}

export async function benchRepositoryGrowth(options: RepositoryGrowthOptions, signal: AbortSignal): Promise<void> {
  const persona = loadPersona('cisco-ios');
  const templates = { running: persona.templates.get('running-config.tpl')!, startup: persona.templates.get('startup-config.tpl')! };
  const changed = Math.max(1, Math.round((options.devices * options.changePercent) / 100));
  print(
    `repository-growth benchmark: ${options.runs} runs over ${options.devices} devices (running + startup configuration each), ` +
      `${changed} devices (${options.changePercent}%) changed per run after the first`,
  );
  print("each run calls the git backend's store() with the changed artifacts, as finish-run does, and reads their versions before;");
  print('no database, worker or SSH: the rest of the pipeline does not touch the repository');
  const folder = await fsp.mkdtemp(join(tmpdir(), 'tidemark-bench-growth-'));
  const gitdir = join(folder, 'backups.git');
  try {
    const repository = openRepository({
      kind: 'git',
      path: gitdir,
      remoteUrl: null,
      remoteToken: null,
      branch: 'main',
      authorName: 'Tidemark',
      authorEmail: 'tidemark@localhost',
    });
    await repository.ensure();
    const devices: Device[] = Array.from({ length: options.devices }, (_, index) => ({
      name: `sw-${String(index + 1).padStart(5, '0')}`,
      index,
      site: `site-${String(Math.floor(index / DEVICES_PER_SITE)).padStart(3, '0')}`,
      revision: 0,
    }));
    const refs = new Map<string, GitStorageRef>();
    const random = seededRandom(11);
    let storeTimes: number[] = [];
    let readTimes: number[] = [];
    const started = performance.now();
    print('   runs   store median     p95       max   read before median   packs  pack size  loose objects  size on disk   RSS   elapsed');
    for (let runNumber = 1; runNumber <= options.runs; runNumber++) {
      signal.throwIfAborted();
      let picked = devices;
      if (runNumber > 1) {
        const chosen = new Set<number>();
        while (chosen.size < changed) chosen.add(Math.floor(random() * devices.length));
        picked = [...chosen].map((index) => devices[index]);
        for (const device of picked) device.revision++;
      }
      const files = picked.flatMap((device) => deviceFiles(device, templates));
      const storeStarted = performance.now();
      const stored = await repository.store(files, { message: `Run ${runNumber}`, date: new Date(Date.UTC(2026, 0, 1) + runNumber * 3_600_000) });
      storeTimes.push(performance.now() - storeStarted);

      const readStarted = performance.now();
      await Promise.all(
        files.map(async (file) => {
          const before = refs.get(file.path);
          if (!before) return;
          for await (const chunk of (await repository.openRead(before)).stream()) void chunk;
        }),
      );
      readTimes.push(performance.now() - readStarted);
      for (const [path, ref] of Object.entries(stored.refs)) if (ref.kind === 'git') refs.set(path, ref);

      if (runNumber % options.every === 0 || runNumber === options.runs) {
        const figures = await repositoryFigures(gitdir);
        storeTimes.sort((a, b) => a - b);
        readTimes.sort((a, b) => a - b);
        print(
          `${String(runNumber).padStart(7)}  ${milliseconds(percentile(storeTimes, 0.5)).padStart(12)} ${milliseconds(percentile(storeTimes, 0.95)).padStart(9)} ${milliseconds(storeTimes[storeTimes.length - 1]).padStart(9)}` +
            `  ${milliseconds(percentile(readTimes, 0.5)).padStart(19)}  ${String(figures.packs).padStart(6)} ${mb(figures.packBytes).padStart(10)}` +
            `  ${String(figures.loose).padStart(13)} ${mb(figures.diskBytes).padStart(13)} ${mb(process.memoryUsage.rss()).padStart(9)} ${seconds(performance.now() - started).padStart(9)}`,
        );
        storeTimes = [];
        readTimes = [];
      }
    }

    print('git count-objects -v:');
    for (const line of (await run('git', ['--git-dir', gitdir, 'count-objects', '-v'])).stdout.trim().split('\n')) print(`  ${line}`);
    const fsckStarted = performance.now();
    await run('git', ['--git-dir', gitdir, 'fsck', '--strict'], { maxBuffer: 64 * 1024 * 1024 });
    print(`git fsck --strict: clean (${seconds(performance.now() - fsckStarted)})`);
    print(`git log --oneline | wc -l: ${await countLogLines(gitdir)}`);

    if (options.pushMb > 0) {
      signal.throwIfAborted();
      await pushToHttpRemote(repository, folder, options, options.runs);
    }
  } finally {
    await fsp.rm(folder, { recursive: true, force: true });
  }
}

/** `git log --oneline | wc -l`, counted as the log streams by. */
function countLogLines(gitdir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--git-dir', gitdir, 'log', '--oneline'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(lines) : reject(new Error(`git log exited with ${code}`))));
  });
}
