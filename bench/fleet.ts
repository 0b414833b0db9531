/**
 * `tidemark bench fleet`: backs up N lab devices through the whole pipeline and reports how
 * long it took and how much memory the worker needed.
 *
 * Three kinds of process, so each one's memory and CPU can be told apart: this one (PostgreSQL's
 * launcher, the API server and the measuring client), a worker (`tidemark worker`) and the lab
 * (one process per LAB_DEVICES_PER_PROCESS devices). Whatever ends the benchmark (the last run,
 * a failure, Ctrl-C or SIGTERM) stops all of them, the API server, PostgreSQL and the temporary
 * folder.
 * Glossary of the figures:
 * - wall: from the startRun request until the run is seen finished (polled every 100 ms).
 * - run: the run's own createdAt → finishedAt, as recorded by Tidemark.
 * - pickup: createdAt → startedAt, the start-run job waiting for a worker.
 * - collection: startedAt → the run-finishing event, when the last device is done.
 * - time to commit: run-finishing → the run's finishedAt, the finish-run job (plan, write, commit, record).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_IMPORT_ROWS } from '../db/devices/import-devices.ts';
import type { Logger } from '../infra/log.ts';
import { parseEnv } from '../infra/env.ts';
import { listClusterProcesses } from '../infra/postgres/processes.ts';
import { workerNodeOptions } from '../launcher/child-process.ts';
import { projectRoot } from '../infra/project-root.ts';
import { gigabytes, megabytesFromKb as formatKb, percentile, print, seconds } from './figures.ts';
import type { LabProcessDevice, LabProcessOptions } from './lab-process.ts';
import { ephemeralPortRange } from '../infra/free-ports.ts';
import { labPortLayout } from './lab-ports.ts';
import { startBenchStack, type BenchStack, type Gql } from './stack.ts';

export interface FleetOptions {
  devices: number;
  concurrency: number;
  /** `tidemark worker` processes sharing the runs (each with the concurrency above). */
  workers: number;
  runs: number;
  faults: number;
  /** Write V8 CPU profiles of the worker and the lab into this folder. */
  cpuProf?: string;
}

const POLL_MS = 100;
/** A run that collects no device for this long has a hung process behind it: the benchmark fails. */
const STALLED_AFTER_MS = 300_000;
const CHILD_READY_TIMEOUT_MS = 120_000;
/** On top of CHILD_READY_TIMEOUT_MS: five lab processes of 10,000 devices take minutes to start on two busy cores. */
const LAB_START_MS_PER_DEVICE = 30;
export const CHILD_STOP_TIMEOUT_MS = 15_000;
/** An interrupted benchmark has nothing to finish: a child gets this long before it is killed. */
export const INTERRUPTED_STOP_TIMEOUT_MS = 3_000;
/**
 * Every lab device is an SSH server listening on 127.0.0.1, one open file each: a lab process of
 * this many stays well under the 20,000 open files a process may have here.
 */
const LAB_DEVICES_PER_PROCESS = 10_000;
/**
 * A lab of more than one process takes its ports from ranges of its own (lab-ports.ts); a smaller
 * one listens on ports the system picks.
 */
export const MAX_FLEET_DEVICES = 50_000;
/** Devices per SQL statement when a fleet is too large for one importDevices request. */
const INSERT_BATCH = 10_000;
/**
 * The goals printed next to the figures: a run of 10,000 devices within 45 s and of 50,000 within
 * 4 minutes (proportionally between and below), the worker's peak RSS, the unchanged run.
 */
export const fleetTargets = {
  runMs: (devices: number) => (devices <= 10_000 ? devices * 4.5 : 45_000 + ((devices - 10_000) * (240_000 - 45_000)) / 40_000),
  workerRssKb: 500 * 1024,
};
const finishedStatuses = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];

