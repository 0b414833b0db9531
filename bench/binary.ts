/**
 * `tidemark bench binary`: a large firmware image backed up end to end through the run pipeline,
 * from Debian's OpenSSH `sshd` over SFTP (the `sftp-file` backup method) into a git repository.
 *
 * This process runs PostgreSQL's launcher, the API server and the measuring client; the worker
 * is `tidemark worker` in a child process, as in `bench fleet`; sshd is the one the tests start
 * (lab/openssh-server.ts). Whatever ends the benchmark stops all of them and removes the folders.
 * Glossary of the figures:
 * - end to end: from the startRun request until the run is seen finished (polled every 50 ms).
 * - collection: the run's startedAt → the run-finishing event: SSH login and the download, which
 *   hashes and writes the blob into the repository as it arrives.
 * - time to commit: run-finishing → run-finished, the finish-run job (plan, write, commit,
 *   record); its own phases come from the worker's "run stored" log line.
 * - worker RSS growth: the worker's highest VmRSS during the run above its VmRSS just before.
 * - worker CPU: user and system seconds the worker spent during the run, which other load on the
 *   machine does not change the way it changes the times.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../infra/log.ts';
import { startOpenSshServer, type OpenSshServer } from '../lab/openssh-server.ts';
import { megabytesFromKb, print, seconds } from './figures.ts';
import { cpuSeconds, INTERRUPTED_STOP_TIMEOUT_MS, readCommitPhases, readStatusKb, startWorkerProcess, stopChild } from './fleet.ts';
import { startBenchStack, type BenchStack } from './stack.ts';

export interface BinaryOptions {
  /** Size of each firmware image in MB (10^6 bytes). */
  megabytes: number;
  /** Images backed up at once, each from a device of its own, in one run. */
  parallel: number;
  runs: number;
}

/** The goals printed next to the figures. */
export const binaryTargets = { endToEndMBps: 100, workerRssGrowthKb: 150 * 1024 };

const POLL_MS = 50;
const MB = 1_000_000;

