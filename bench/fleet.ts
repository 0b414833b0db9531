/**
 * `tidemark bench fleet`: backs up N lab devices through the whole pipeline and reports how
 * long it took and how much memory the worker needed.
 *
 * Three processes, so each one's memory and CPU can be told apart: this one (PostgreSQL's
 * launcher, the API server and the measuring client), a worker (`tidemark worker`) and the lab.
 * Glossary of the figures:
 * - wall: from the startRun request until the run is seen finished (polled every 100 ms).
 * - run: the run's own createdAt → finishedAt, as recorded by Tidemark.
 * - pickup: createdAt → startedAt, the start-run job waiting for a worker.
 * - collection: startedAt → the run-finishing event, when the last device is done.
 * - time to commit: run-finishing → run-finished, the finish-run job (plan, write, commit, record).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../infra/log.ts';
import { listClusterProcesses } from '../infra/postgres/processes.ts';
import { projectRoot } from '../infra/project-root.ts';
import { gigabytes, megabytesFromKb as formatKb, percentile, print, seconds } from './figures.ts';
import type { LabProcessDevice } from './lab-process.ts';
import { startBenchStack, type BenchStack, type Gql } from './stack.ts';

export interface FleetOptions {
  devices: number;
  concurrency: number;
  runs: number;
  faults: number;
  /** Write V8 CPU profiles of the worker and the lab into this folder. */
  cpuProf?: string;
}

const POLL_MS = 100;
const CHILD_READY_TIMEOUT_MS = 120_000;
const CHILD_STOP_TIMEOUT_MS = 15_000;
const finishedStatuses = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];

export async function benchFleet(options: FleetOptions, log: Logger, signal: AbortSignal): Promise<void> {
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${gigabytes(os.totalmem())} memory, Node ${process.version}`;
  print(`fleet benchmark: ${options.devices} devices, concurrency ${options.concurrency}, ${options.runs} run(s), ${options.faults} faulty`);
  print(`machine: ${machine}`);

  const children: ChildProcess[] = [];
  let stack: BenchStack | null = null;
  try {
    stack = await startBenchStack(log);
    const setupStarted = Date.now();
    const [lab, worker] = await Promise.all([
      startLabProcess(options, stack.dir, signal).then((started) => (children.push(started.child), started)),
      startWorkerProcess(options, stack, signal).then((child) => (children.push(child), child)),
    ]);
    print(`lab and worker ready in ${seconds(Date.now() - setupStarted)}`);
    const registered = Date.now();
    const repository = await register(stack.gql, lab.devices);
    print(`registered ${lab.devices.length} devices with importDevices in ${seconds(Date.now() - registered)}`);

    const watched = { worker: worker.pid!, lab: lab.child.pid! };
    for (let index = 1; index <= options.runs; index++) {
      signal.throwIfAborted();
      const measured = await measureRun(stack, repository, options, watched, signal);
      printRun(index, options.devices, measured);
      if (measured.commitSha) {
        execFileSync('git', ['--git-dir', repository.path, 'fsck', '--strict'], { stdio: 'ignore' });
        print(`  git fsck --strict: clean`);
      }
    }
    print(`peak RSS over the whole benchmark (VmHWM): worker ${formatKb(readStatusKb(watched.worker, 'VmHWM'))}, lab ${formatKb(readStatusKb(watched.lab, 'VmHWM'))}, API server and client ${formatKb(readStatusKb(process.pid, 'VmHWM'))}`);
  } finally {
    await Promise.all(children.map((child) => stopChild(child)));
    await stack?.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/** A TypeScript entry of this project in its own Node process; stdin stays open as a lifeline. */
function spawnNode(args: string[], options: { env?: Record<string, string>; stdout: 'pipe' | number; stderr: number; cpuProf?: string }): ChildProcess {
  const profile = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProf)}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', options.stdout, options.stderr],
  });
}

async function startLabProcess(options: FleetOptions, dir: string, signal: AbortSignal) {
  const stderr = fs.openSync(path.join(dir, 'lab.log'), 'a');
  const child = spawnNode(['bench/lab-process.ts', JSON.stringify({ devices: options.devices, faults: options.faults })], { stdout: 'pipe', stderr, cpuProf: options.cpuProf });
  fs.closeSync(stderr);
  const lines = readline.createInterface({ input: child.stdout! });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the lab exited (${code}); see ${dir}/lab.log`))));
  const firstLine = new Promise<string>((resolve) => lines.once('line', resolve));
  const waiting = new AbortController();
  const timeout = sleep(CHILD_READY_TIMEOUT_MS, undefined, { signal: AbortSignal.any([signal, waiting.signal]) }).then(() => {
    throw new Error('the lab did not start in time');
  });
  try {
    const line = await Promise.race([firstLine, exited, timeout]);
    return { child, devices: JSON.parse(line) as LabProcessDevice[] };
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    waiting.abort();
    exited.catch(() => undefined);
    timeout.catch(() => undefined);
  }
}