export async function benchFleet(options: FleetOptions, log: Logger, signal: AbortSignal): Promise<void> {
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${gigabytes(os.totalmem())} memory, Node ${process.version}`;
  print(`fleet benchmark: ${options.devices} devices, concurrency ${options.concurrency}, ${options.workers} worker${options.workers === 1 ? '' : 's'}, ${options.runs} run(s), ${options.faults} faulty`);
  print(`machine: ${machine}`);
  print(`targets: each run ≤ ${seconds(fleetTargets.runMs(options.devices))} (10,000 devices ≤ 45 s, 50,000 ≤ 240 s), worker peak RSS ≤ ${formatKb(fleetTargets.workerRssKb)}, an unchanged run no slower than the first, git fsck --strict clean`);

  // Every child is listed as soon as it is spawned, so whatever happens next it is stopped.
  const children: ChildProcess[] = [];
  // Should the process end without the finally below (an uncaught error), the children go with it.
  const killChildren = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killChildren);
  let stack: BenchStack | null = null;
  try {
    stack = await startBenchStack(log, signal);
    const setupStarted = Date.now();
    const workerStarts = Array.from({ length: options.workers }, (_, index) => startWorkerProcess(options, stack!, signal, children, index + 1));
    const [labs, ...workers] = await allStarted([startLabProcesses(options, stack.dir, signal, children), ...workerStarts]);
    const devices = labs.flatMap((lab) => lab.devices);
    print(`lab${labs.length > 1 ? ` (${labs.length} processes)` : ''} and ${workers.length > 1 ? `${workers.length} workers` : 'worker'} ready in ${seconds(Date.now() - setupStarted)}`);
    signal.throwIfAborted();
    const registered = Date.now();
    const { repository, how } = await register(stack, devices);
    print(`registered ${devices.length} devices with ${how} in ${seconds(Date.now() - registered)}`);

    const watched = { worker: workers.map((worker) => worker.pid!), lab: labs.map((lab) => lab.child.pid!) };
    const wallMs: number[] = [];
    for (let index = 1; index <= options.runs; index++) {
      signal.throwIfAborted();
      const measured = await measureRun(stack, repository, options, watched, signal);
      printRun(index, options.devices, measured, workerLabel(watched));
      wallMs.push(measured.wallMs);
      if (measured.commitSha) {
        execFileSync('git', ['--git-dir', repository.path, 'fsck', '--strict'], { stdio: 'ignore' });
        print(`  git fsck --strict: clean`);
      }
    }
    if (wallMs.length > 1) {
      const slowest = Math.max(...wallMs.slice(1));
      print(`unchanged runs against run 1: ${wallMs.slice(1).map((ms) => seconds(ms)).join(', ')} against ${seconds(wallMs[0])} (target: no slower): ${slowest <= wallMs[0] ? 'met' : 'missed'}`);
    }
    print(`peak RSS over the whole benchmark (VmHWM, target ≤ ${formatKb(fleetTargets.workerRssKb)} for a worker): ${workerLabel(watched)} ${formatKb(Math.max(...watched.worker.map((pid) => readStatusKb(pid, 'VmHWM') ?? 0)))}, lab ${formatKb(sumStatusKb(watched.lab, 'VmHWM'))}, API server and client ${formatKb(readStatusKb(process.pid, 'VmHWM'))}`);
  } finally {
    const timeoutMs = signal.aborted ? INTERRUPTED_STOP_TIMEOUT_MS : CHILD_STOP_TIMEOUT_MS;
    await Promise.all(children.map((child) => stopChild(child, timeoutMs)));
    await stack?.close();
    process.off('exit', killChildren);
  }
}

/** Waits for every start to settle, so none is left half way, then fails with the first failure. */
export async function allStarted<T extends unknown[]>(starts: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(starts);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as T;
}

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * A TypeScript entry of this project in its own Node process, listed in `children` at once;
 * stdin stays open as a lifeline.
 */
export function spawnNode(
  args: string[],
  options: { env?: Record<string, string>; stdout: 'pipe' | number; stderr: number; cpuProf?: string; nodeOptions?: string[] },
  children: ChildProcess[],
): ChildProcess {
  const profile = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProf)}`] : [];
  const child = spawn(process.execPath, [...profile, ...(options.nodeOptions ?? []), '--import', 'tsx', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', options.stdout, options.stderr],
  });
  children.push(child);
  return child;
}

/** The lab's devices over as many processes as it takes, each with its share of the faulty ones. */
async function startLabProcesses(options: FleetOptions, dir: string, signal: AbortSignal, children: ChildProcess[]) {
  const count = Math.ceil(options.devices / LAB_DEVICES_PER_PROCESS);
  const share = (total: number, index: number) => Math.floor((total * (index + 1)) / count) - Math.floor((total * index) / count);
  const shares = Array.from({ length: count }, (_, index) => share(options.devices, index));
  const ports = count > 1 ? labPortLayout(shares, ephemeralPortRange()) : null;
  return allStarted(
    shares.map((devices, index) =>
      startLabProcess(
        { devices, faults: share(options.faults, index), namePrefix: count > 1 ? `lab${index + 1}-` : '', ports: ports?.[index] },
        dir,
        signal,
        children,
        options.cpuProf,
      ),
    ),
  );
}