export async function benchBinary(options: BinaryOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(`bench binary: ${options.parallel} firmware image${options.parallel === 1 ? '' : 's'} of ${options.megabytes} MB (random bytes) over SFTP from OpenSSH into git, ${options.runs} run${options.runs === 1 ? '' : 's'}`);
  print(`targets: ≥ ${binaryTargets.endToEndMBps} MB/s end to end for one image, worker RSS growth ≤ ${megabytesFromKb(binaryTargets.workerRssGrowthKb)}`);
  print(`load average at start: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const children: ChildProcess[] = [];
  let stack: BenchStack | null = null;
  let sshd: OpenSshServer | null = null;
  try {
    stack = await startBenchStack(log, signal);
    sshd = await startOpenSshServer();
    const worker = await startWorkerProcess({ concurrency: Math.max(4, options.parallel) }, stack, signal, children);
    const images = Array.from({ length: options.parallel }, (_, index) => path.join(sshd!.dir, `firmware-${index + 1}.bin`));
    const deviceIds = await registerDevices(stack, sshd, images);
    for (let run = 1; run <= options.runs; run++) {
      // New bytes every run: each run stores new versions.
      for (const image of images) await writeRandomFile(image, options.megabytes * MB, signal);
      const measured = await measureRun(stack, worker, deviceIds, signal);
      report(run, options, measured, stack);
    }
  } finally {
    await Promise.all(children.map((child) => stopChild(child, INTERRUPTED_STOP_TIMEOUT_MS)));
    await sshd?.stop();
    await stack?.close();
  }
}

async function registerDevices(stack: BenchStack, sshd: OpenSshServer, images: string[]): Promise<string[]> {
  const set = await stack.gql<{ createCredentialSet: { id: string } }>(
    `mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`,
    { input: { name: 'sshd', username: sshd.username, privateKey: sshd.clientKey.privateKey } },
  );
  const repository = await stack.gql<{ createRepository: { id: string } }>(`mutation { createRepository(input: { name: "firmware", kind: GIT }) { id } }`);
  const ids: string[] = [];
  for (const [index, image] of images.entries()) {
    const created = await stack.gql<{ createDevice: { id: string } }>(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      {
        input: {
          name: `fw-${index + 1}`,
          host: '127.0.0.1',
          port: sshd.port,
          backupMethod: 'sftp-file',
          options: { paths: [image] },
          credentialSetIds: [set.createCredentialSet.id],
          repositoryId: repository.createRepository.id,
        },
      },
    );
    ids.push(created.createDevice.id);
  }
  return ids;
}

/** Random bytes, written a megabyte at a time: a firmware image does not compress. */
async function writeRandomFile(file: string, size: number, signal: AbortSignal): Promise<void> {
  const out = fs.createWriteStream(file);
  const block = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size && !signal.aborted; written += block.length) {
    randomFillSync(block);
    if (!out.write(block.subarray(0, Math.min(block.length, size - written)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

interface Measured {
  runId: string;
  status: string;
  wallMs: number;
  collectionMs: number;
  commitMs: number;
  bytes: number;
  /** finish-run's phases, from the worker log. */
  phases: Record<string, number> | null;
  rssBeforeKb: number;
  rssPeakKb: number;
  workerCpuSeconds: number;
  blobs: { blob: string; size: number }[];
}

async function measureRun(stack: BenchStack, worker: ChildProcess, deviceIds: string[], signal: AbortSignal): Promise<Measured> {
  const rssBeforeKb = readStatusKb(worker.pid!, 'VmRSS') ?? 0;
  let rssPeakKb = rssBeforeKb;
  const cpuBefore = cpuSeconds(worker.pid!);
  const started = Date.now();
  const run = await stack.gql<{ startRun: { id: string } }>(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, {
    input: { deviceIds, concurrency: deviceIds.length },
  });
  const runId = run.startRun.id;
  let status = '';
  for (;;) {
    rssPeakKb = Math.max(rssPeakKb, readStatusKb(worker.pid!, 'VmRSS') ?? 0);
    const [row] = await stack.db.sql`select status from runs where id = ${runId}`;
    if (['succeeded', 'partial', 'failed', 'cancelled'].includes(row.status)) {
      status = row.status;
      break;
    }
    if (signal.aborted) throw new Error('interrupted');
    await sleep(POLL_MS);
  }
  const wallMs = Date.now() - started;
  const workerCpuSeconds = cpuSeconds(worker.pid!) - cpuBefore;
  const [times] = await stack.db.sql`
    select
      extract(epoch from (select min(created_at) from run_events where run_id = r.id and type = 'run-finishing') - r.started_at) * 1000 as collection_ms,
      extract(epoch from r.finished_at - (select min(created_at) from run_events where run_id = r.id and type = 'run-finishing')) * 1000 as commit_ms
    from runs r where r.id = ${runId}`;
  const blobs = await stack.db.sql<{ blob: string; size: number }[]>`select storage_ref->>'blob' as blob, size::bigint::float8 as size from backups where run_id = ${runId}`;
  return {
    runId,
    status,
    wallMs,
    collectionMs: Number(times.collection_ms),
    commitMs: Number(times.commit_ms),
    bytes: blobs.reduce((sum, b) => sum + Number(b.size), 0),
    phases: readCommitPhases(path.join(stack.dir, 'worker.log'), runId),
    rssBeforeKb,
    rssPeakKb,
    workerCpuSeconds,
    blobs,
  };
}


const rate = (bytes: number, ms: number) => `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;

function report(run: number, options: BinaryOptions, m: Measured, stack: BenchStack): void {
  const gitdir = path.join(stack.dir, 'repositories', 'firmware');
  for (const { blob, size } of m.blobs) {
    const stored = Number(execFileSync('git', ['--git-dir', gitdir, 'cat-file', '-s', blob], { encoding: 'utf8' }).trim());
    if (stored !== size) throw new Error(`blob ${blob} holds ${stored} bytes, the backups row says ${size}`);
  }
  execFileSync('git', ['--git-dir', gitdir, 'fsck', '--strict', '--connectivity-only'], { stdio: 'ignore' });
  const perImage = m.bytes / Math.max(1, m.blobs.length);
  print(`run ${run}: ${m.status}, ${m.blobs.length} image${m.blobs.length === 1 ? '' : 's'}, ${(m.bytes / MB).toFixed(0)} MB in all; git cat-file sizes match the backups rows, git fsck clean`);
  print(`  end to end: ${seconds(m.wallMs)}, ${rate(m.bytes, m.wallMs)}${options.parallel > 1 ? ` in all, ${rate(perImage, m.wallMs)} per image` : ''} (target ≥ ${binaryTargets.endToEndMBps} MB/s)`);
  print(`  collection (login, SFTP download hashed and written into the repository): ${seconds(m.collectionMs)}, ${rate(m.bytes, m.collectionMs)}`);
  const phases = m.phases ? ` (${Object.entries(m.phases).map(([name, ms]) => `${name.replace(/Ms$/, '')} ${ms} ms`).join(', ')})` : '';
  print(`  time to commit: ${seconds(m.commitMs)}${phases}`);
  const growthKb = m.rssPeakKb - m.rssBeforeKb;
  print(`  worker RSS: ${megabytesFromKb(m.rssBeforeKb)} before, ${megabytesFromKb(m.rssPeakKb)} at most, growth ${megabytesFromKb(growthKb) === 'n/a' ? '0 MB' : megabytesFromKb(growthKb)} (target ≤ ${megabytesFromKb(binaryTargets.workerRssGrowthKb)})`);
  print(`  worker CPU: ${m.workerCpuSeconds.toFixed(2)} s (user and system)`);
  print(`  load average: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
}
