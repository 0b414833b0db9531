import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../infra/project-root.ts';
import { listClusterProcesses } from '../infra/postgres/processes.ts';
import { startLab, type Lab } from '../lab/lab.ts';
import { nextRestartDelay, RESTART_BACKOFF } from './supervise.ts';

describe('restart backoff', () => {
  it('F8: doubles from 0.5 s up to 30 s while a process keeps dying, and starts again at 0.5 s after a minute of health', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 9; i++) delays.push((delay = nextRestartDelay(delay, 1_000)));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(nextRestartDelay(30_000, RESTART_BACKOFF.healthyAfterMs)).toBe(500);
  });
});

/**
 * The real `tidemark start` (API only, a temporary data folder, a port of its choosing) with a
 * lab of slow-login devices: the processes it runs are killed one by one while runs go on.
 */
const DEVICES = 6;
const ADMIN_PASSWORD = 'launcher-test-admin';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-supervise-'));
// As root the embedded PostgreSQL runs as its own user, which must be able to enter the folder.
fs.chmodSync(dir, 0o755);
const dataDir = path.join(dir, 'data');
const isRoot = process.getuid?.() === 0;

let launcher: ChildProcess;
let launcherExited: Promise<number | null>;
let output = '';
let url = '';
let cookie = '';
let lab: Lab;
let sql: postgres.Sql;
let pgPort = 0;