export async function startLabProcess(
  labOptions: LabProcessOptions,
  dir: string,
  signal: AbortSignal,
  children: ChildProcess[],
  cpuProf: string | undefined,
) {
  const stderr = fs.openSync(path.join(dir, 'lab.log'), 'a');
  const child = spawnNode(['bench/lab-process.ts', JSON.stringify(labOptions)], { stdout: 'pipe', stderr, cpuProf }, children);
  fs.closeSync(stderr);
  const lines = readline.createInterface({ input: child.stdout! });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the lab exited (${code}); see ${dir}/lab.log`))));
  const firstLine = new Promise<string>((resolve) => lines.once('line', resolve));
  const waiting = new AbortController();
  // Each device's host key is generated as it starts, and lab processes start side by side.
  const readyTimeoutMs = CHILD_READY_TIMEOUT_MS + labOptions.devices * LAB_START_MS_PER_DEVICE;
  const timeout = sleep(readyTimeoutMs, undefined, { signal: AbortSignal.any([signal, waiting.signal]) }).then(() => {
    throw new Error('the lab did not start in time');
  });
  try {
    const line = await Promise.race([firstLine, exited, timeout]);
    return { child, devices: JSON.parse(line) as LabProcessDevice[] };
  } catch (error) {
    await stopChild(child, INTERRUPTED_STOP_TIMEOUT_MS);
    throw error;
  } finally {
    waiting.abort();
    exited.catch(() => undefined);
    timeout.catch(() => undefined);
  }
}

/** The log file of the benchmark's worker `index` (from 1). */
const workerLogFile = (dir: string, index: number) => path.join(dir, index === 1 ? 'worker.log' : `worker-${index}.log`);

/** `tidemark worker` as an operator adding a machine would run it, logging to a file. */
export async function startWorkerProcess(options: Pick<FleetOptions, 'concurrency' | 'cpuProf'>, stack: BenchStack, signal: AbortSignal, children: ChildProcess[], index = 1): Promise<ChildProcess> {
  const logFile = workerLogFile(stack.dir, index);
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
    // The heap limit `tidemark start` gives its worker (TIDEMARK_WORKER_HEAP_MB).
    nodeOptions: workerNodeOptions(parseEnv().TIDEMARK_WORKER_HEAP_MB),
  }, children);
  fs.closeSync(out);
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code ?? -1));
  const deadline = Date.now() + CHILD_READY_TIMEOUT_MS;
  while (!fs.readFileSync(logFile, 'utf8').includes('"msg":"worker running"')) {
    if (exitCode !== undefined || Date.now() > deadline || signal.aborted) {
      await stopChild(child, INTERRUPTED_STOP_TIMEOUT_MS);
      throw new Error(`the worker did not start (${exitCode !== undefined ? `exit ${exitCode}` : 'timeout'}):\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await sleep(POLL_MS);
  }
  return child;
}

/** SIGTERM lets the worker finish or hand back its jobs; a child still there after `timeoutMs` is killed. */
export async function stopChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Memory and CPU from /proc