/** `tidemark worker` as an operator adding a machine would run it, logging to a file. */
async function startWorkerProcess(options: FleetOptions, stack: BenchStack, signal: AbortSignal): Promise<ChildProcess> {
  const logFile = path.join(stack.dir, 'worker.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawnNode(['server.ts', 'worker'], {
    env: {
      DATABASE_URL: stack.databaseUrl,
      TIDEMARK_SECRET_KEY: stack.secretKeyHex,
      TIDEMARK_DATA_DIR: stack.dir,
      TIDEMARK_WORKER_CONCURRENCY: String(options.concurrency),
      LOG_LEVEL: 'info',
    },
    stdout: out,
    stderr: out,
    cpuProf: options.cpuProf,
  });
  fs.closeSync(out);
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code ?? -1));
  const deadline = Date.now() + CHILD_READY_TIMEOUT_MS;
  while (!fs.readFileSync(logFile, 'utf8').includes('"msg":"worker running"')) {
    if (exitCode !== undefined || Date.now() > deadline || signal.aborted) {
      await stopChild(child);
      throw new Error(`the worker did not start (${exitCode !== undefined ? `exit ${exitCode}` : 'timeout'}):\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await sleep(POLL_MS);
  }
  return child;
}

/** SIGTERM lets the worker finish or hand back its jobs; a child that hangs is killed. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Memory and CPU from /proc

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

const ticksPerSecond = 100;

/** User plus system CPU seconds of a process, from /proc/PID/stat (USER_HZ is 100 on Linux). */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

interface CpuSnapshot {
  worker: number;
  lab: number;
  api: number;
  postgres: number;
}

async function cpuSnapshot(watched: { worker: number; lab: number }, pgDataDir: string): Promise<CpuSnapshot> {
  const pgPids = await listClusterProcesses(pgDataDir);
  return {
    worker: cpuSeconds(watched.worker),
    lab: cpuSeconds(watched.lab),
    api: cpuSeconds(process.pid),
    // Backends that exit during the run take their CPU time with them: a lower bound.
    postgres: pgPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
  };
}

/** The highest VmRSS seen per process while a run goes on. */
function sampleRss(pids: Record<string, number>): { stop(): Record<string, number> } {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(pids).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) peaks[name] = Math.max(peaks[name], readStatusKb(pid, 'VmRSS') ?? 0);
  };
  sample();
  const timer = setInterval(sample, POLL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The run

interface Repository {
  id: string;
  path: string;
}

async function register(gql: Gql, devices: LabProcessDevice[]): Promise<Repository> {
  const [first] = devices;
  await gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, {
    input: { name: 'lab', username: first.username, password: first.password, enableSecret: first.enableSecret },
  });
  const { createRepository } = await gql<{ createRepository: Repository }>(`mutation { createRepository(input: { name: "bench", kind: GIT }) { id path } }`);
  const rows = devices.map((d) => [d.name, d.host, d.port, d.backupMethod, `bench/${d.platform}`, 'lab', 'lab'].join(','));
  const { importDevices } = await gql<{ importDevices: { ok: boolean; errors: { row: number; message: string }[] } }>(
    `mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`,
    { csv: ['name,host,port,backup_method,location,tags,credential_sets', ...rows].join('\n') },
  );
  if (!importDevices.ok) throw new Error(`importDevices failed: ${JSON.stringify(importDevices.errors.slice(0, 5))}`);
  return createRepository;
}

interface RunDetails {
  status: string;
  total: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result: {
    backedUpCount: number;
    failedCount: number;
    changedCount: number;
    unchangedCount: number;
    gitStatus: string;
    gitCommitStatus: { sha: string | null; filesChanged: number } | null;
  } | null;
  devices: { status: string; errorCode: string | null; durationMs: number | null }[];
}

interface MeasuredRun {
  wallMs: number;
  run: RunDetails;
  runMs: number;
  pickupMs: number;
  collectionMs: number;
  commitMs: number;
  deviceMs: { median: number; p95: number; max: number };
  /** Devices being backed up at once on average: their summed durations over the collection time. */
  inFlight: number;
  failures: Record<string, number>;
  commitSha: string | null;
  /** The finish-run job's phases from the worker's "run stored" log line, in ms. */
  commitPhases: Record<string, number> | null;
  rssKb: Record<string, number>;
  cpu: CpuSnapshot;
}

async function measureRun(
  stack: BenchStack,
  repository: Repository,
  options: FleetOptions,
  watched: { worker: number; lab: number },
  signal: AbortSignal,
): Promise<MeasuredRun> {
  const pgDataDir = path.join(stack.dir, 'pg');
  const cpuBefore = await cpuSnapshot(watched, pgDataDir);
  const rss = sampleRss({ worker: watched.worker, lab: watched.lab, api: process.pid });
  const started = performance.now();
  const { startRun } = await stack.gql<{ startRun: { id: string } }>(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, {
    input: { selection: { all: true }, repositoryId: repository.id, concurrency: options.concurrency },
  });
  for (;;) {
    signal.throwIfAborted();
    const { run } = await stack.gql<{ run: { status: string } }>(`query($id: ID!) { run(id: $id) { status } }`, { id: startRun.id });
    if (finishedStatuses.includes(run.status)) break;
    await sleep(POLL_MS);
  }
  const wallMs = performance.now() - started;
  const rssKb = rss.stop();
  const cpuAfter = await cpuSnapshot(watched, pgDataDir);

  const { run } = await stack.gql<{ run: RunDetails }>(
    `query($id: ID!) { run(id: $id) {
      status total createdAt startedAt finishedAt
      result { backedUpCount failedCount changedCount unchangedCount gitStatus gitCommitStatus { sha filesChanged } }
      devices { status errorCode durationMs }
    } }`,
    { id: startRun.id },
  );
  const events = await runEvents(stack.gql, startRun.id);
  const at = (type: string) => events.find((event) => event.type === type)?.at;
  const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);
  const durations = run.devices.map((d) => d.durationMs ?? 0).sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  for (const device of run.devices) if (device.errorCode) failures[device.errorCode] = (failures[device.errorCode] ?? 0) + 1;
  return {
    wallMs,
    run,
    runMs: time(run.finishedAt) - time(run.createdAt),
    pickupMs: time(run.startedAt) - time(run.createdAt),
    collectionMs: time(at('run-finishing')) - time(run.startedAt),
    commitMs: time(at('run-finished')) - time(at('run-finishing')),
    deviceMs: { median: percentile(durations, 0.5), p95: percentile(durations, 0.95), max: durations.at(-1) ?? 0 },
    inFlight: durations.reduce((sum, ms) => sum + ms, 0) / (time(at('run-finishing')) - time(run.startedAt)),
    failures,
    commitSha: run.result?.gitCommitStatus?.sha ?? null,
    commitPhases: readCommitPhases(path.join(stack.dir, 'worker.log'), startRun.id),
    rssKb,
    cpu: {
      worker: cpuAfter.worker - cpuBefore.worker,
      lab: cpuAfter.lab - cpuBefore.lab,
      api: cpuAfter.api - cpuBefore.api,
      postgres: cpuAfter.postgres - cpuBefore.postgres,
    },
  };
}

/** The run's events, a page at a time (the API returns at most 1,000 per request). */
async function runEvents(gql: Gql, runId: string): Promise<{ seq: number; type: string; at: string }[]> {
  const all: { seq: number; type: string; at: string }[] = [];
  for (;;) {
    const { run } = await gql<{ run: { events: { seq: number; type: string; at: string }[] } }>(
      `query($id: ID!, $after: Int) { run(id: $id) { events(afterSeq: $after) { seq type at } } }`,
      { id: runId, after: all.at(-1)?.seq ?? 0 },
    );
    if (run.events.length === 0) return all;
    all.push(...run.events);
  }
}

function readCommitPhases(logFile: string, runId: string): Record<string, number> | null {
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n').reverse()) {
    if (!line.includes(runId) || !line.includes('"run stored"')) continue;
    try {
      return (JSON.parse(line) as { phases?: Record<string, number> }).phases ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

function printRun(index: number, devices: number, m: MeasuredRun): void {
  const r = m.run.result;
  print(`run ${index}: ${m.run.status}`);
  print(`  devices: ${m.run.total}, ${(devices / (m.runMs / 1000)).toFixed(1)} devices/s`);
  print(`  wall ${seconds(m.wallMs)}; run ${seconds(m.runMs)} = pickup ${seconds(m.pickupMs)} + collection ${seconds(m.collectionMs)} + time to commit ${seconds(m.commitMs)}`);
  if (m.commitPhases) print(`  time to commit by phase: ${Object.entries(m.commitPhases).map(([phase, ms]) => `${phase.replace(/Ms$/, '')} ${seconds(ms)}`).join(', ')}`);
  print(`  per device: median ${seconds(m.deviceMs.median)}, p95 ${seconds(m.deviceMs.p95)}, max ${seconds(m.deviceMs.max)}; ${m.inFlight.toFixed(1)} in flight on average`);
  if (r) {
    print(`  result: ${r.backedUpCount} backed up (${r.changedCount} changed artifacts, ${r.unchangedCount} unchanged), ${r.failedCount} failed; ${r.gitStatus}`);
  }
  if (Object.keys(m.failures).length) print(`  failures: ${Object.entries(m.failures).map(([code, n]) => `${code} ${n}`).join(', ')}`);
  print(`  peak RSS during the run: worker ${formatKb(m.rssKb.worker)}, lab ${formatKb(m.rssKb.lab)}, API server and client ${formatKb(m.rssKb.api)}`);
  print(`  CPU seconds: worker ${m.cpu.worker.toFixed(1)}, lab ${m.cpu.lab.toFixed(1)}, PostgreSQL ≥${m.cpu.postgres.toFixed(1)}, API server and client ${m.cpu.api.toFixed(1)}`);
}
