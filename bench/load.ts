/**
 * `tidemark bench load`: the review's load test (B3). GraphQL readers page through the device
 * list of a 10,000-device fleet and `runUpdates` subscribers follow every run, while runs of lab
 * devices go back to back; the benchmark reports the readers' latency and errors, the events the
 * subscribers received, the runs, and the memory of the web server and the worker.
 *
 * Processes: this one (PostgreSQL's launcher and the web server, API only), a worker
 * (`tidemark worker`), the lab, and the clients (`bench/load-clients.ts`), so the web server's
 * figures are its own. Whatever ends the benchmark (the end, a failure, Ctrl-C or SIGTERM) stops
 * all of them, PostgreSQL and the temporary folder.
 *
 * Glossary of the figures:
 * - latency: one reader's request, from sending it to its whole answer parsed.
 * - gaps: seq numbers of a run that a subscriber never received (each run's events are numbered
 *   from 1 without holes).
 * - run duration: the run's own createdAt → finishedAt, as recorded by Tidemark.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../infra/log.ts';
import { listClusterProcesses } from '../infra/postgres/processes.ts';
import { gigabytes, megabytesFromKb, milliseconds, percentile, print, seconds } from './figures.ts';
import {
  allStarted,
  CHILD_STOP_TIMEOUT_MS,
  cpuSeconds,
  INTERRUPTED_STOP_TIMEOUT_MS,
  readStatusKb,
  spawnNode,
  startLabProcess,
  startWorkerProcess,
  stopChild,
} from './fleet.ts';
import type { LabProcessDevice } from './lab-process.ts';
import type { LoadClientsOptions, ReadersReport, SubscriberReport } from './load-clients.ts';
import { startBenchStack, type BenchStack, type Gql } from './stack.ts';

export interface LoadOptions {
  seconds: number;
  /** Devices in the database, the lab's among them. */
  devices: number;
  labDevices: number;
  readers: number;
  subscribers: number;
  concurrency: number;
}

export const loadDefaults: LoadOptions = { seconds: 60, devices: 10_000, labDevices: 60, readers: 20, subscribers: 10, concurrency: 50 };

const PAGE_SIZE = 50;
/** A third of the lab logs in slowly, as the review's chaos lab did. */
const SLOW_LOGIN_EVERY = 3;
const SLOW_LOGIN_MS = 4_000;
const RUN_POLL_MS = 250;
const RSS_SAMPLE_MS = 500;
const CLIENTS_READY_TIMEOUT_MS = 60_000;
/** The run under way when the time is up is awaited this long at most. */
const LAST_RUN_TIMEOUT_MS = 180_000;
const finishedStatuses = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];
const TARGET_P95_MS = 300;

interface FinishedRun {
  id: string;
  status: string;
  durationMs: number;
  backedUp: number;
  failed: number;
  changed: number;
}