async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n--- launcher output ---\n${output.slice(-6000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isRunning(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
}

/** The launcher's child running `tidemark <command>`, found in /proc. */
function childPid(command: 'web' | 'worker'): number | undefined {
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const parent = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (parent === launcher.pid && argv.at(-2)?.endsWith('child-main.ts') && argv.at(-1) === command && isRunning(Number(entry))) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

function postmasterPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Every process of the embedded cluster (postmaster and backends). */
const clusterPids = () => listClusterProcesses(path.join(dataDir, 'pg'));

async function health(): Promise<number> {
  const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
  await response.arrayBuffer();
  return response.status;
}

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function startRun(): Promise<string> {
  const { startRun } = await gql<{ startRun: { id: string } }>(`mutation { startRun(input: { selection: { all: true }, concurrency: ${DEVICES} }) { id } }`);
  return startRun.id;
}

async function finishedRun(id: string) {
  return until(async () => {
    const { run } = await gql<{ run: { status: string } }>(`query($id: ID!) { run(id: $id) { status } }`, { id });
    return ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status) ? run : undefined;
  }, `run ${id} to finish`);
}

/** cisco-ios stores running-config and startup-config: two backups per device, once each. */
async function backupsPerDevice(runId: string): Promise<number[]> {
  const rows = await sql`
    select count(b.id)::int as backups
    from devices d left join backups b on b.device_id = d.id and b.run_id = ${runId}
    group by d.id`;
  return rows.map((row) => row.backups as number);
}

beforeAll(async () => {
  // What earlier versions left: a world-readable data folder, repository and log.
  fs.mkdirSync(path.join(dataDir, 'repositories', 'old'), { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755);
  fs.writeFileSync(path.join(dataDir, 'repositories', 'old', 'router.cfg'), 'hostname old\n', { mode: 0o644 });
  fs.writeFileSync(path.join(dataDir, 'pg.log'), '', { mode: 0o644 });

  // A slow login keeps each collection running long enough to kill a process in the middle of it.
  lab = await startLab({ devices: Array.from({ length: DEVICES }, () => ({ platform: 'cisco-ios', fault: 'slow-login' as const })), slowLoginMs: 2_500, changeEvery: 1 });
  launcher = spawn(process.execPath, ['--import', 'tsx', 'server.ts', 'start'], {
    cwd: projectRoot,
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TIDEMARK_DATA_DIR: dataDir,
      PORT: '0',
      TIDEMARK_UI: 'false',
      TIDEMARK_ADMIN_PASSWORD: ADMIN_PASSWORD,
      // Far beyond the test's patience: a killed worker's jobs come back only because the launcher hands them back.
      TIDEMARK_WORKER_GONE_AFTER: '600',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcherExited = new Promise((resolve) => launcher.once('exit', (code) => resolve(code)));
  launcher.stdout!.on('data', (chunk) => (output += chunk));
  launcher.stderr!.on('data', (chunk) => (output += chunk));
  const shown = await until(async () => /Tidemark is running at (http:\/\/\S+)[\s\S]*Press Ctrl-C/.exec(output)?.[1], 'the banner', 120_000);
  url = shown.replace('//localhost:', '//127.0.0.1:');

  const login = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { id } }` }),
  });
  cookie = login.headers.get('set-cookie')!.split(';')[0];
  const device = lab.devices[0];
  await gql(`mutation($p: String!, $e: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: $e }) { id } }`, { p: device.password, e: device.enableSecret });
  await gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`);
  const csv = ['name,host,port,backup_method,credential_sets', ...lab.devices.map((d) => `${d.name},${d.host},${d.port},${d.backupMethod},lab`)].join('\n');
  const { importDevices } = await gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`, { csv });
  expect(importDevices).toEqual({ ok: true, errors: [] });
  // The devices are new: their host keys are trusted on first use by the first run.

  const password = fs.readFileSync(path.join(dataDir, 'pg.password'), 'utf8').trim();
  pgPort = (JSON.parse(fs.readFileSync(path.join(dataDir, 'pg', 'tidemark-embedded.json'), 'utf8')) as { port: number }).port;
  sql = postgres({ host: '127.0.0.1', port: pgPort, database: 'tidemark', username: 'postgres', password, max: 1, onnotice: () => {} });
}, 180_000);

afterAll(async () => {
  await sql?.end({ timeout: 1 });
  if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
    launcher.kill('SIGTERM');
    await launcherExited;
  }
  await lab?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('tidemark start supervises its processes', () => {
  it('F8: the web server and the worker are separate processes; the web server killed with SIGKILL mid-run comes back, the worker is untouched and the run finishes', async () => {
    const web = childPid('web')!;
    const worker = childPid('worker')!;
    expect(web).toBeGreaterThan(0);
    expect(worker).toBeGreaterThan(0);
    expect(web).not.toBe(worker);
    const runId = await startRun();
    await until(async () => (await sql`select count(*)::int as n from run_devices where run_id = ${runId} and status = 'running'`)[0].n > 0, 'a device to be collecting');

    process.kill(web, 'SIGKILL');

    const back = await until(async () => {
      const pid = childPid('web');
      return pid && pid !== web && (await health()) === 200 ? pid : undefined;
    }, 'a new web server to answer');
    expect(back).not.toBe(web);
    expect(output).toMatch(/web server exited \(signal SIGKILL\); restarting it/);
    expect(await finishedRun(runId)).toEqual({ status: 'SUCCEEDED' });
    expect(await backupsPerDevice(runId)).toEqual(Array(DEVICES).fill(2));
    expect(childPid('worker')).toBe(worker);
  }, 120_000);

  it('F8: the worker killed with SIGKILL mid-run is restarted, its jobs are handed back at once and the run finishes, every device backed up once', async () => {
    const worker = childPid('worker')!;
    const runId = await startRun();
    await until(async () => {
      const [row] = await sql`
        select count(*)::int as n from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id
        join workers w on w.id = j.locked_by
        where t.identifier = 'collect-device' and w.pid = ${worker}`;
      return row.n > 0;
    }, 'the worker to be collecting');

    process.kill(worker, 'SIGKILL');

    expect(await finishedRun(runId)).toEqual({ status: 'SUCCEEDED' });
    expect(await backupsPerDevice(runId)).toEqual(Array(DEVICES).fill(2));
    const restarted = childPid('worker');
    expect(restarted).toBeGreaterThan(0);
    expect(restarted).not.toBe(worker);
    expect(output).toMatch(/worker exited \(signal SIGKILL\); restarting it/);
    expect(output).toMatch(/handed back the jobs of the worker process that exited/);
  }, 120_000);

  it('F18: nothing in the data folder can be read or listed by other users, including what an earlier version left world-readable', async () => {
    const entries: { file: string; mode: number }[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        entries.push({ file, mode: fs.lstatSync(file).mode & 0o777 });
        if (entry.isDirectory()) walk(file);
      }
    };
    walk(dataDir);
    // The repositories the runs wrote, their staging, PostgreSQL's files, the keys and the logs.
    expect(entries.map((e) => path.relative(dataDir, e.file))).toEqual(
      expect.arrayContaining(['secret.key', 'pg.password', 'pg.log', 'pg', 'repositories/old/router.cfg', 'repositories/configs', 'repositories/configs/HEAD']),
    );
    const readableByOthers = entries.filter((e) => e.mode & 0o077).map((e) => `${path.relative(dataDir, e.file)} ${e.mode.toString(8)}`);
    expect(readableByOthers).toEqual([]);
    // Only enter, never list: the embedded PostgreSQL runs as another user when Tidemark runs as root.
    expect(fs.statSync(dataDir).mode & 0o777).toBe(isRoot ? 0o711 : 0o700);
  });

  it('F8: after the embedded PostgreSQL is killed with SIGKILL, /api/health answers 503 until the launcher has restarted it, then 200', async () => {
    const postmaster = postmasterPid();
    expect(await health()).toBe(200);

    process.kill(postmaster, 'SIGKILL');

    await until(async () => (await health()) === 503, 'health to answer 503');
    await until(async () => (await health()) === 200, 'health to answer 200 again');
    expect(postmasterPid()).not.toBe(postmaster);
    expect(output).toMatch(/embedded PostgreSQL exited \(signal SIGKILL\); restarting it/);
    // The worker works again too: a run after the restart finishes.
    expect(await finishedRun(await startRun())).toEqual({ status: 'SUCCEEDED' });
  }, 120_000);

  it('the worker runs with the heap limit of TIDEMARK_WORKER_HEAP_MB (384 MB by default), the web server with Node\'s own', () => {
    const argv = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(argv(childPid('worker')!)).toContain('--max-old-space-size=384');
    expect(argv(childPid('web')!).some((arg) => arg.startsWith('--max-old-space-size'))).toBe(false);
  });

  it('F3: the database password is in no log line, no banner and no command line of the processes', async () => {
    const password = fs.readFileSync(path.join(dataDir, 'pg.password'), 'utf8').trim();
    expect(output).not.toContain(password);
    for (const pid of [launcher.pid!, childPid('web')!, childPid('worker')!, ...(await clusterPids())]) {
      expect(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(password);
    }
    const withoutPassword = postgres({ host: '127.0.0.1', port: pgPort, database: 'tidemark', username: 'postgres', max: 1 });
    try {
      await expect(withoutPassword`select 1`).rejects.toThrow();
    } finally {
      await withoutPassword.end({ timeout: 0 });
    }
  });

  it('F8: SIGTERM on the launcher stops the web server, the worker and PostgreSQL, in that order, and leaves no process', async () => {
    const pids = [childPid('web')!, childPid('worker')!, ...(await clusterPids())];
    expect(pids.length).toBeGreaterThan(3);
    await sql.end({ timeout: 1 });

    launcher.kill('SIGTERM');

    expect(await launcherExited, output.slice(-4000)).toBe(0);
    const order = ['"web server stopped"', '"worker stopped"', '"database stopped"'].map((line) => output.indexOf(line));
    expect(order.every((at) => at > 0), output.slice(-4000)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(pids.filter(isRunning)).toEqual([]);
    expect(await clusterPids()).toEqual([]);
  }, 60_000);
});