export function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The figure summed over processes that play one part (the lab's processes). */
function sumStatusKb(pids: number[], field: 'VmRSS' | 'VmHWM'): number | null {
  const values = pids.map((pid) => readStatusKb(pid, field));
  return values.every((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

const ticksPerSecond = 100;

/** User plus system CPU seconds of a process, from /proc/PID/stat (USER_HZ is 100 on Linux). */
export function cpuSeconds(pid: number): number {
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

/** Processes measured, by part: one or more workers, one or more lab processes. */
interface Watched {
  worker: number[];
  lab: number[];
}

/** Whether the process is there and not a zombie. */
function isRunning(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

const cpuSecondsOf = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);

async function cpuSnapshot(watched: Watched, pgDataDir: string): Promise<CpuSnapshot> {
  const pgPids = await listClusterProcesses(pgDataDir);
  return {
    worker: cpuSecondsOf(watched.worker),
    lab: cpuSecondsOf(watched.lab),
    api: cpuSeconds(process.pid),
    // Backends that exit during the run take their CPU time with them: a lower bound.
    postgres: pgPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
  };
}

/** The highest VmRSS seen per part (summed over its processes) while a run goes on. */
function sampleRss(pids: Record<string, number[]>): { stop(): Record<string, number> } {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(pids).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, ids] of Object.entries(pids)) peaks[name] = Math.max(peaks[name], sumStatusKb(ids, 'VmRSS') ?? 0);
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

/**
 * Registers the lab's devices: with importDevices, as an operator would, when one request takes
 * them all; a larger fleet is a fixture inserted with SQL, INSERT_BATCH devices per statement
 * (importDevices takes 15–30 ms per device here: 50,000 devices would take longer than the runs).
 */
async function register(stack: BenchStack, devices: LabProcessDevice[]): Promise<{ repository: Repository; how: string }> {
  const { gql } = stack;
  const [first] = devices;
  const { createCredentialSet } = await gql<{ createCredentialSet: { id: string } }>(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, {
    input: { name: 'lab', username: first.username, password: first.password, enableSecret: first.enableSecret },
  });
  const { createRepository } = await gql<{ createRepository: Repository }>(`mutation { createRepository(input: { name: "bench", kind: GIT }) { id path } }`);
  if (devices.length > MAX_IMPORT_ROWS) {
    for (let start = 0; start < devices.length; start += INSERT_BATCH) {
      const batch = devices.slice(start, start + INSERT_BATCH);
      await stack.db.sql`
        with inserted as (
          insert into devices (name, host, port, backup_method, location, tags)
          select name, host, port, backup_method, 'bench/' || platform, array['lab']
          from unnest(${batch.map((d) => d.name)}::text[], ${batch.map((d) => d.host)}::text[], ${batch.map((d) => d.port)}::int[],
                      ${batch.map((d) => d.backupMethod)}::text[], ${batch.map((d) => d.platform)}::text[]) as d(name, host, port, backup_method, platform)
          returning id
        )
        insert into device_credential_sets (device_id, credential_set_id, position)
        select id, ${createCredentialSet.id}::uuid, 0 from inserted`;
    }
    return { repository: createRepository, how: `SQL (${INSERT_BATCH.toLocaleString('en')} per statement)` };
  }
  const csv = devices.map((d) => [d.name, d.host, d.port, d.backupMethod, `bench/${d.platform}`, 'lab', 'lab'].join(','));
  const { importDevices } = await gql<{ importDevices: { ok: boolean; errors: { row: number; message: string }[] } }>(
    `mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`,
    { csv: ['name,host,port,backup_method,location,tags,credential_sets', ...csv].join('\n') },
  );
  if (!importDevices.ok) throw new Error(`importDevices failed: ${JSON.stringify(importDevices.errors.slice(0, 5))}`);
  return { repository: createRepository, how: 'importDevices' };
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
  watched: Watched,
  signal: AbortSignal,
): Promise<MeasuredRun> {
  const pgDataDir = path.join(stack.dir, 'pg');
  const cpuBefore = await cpuSnapshot(watched, pgDataDir);
  // A worker's figure is the largest one process reached; the lab's, all its processes together.
  const rss = sampleRss({ lab: watched.lab, api: [process.pid], ...Object.fromEntries(watched.worker.map((pid) => [`worker ${pid}`, [pid]])) });
  let rssKb: Record<string, number>;
  const started = performance.now();
  let wallMs: number;
  let startRun: { id: string };
  try {
    let progress = { collected: -1, at: performance.now() };
    ({ startRun } = await stack.gql<{ startRun: { id: string } }>(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, {
      input: { selection: { all: true }, repositoryId: repository.id, concurrency: options.concurrency },
    }));
    for (;;) {
      signal.throwIfAborted();
      // A worker that died (out of memory, say) would leave the run waiting forever.
      const gone = watched.worker.findIndex((pid) => !isRunning(pid));
      if (gone >= 0) throw new Error(`the worker (pid ${watched.worker[gone]}) exited during the run; the end of its log:\n${fs.readFileSync(workerLogFile(stack.dir, gone + 1), 'utf8').slice(-3000)}`);
      const { run } = await stack.gql<{ run: { status: string; notStoredCount: number; succeededCount: number } }>(
        `query($id: ID!) { run(id: $id) { status notStoredCount succeededCount } }`,
        { id: startRun.id },
      );
      if (finishedStatuses.includes(run.status)) break;
      // A hung lab process leaves its devices timing out one after another, with retries, for hours.
      const collected = run.notStoredCount + run.succeededCount;
      if (collected !== progress.collected) progress = { collected, at: performance.now() };
      else if (run.status === 'RUNNING' && performance.now() - progress.at > STALLED_AFTER_MS) {
        throw new Error(`no device of the run was collected for ${seconds(STALLED_AFTER_MS)} (${collected} so far): a lab process or the worker is hung; the end of the worker's log:\n${fs.readFileSync(workerLogFile(stack.dir, 1), 'utf8').slice(-3000)}`);
      }
      await sleep(POLL_MS);
    }
    wallMs = performance.now() - started;
  } finally {
    const peaks = rss.stop();
    rssKb = { lab: peaks.lab, api: peaks.api, worker: Math.max(...watched.worker.map((pid) => peaks[`worker ${pid}`])) };
  }
  const cpuAfter = await cpuSnapshot(watched, pgDataDir);

  const { run } = await stack.gql<{ run: RunDetails }>(
    `query($id: ID!) { run(id: $id) {
      status total createdAt startedAt finishedAt
      result { backedUpCount failedCount changedCount unchangedCount gitStatus gitCommitStatus { sha filesChanged } }
    } }`,
    { id: startRun.id },
  );
  // Every device's figures: the API pages a run's devices 500 at a time.
  const runDevices = await stack.db.sql<{ errorCode: string | null; durationMs: number | null }[]>`
    select error_code as "errorCode", duration_ms as "durationMs" from run_devices where run_id = ${startRun.id}`;
  const events = await runEvents(stack.gql, startRun.id);
  const at = (type: string) => events.find((event) => event.type === type)?.at;
  const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);
  const durations = runDevices.map((d) => d.durationMs ?? 0).sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  for (const device of runDevices) if (device.errorCode) failures[device.errorCode] = (failures[device.errorCode] ?? 0) + 1;
  return {
    wallMs,
    run,
    runMs: time(run.finishedAt) - time(run.createdAt),
    pickupMs: time(run.startedAt) - time(run.createdAt),
    collectionMs: time(at('run-finishing')) - time(run.startedAt),
    // The run's end, not its run-finished event: the event is timed when the recording transaction began.
    commitMs: time(run.finishedAt) - time(at('run-finishing')),
    deviceMs: { median: percentile(durations, 0.5), p95: percentile(durations, 0.95), max: durations.at(-1) ?? 0 },
    inFlight: durations.reduce((sum, ms) => sum + ms, 0) / (time(at('run-finishing')) - time(run.startedAt)),
    failures,
    commitSha: run.result?.gitCommitStatus?.sha ?? null,
    commitPhases: watched.worker.map((_, index) => readCommitPhases(workerLogFile(stack.dir, index + 1), startRun.id)).find(Boolean) ?? null,
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

/** The phases finish-run logged with "run stored" for the run. */
export function readCommitPhases(logFile: string, runId: string): Record<string, number> | null {
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

/** "worker", or "largest of 2 workers" when the runs are shared. */
const workerLabel = (watched: Watched) => (watched.worker.length > 1 ? `largest of ${watched.worker.length} workers` : 'worker');

function printRun(index: number, devices: number, m: MeasuredRun, worker: string): void {
  const r = m.run.result;
  print(`run ${index}: ${m.run.status}`);
  print(`  devices: ${m.run.total}, ${(devices / (m.runMs / 1000)).toFixed(1)} devices/s`);
  print(`  wall ${seconds(m.wallMs)} (target ≤ ${seconds(fleetTargets.runMs(devices))}: ${m.wallMs <= fleetTargets.runMs(devices) ? 'met' : 'missed'}); run ${seconds(m.runMs)} = pickup ${seconds(m.pickupMs)} + collection ${seconds(m.collectionMs)} + time to commit ${seconds(m.commitMs)}`);
  if (m.commitPhases) print(`  time to commit by phase: ${Object.entries(m.commitPhases).map(([phase, ms]) => `${phase.replace(/Ms$/, '')} ${seconds(ms)}`).join(', ')}`);
  print(`  per device: median ${seconds(m.deviceMs.median)}, p95 ${seconds(m.deviceMs.p95)}, max ${seconds(m.deviceMs.max)}; ${m.inFlight.toFixed(1)} in flight on average`);
  if (r) {
    print(`  result: ${r.backedUpCount} backed up (${r.changedCount} changed artifacts, ${r.unchangedCount} unchanged), ${r.failedCount} failed; ${r.gitStatus}`);
  }
  if (Object.keys(m.failures).length) print(`  failures: ${Object.entries(m.failures).map(([code, n]) => `${code} ${n}`).join(', ')}`);
  print(`  peak RSS during the run: ${worker} ${formatKb(m.rssKb.worker)} (target ≤ ${formatKb(fleetTargets.workerRssKb)}), lab ${formatKb(m.rssKb.lab)}, API server and client ${formatKb(m.rssKb.api)}`);
  print(`  CPU seconds: ${worker === 'worker' ? 'worker' : 'workers'} ${m.cpu.worker.toFixed(1)}, lab ${m.cpu.lab.toFixed(1)}, PostgreSQL ≥${m.cpu.postgres.toFixed(1)}, API server and client ${m.cpu.api.toFixed(1)}`);
}
