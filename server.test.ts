import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase } from './infra/postgres/databases.ts';
import { projectRoot } from './infra/project-root.ts';

/** The launcher as a user runs it, API only so the test does not rebuild the UI. */
interface Launcher {
  child: ChildProcess;
  url: string;
  banner: string;
  exited: Promise<number | null>;
  /** Everything the launcher printed so far. */
  output(): string;
}

const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-launcher-'));
// The embedded PostgreSQL runs as its own user, which must be able to enter the folder.
fs.chmodSync(dataDir, 0o755);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function start(extraEnv: Record<string, string> = {}): Promise<Launcher> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', 'start'], {
    cwd: projectRoot,
    env: { NODE_ENV: 'production', PATH: process.env.PATH, HOME: process.env.HOME, TIDEMARK_DATA_DIR: path.join(dataDir, 'data'), PORT: '0', TIDEMARK_UI: 'false', LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /Tidemark is running at (http:\/\/\S+)[\s\S]*Press Ctrl-C/.exec(output);
      if (match) resolve({ child, url: match[1], banner: output, exited, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exited.then((code) => reject(new Error(`launcher exited with ${code}:\n${output}`)));
  });
}

async function gql(url: string, query: string, cookie?: string) {
  const response = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { body: (await response.json()) as { data?: any; errors?: any[] }, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** PIDs of processes whose working directory is the embedded cluster's data directory. */
function clusterProcesses(): number[] {
  const target = path.join(dataDir, 'data', 'pg');
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/cwd`) === target;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Alive and not a zombie waiting for a parent (here, whatever adopted the orphan) to reap it. */
function isRunning(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
}

/** A start runs three Node processes (launcher, web server, worker) besides PostgreSQL. */
const LAUNCH_TEST_TIMEOUT_MS = 180_000;

/** The launcher's Node children (web server, worker); PostgreSQL runs as another command. */
function childrenOf(parent: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const [command, rest] = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ');
        return command.endsWith('(node') && Number(rest.split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('tidemark start', () => {
  let password = '';

  it('starts an embedded database, prints the URL and a generated admin login, and stops it last on Ctrl-C', async () => {
    const first = await start();
    const login = /Admin login: admin \/ (\S+)/.exec(first.banner);
    expect(login).not.toBeNull();
    password = login![1];
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health.database.ok).toBe(true);

    const session = await gql(first.url, `mutation { login(username: "admin", password: "${password}") { id } }`);
    const created = await gql(first.url, `mutation { createDevice(input: { name: "kept-1", host: "10.9.9.9", backupMethod: "cisco-ios" }) { id } }`, session.cookie);
    expect(created.body.errors).toBeUndefined();
    expect(clusterProcesses().length).toBeGreaterThan(0);

    first.child.kill('SIGINT');
    expect(await first.exited, first.output()).toBe(0);
    expect(clusterProcesses()).toEqual([]);
  }, LAUNCH_TEST_TIMEOUT_MS);

  it('keeps all data on the next start, and recovers after the launcher is killed with SIGKILL', async () => {
    const second = await start();
    expect(second.banner).toContain('Admin login: admin (password as set on first start)');
    const session = await gql(second.url, `mutation { login(username: "admin", password: "${password}") { id } }`);
    const listed = await gql(second.url, `{ devices { nodes { name } } }`, session.cookie);
    expect(listed.body.data.devices.nodes).toEqual([{ name: 'kept-1' }]);

    const children = childrenOf(second.child.pid!);
    expect(children.length).toBeGreaterThanOrEqual(2);
    second.child.kill('SIGKILL');
    await second.exited;
    const orphans = clusterProcesses();
    expect(orphans.length).toBeGreaterThan(0);

    const third = await start();
    const again = await gql(third.url, `mutation { login(username: "admin", password: "${password}") { id } }`);
    const still = await gql(third.url, `{ devices { nodes { name } } }`, again.cookie);
    expect(still.body.data.devices.nodes).toEqual([{ name: 'kept-1' }]);
    for (const pid of orphans) expect(isRunning(pid)).toBe(false);
    // The web server and the worker notice that their launcher is gone and stop by themselves.
    for (const pid of children) expect(isRunning(pid)).toBe(false);

    third.child.kill('SIGTERM');
    expect(await third.exited, third.output()).toBe(0);
    expect(clusterProcesses()).toEqual([]);
  }, LAUNCH_TEST_TIMEOUT_MS);

  it('uses DATABASE_URL when set: no embedded database, migrations applied there, admin from the environment', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `${inject('pgTestDatabasePrefix')}launcher_external`;
    const url = await createDatabaseFromTemplate(adminUrl, name, 'template0');
    const otherDataDir = path.join(dataDir, 'external');
    try {
      const launcher = await start({ DATABASE_URL: url, TIDEMARK_DATA_DIR: otherDataDir, TIDEMARK_ADMIN_PASSWORD: 'from-the-environment' });
      expect(launcher.banner).toContain('Admin login: admin with the password from TIDEMARK_ADMIN_PASSWORD');
      expect(fs.existsSync(path.join(otherDataDir, 'pg'))).toBe(false);
      const session = await gql(launcher.url, `mutation { login(username: "admin", password: "from-the-environment") { username } }`);
      expect(session.body.data).toEqual({ login: { username: 'admin' } });
      const sql = postgres(url, { max: 1 });
      const tables = await sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`;
      await sql.end();
      expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['devices', 'credential_sets', 'runs', 'backups', 'audit_log']));
      launcher.child.kill('SIGINT');
      expect(await launcher.exited, launcher.output()).toBe(0);
    } finally {
      await dropDatabase(adminUrl, name);
    }
  }, LAUNCH_TEST_TIMEOUT_MS);
});