export async function benchLoad(options: LoadOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(
    `load benchmark: ${options.devices.toLocaleString('en')} devices (${options.labDevices} in the lab, every ${SLOW_LOGIN_EVERY}rd with a ${SLOW_LOGIN_MS / 1000} s login), ` +
      `${options.readers} readers, ${options.subscribers} subscribers, ${options.seconds} s, runs back to back at concurrency ${options.concurrency}`,
  );
  print(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${gigabytes(os.totalmem())} memory, Node ${process.version}`);

  const children: ChildProcess[] = [];
  const killChildren = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killChildren);
  let stack: BenchStack | null = null;
  try {
    stack = await startBenchStack(log, signal);
    const [lab, worker] = await allStarted([
      startLabProcess({ devices: options.labDevices, changeEvery: 1, slowLoginEvery: SLOW_LOGIN_EVERY, slowLoginMs: SLOW_LOGIN_MS }, stack.dir, signal, children, undefined),
      startWorkerProcess({ concurrency: options.concurrency }, stack, signal, children),
    ]);
    const setupStarted = Date.now();
    const fleet = await prepareFleet(stack, lab.devices, options.devices);
    print(`fleet ready in ${seconds(Date.now() - setupStarted)}: ${fleet.labDeviceIds.length} lab devices and ${(options.devices - fleet.labDeviceIds.length).toLocaleString('en')} others`);
    signal.throwIfAborted();

    const clients = startClients(
      { apiUrl: stack.apiUrl, token: fleet.viewerToken, readers: options.readers, subscribers: options.subscribers, seconds: options.seconds, pageSize: PAGE_SIZE },
      stack.dir,
      children,
    );
    await clients.message('ready', CLIENTS_READY_TIMEOUT_MS, signal);
    const watched = { web: process.pid, worker: worker.pid!, lab: lab.child.pid!, clients: clients.child.pid! };
    const pgDataDir = path.join(stack.dir, 'pg');
    const cpuBefore = await cpuOf(watched, pgDataDir);
    const rss = sampleRss(watched);
    const deadline = Date.now() + options.seconds * 1000;

    const readersDone = clients.message<ReadersReport>('readers', options.seconds * 1000 + 120_000, signal);
    // Awaited below; should the runs fail first, its own failure is not the one to report.
    readersDone.catch(() => undefined);
    const runs = await runBackToBack(stack.gql, fleet, options.concurrency, deadline, signal);
    const readers = await readersDone;
    clients.send({ runIds: runs.map((run) => run.id) });
    const subscribers = await clients.message<SubscriberReport[]>('subscribers', 60_000, signal);
    const rssKb = rss.stop();
    const cpuAfter = await cpuOf(watched, pgDataDir);

    printReport({ options, readers, subscribers, runs, rssKb, cpu: diffCpu(cpuBefore, cpuAfter) });
  } finally {
    const timeoutMs = signal.aborted ? INTERRUPTED_STOP_TIMEOUT_MS : CHILD_STOP_TIMEOUT_MS;
    await Promise.all(children.map((child) => stopChild(child, timeoutMs)));
    await stack?.close();
    process.off('exit', killChildren);
  }
}

// ---------------------------------------------------------------------------------------------
// The fleet

interface Fleet {
  labDeviceIds: string[];
  repositoryId: string;
  viewerToken: string;
}

/**
 * The lab's devices through the API, as an operator would register them; the rest with one SQL
 * statement (a fixture, not what is measured), each with one or two credential sets and most with
 * a repository, so the readers' nested fields have something to load.
 */
async function prepareFleet(stack: BenchStack, labDevices: LabProcessDevice[], total: number): Promise<Fleet> {
  const { gql } = stack;
  const [first] = labDevices;
  const createSet = async (name: string, username: string, password: string, enableSecret?: string) =>
    (await gql<{ createCredentialSet: { id: string } }>(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, {
      input: { name, username, password, enableSecret },
    })).createCredentialSet.id;
  await createSet('lab', first.username, first.password, first.enableSecret);
  const primarySet = await createSet('fleet-primary', 'backup', 'fleet-password-1');
  const fallbackSet = await createSet('fleet-fallback', 'backup', 'fleet-password-2');
  const createRepository = async (name: string, kind: 'GIT' | 'FILESYSTEM') =>
    (await gql<{ createRepository: { id: string } }>(`mutation($name: String!, $kind: RepositoryKind!) { createRepository(input: { name: $name, kind: $kind }) { id } }`, { name, kind }))
      .createRepository.id;
  const repositoryId = await createRepository('bench', 'GIT');
  const archiveId = await createRepository('archive', 'FILESYSTEM');

  const rows = labDevices.map((d) => [d.name, d.host, d.port, d.backupMethod, `lab/${d.platform}`, 'lab', 'lab', 'bench'].join(','));
  const { importDevices } = await gql<{ importDevices: { ok: boolean; devices: { id: string }[]; errors: { row: number; message: string }[] } }>(
    `mutation($csv: String!) { importDevices(csv: $csv) { ok devices { id } errors { row message } } }`,
    { csv: ['name,host,port,backup_method,location,tags,credential_sets,repository', ...rows].join('\n') },
  );
  if (!importDevices.ok) throw new Error(`importDevices failed: ${JSON.stringify(importDevices.errors.slice(0, 5))}`);

  const others = Math.max(0, total - labDevices.length);
  await stack.db.sql`
    insert into devices (name, host, port, backup_method, location, tags, repository_id)
    select format('sw-%s', lpad(i::text, 6, '0')),
           format('10.%s.%s.%s', i / 65536, (i / 256) % 256, i % 256),
           22,
           (array['cisco-ios', 'arista-eos', 'juniper-junos', 'mikrotik-routeros'])[1 + i % 4],
           format('region-%s/site-%s', i % 7, i % 97),
           array['fleet', format('rack-%s', i % 40)],
           (array[${repositoryId}::uuid, ${archiveId}::uuid, null])[1 + i % 3]
    from generate_series(1, ${others}::int) as i`;
  await stack.db.sql`
    insert into device_credential_sets (device_id, credential_set_id, position)
    select d.id, s.set_id, s.position
    from devices d cross join (values (${primarySet}::uuid, 0), (${fallbackSet}::uuid, 1)) as s(set_id, position)
    where d.name like 'sw-%' and (s.position = 0 or d.name like '%0')`;
  await stack.db.sql`analyze`;

  const { createUser } = await gql<{ createUser: { id: string } }>(`mutation { createUser(input: { username: "load-viewer", password: "load-viewer-password", role: VIEWER }) { id } }`);
  const { createApiToken } = await gql<{ createApiToken: { token: string } }>(`mutation($userId: ID!) { createApiToken(input: { name: "load", userId: $userId }) { token } }`, {
    userId: createUser.id,
  });
  return { labDeviceIds: importDevices.devices.map((d) => d.id), repositoryId, viewerToken: createApiToken.token };
}

// ---------------------------------------------------------------------------------------------
// The clients' process

interface Clients {
  child: ChildProcess;
  /** The next line from the clients that holds `key`, as its value. */
  message<T = unknown>(key: string, timeoutMs: number, signal: AbortSignal): Promise<T>;
  send(message: unknown): void;
}

function startClients(options: LoadClientsOptions, dir: string, children: ChildProcess[]): Clients {
  const stderr = fs.openSync(path.join(dir, 'clients.log'), 'a');
  const child = spawnNode(['bench/load-clients.ts', JSON.stringify(options)], { stdout: 'pipe', stderr }, children);
  fs.closeSync(stderr);
  const received: Record<string, unknown>[] = [];
  const listeners = new Set<() => void>();
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      received.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      return;
    }
    for (const listener of listeners) listener();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    send: (message) => child.stdin!.write(`${JSON.stringify(message)}\n`),
    async message<T>(key: string, timeoutMs: number, signal: AbortSignal): Promise<T> {
      const waiting = new AbortController();
      const timeout = sleep(timeoutMs, undefined, { signal: AbortSignal.any([signal, waiting.signal]) });
      try {
        for (;;) {
          const found = received.find((m) => key in m);
          if (found) return found[key] as T;
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the load clients exited (${child.exitCode ?? child.signalCode}); see ${dir}/clients.log`);
          const arrived = new Promise<'line'>((resolve) => listeners.add(() => resolve('line')));
          const outcome = await Promise.race([arrived, exited.then(() => 'exit' as const), timeout.then(() => 'timeout' as const)]);
          listeners.clear();
          if (outcome === 'timeout') throw new Error(`the load clients sent no "${key}" in time; see ${dir}/clients.log`);
        }
      } finally {
        waiting.abort();
        timeout.catch(() => undefined);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Runs of the lab's devices, each started when the last one finished, until `deadline`. */
async function runBackToBack(gql: Gql, fleet: Fleet, concurrency: number, deadline: number, signal: AbortSignal): Promise<FinishedRun[]> {
  const runs: FinishedRun[] = [];
  while (Date.now() < deadline) {
    signal.throwIfAborted();
    const { startRun } = await gql<{ startRun: { id: string } }>(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, {
      input: { deviceIds: fleet.labDeviceIds, repositoryId: fleet.repositoryId, concurrency },
    });
    const giveUpAt = Math.max(deadline, Date.now()) + LAST_RUN_TIMEOUT_MS;
    for (;;) {
      await sleep(RUN_POLL_MS, undefined, { signal });
      const { run } = await gql<{
        run: { status: string; createdAt: string; finishedAt: string | null; result: { backedUpCount: number; failedCount: number; changedCount: number } | null };
      }>(`query($id: ID!) { run(id: $id) { status createdAt finishedAt result { backedUpCount failedCount changedCount } } }`, { id: startRun.id });
      if (finishedStatuses.includes(run.status)) {
        runs.push({
          id: startRun.id,
          status: run.status,
          durationMs: Date.parse(run.finishedAt ?? '') - Date.parse(run.createdAt),
          backedUp: run.result?.backedUpCount ?? 0,
          failed: run.result?.failedCount ?? 0,
          changed: run.result?.changedCount ?? 0,
        });
        break;
      }
      if (Date.now() > giveUpAt) throw new Error(`run ${startRun.id} did not finish in time (${run.status})`);
    }
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Memory and CPU

type Part = 'web' | 'worker' | 'lab' | 'clients';

/** VmRSS of each part at the start, its highest and at the end. */
function sampleRss(pids: Record<Part, number>) {
  const figures = Object.fromEntries(Object.entries(pids).map(([part, pid]) => {
    const kb = readStatusKb(pid, 'VmRSS') ?? 0;
    return [part, { start: kb, peak: kb, end: kb }];
  })) as Record<Part, { start: number; peak: number; end: number }>;
  const sample = () => {
    for (const [part, pid] of Object.entries(pids) as [Part, number][]) {
      const kb = readStatusKb(pid, 'VmRSS');
      if (kb === null) continue;
      figures[part].end = kb;
      figures[part].peak = Math.max(figures[part].peak, kb);
    }
  };
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return figures;
    },
  };
}

async function cpuOf(pids: Record<Part, number>, pgDataDir: string): Promise<Record<Part | 'postgres', number>> {
  const postgres = await listClusterProcesses(pgDataDir);
  return {
    web: cpuSeconds(pids.web),
    worker: cpuSeconds(pids.worker),
    lab: cpuSeconds(pids.lab),
    clients: cpuSeconds(pids.clients),
    // Backends that exit meanwhile take their CPU time with them: a lower bound.
    postgres: postgres.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
  };
}

function diffCpu<K extends string>(before: Record<K, number>, after: Record<K, number>): Record<K, number> {
  return Object.fromEntries(Object.keys(after).map((key) => [key, after[key as K] - before[key as K]])) as Record<K, number>;
}

// ---------------------------------------------------------------------------------------------
// The report

function printReport(report: {
  options: LoadOptions;
  readers: ReadersReport;
  subscribers: SubscriberReport[];
  runs: FinishedRun[];
  rssKb: Record<Part, { start: number; peak: number; end: number }>;
  cpu: Record<Part | 'postgres', number>;
}): void {
  const { readers, subscribers, runs, rssKb, cpu } = report;
  const l = readers.latencies;
  const p95 = percentile(l, 0.95);
  print(`readers: ${readers.requests.toLocaleString('en')} requests in ${seconds(readers.elapsedMs)} (${(readers.requests / (readers.elapsedMs / 1000)).toFixed(1)}/s), ${readers.errors} errors, ${readers.fullPasses} passes through ${readers.totalCount.toLocaleString('en')} devices`);
  for (const message of readers.firstErrors) print(`  error: ${message}`);
  print(`  latency: p50 ${milliseconds(percentile(l, 0.5))}, p95 ${milliseconds(p95)}, p99 ${milliseconds(percentile(l, 0.99))}, max ${milliseconds(l.at(-1) ?? 0)}`);
  if (subscribers.length) {
    const events = subscribers.map((s) => s.events);
    const sum = (pick: (s: SubscriberReport) => number) => subscribers.reduce((total, s) => total + pick(s), 0);
    print(
      `subscribers: ${subscribers.length}, events received ${Math.min(...events)}–${Math.max(...events)} each, ${sum((s) => s.gaps)} gaps in seq, ${sum((s) => s.repeats)} repeated, ` +
        `${sum((s) => s.errors.length)} errors, ${sum((s) => s.disconnects)} disconnects, ${Math.min(...subscribers.map((s) => new Set(s.finishedRuns).size))} of ${runs.length} runs seen finished by every one`,
    );
    for (const message of subscribers.flatMap((s) => s.errors).slice(0, 5)) print(`  error: ${message}`);
  }
  const byStatus = new Map<string, number>();
  for (const run of runs) byStatus.set(run.status, (byStatus.get(run.status) ?? 0) + 1);
  const statuses = [...byStatus].map(([status, n]) => `${n} ${status}`).join(', ');
  const durations = runs.map((run) => run.durationMs).sort((a, b) => a - b);
  print(`runs: ${runs.length} finished (${statuses || 'none'}), ${runs.length ? `${seconds(durations[0])}–${seconds(durations.at(-1)!)} each` : ''}`);
  for (const [index, run] of runs.entries()) print(`  run ${index + 1}: ${run.status} in ${seconds(run.durationMs)}, ${run.backedUp} backed up, ${run.failed} failed, ${run.changed} changed artifacts`);
  const rss = (part: Part) => `${megabytesFromKb(rssKb[part].start)} → ${megabytesFromKb(rssKb[part].end)} (peak ${megabytesFromKb(rssKb[part].peak)})`;
  print(`RSS: web ${rss('web')}, worker ${rss('worker')}; lab peak ${megabytesFromKb(rssKb.lab.peak)}, clients peak ${megabytesFromKb(rssKb.clients.peak)}`);
  print(`CPU seconds: web ${cpu.web.toFixed(1)}, worker ${cpu.worker.toFixed(1)}, PostgreSQL ≥${cpu.postgres.toFixed(1)}, lab ${cpu.lab.toFixed(1)}, clients ${cpu.clients.toFixed(1)}`);
  const met = p95 < TARGET_P95_MS && readers.errors === 0;
  print(`target (p95 under ${TARGET_P95_MS} ms, 0 errors): ${met ? 'met' : 'NOT met'}`);
}
