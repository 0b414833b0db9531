import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locatePostgresBinaries } from './binaries.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresLog } from './embedded.ts';
import { listClusterProcesses, waitFor } from './processes.ts';
import { resolveServerUser } from './server-user.ts';

const run = promisify(execFile);

/** Everything logged, as text, to search for the password. */
function textLog(lines: string[]): EmbeddedPostgresLog {
  const at = () => (...args: unknown[]) => void lines.push(JSON.stringify(args));
  return { info: at(), warn: at(), error: at(), debug: at() } as EmbeddedPostgresLog;
}

async function query(url: string, text: string): Promise<Record<string, unknown>[]> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    return [...(await sql.unsafe(text))];
  } finally {
    await sql.end({ timeout: 0 });
  }
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

/**
 * The review's reproduction: Debian's psql as another local user (nobody, when we are root), no
 * password given and none to be found (-w never prompts).
 */
async function psqlWithoutPassword(port: number): Promise<{ ok: boolean; output: string }> {
  const psql = ['psql', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-w', '-Atc', 'select current_user'];
  const command = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--', ...psql] : psql;
  try {
    const { stdout } = await run(command[0], command.slice(1), { env: { NODE_ENV: 'production', PATH: process.env.PATH, PGPASSFILE: '/dev/null' }, cwd: '/' });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('the embedded PostgreSQL requires its password', () => {
  let dir: string;
  let dataDir: string;
  let logLines: string[];
  const running: EmbeddedPostgres[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tidemark-pg-auth-test-'));
    // As root the server runs as the postgres user, which must be able to enter this directory.
    await chmod(dir, 0o711);
    dataDir = path.join(dir, 'pg');
    logLines = [];
  });

  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop();
    expect(await listClusterProcesses(dataDir)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  const start = async () => {
    const server = await startEmbeddedPostgres({ dataDir, log: textLog(logLines) });
    running.push(server);
    return server;
  };

  it('F3: refuses a connection without the password or with a wrong one; the password sits beside the data directory, 0600, and trust is nowhere', async () => {
    const server = await start();
    const password = decodeURIComponent(new URL(server.url).password);

    const psql = await psqlWithoutPassword(server.port);
    expect(psql.ok, psql.output).toBe(false);
    expect(psql.output).toMatch(/password/);
    await expect(query(withoutPassword(server.url), 'select 1')).rejects.toThrow();
    await expect(query(withPassword(server.url, 'not-the-password'), 'select 1')).rejects.toMatchObject({ code: '28P01' });
    const [role] = await query(server.url, "select current_user as who, rolpassword like 'SCRAM-SHA-256$%' as scram from pg_authid where rolname = current_user");
    expect(role).toEqual({ who: 'postgres', scram: true });

    const passwordFile = path.join(dir, 'pg.password');
    expect((await readFile(passwordFile, 'utf8')).trim()).toBe(password);
    const info = await stat(passwordFile);
    expect(info.mode & 0o777).toBe(0o600);
    expect(info.uid).toBe(process.getuid!());
    const hba = await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8');
    const rules = hba.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule).toMatch(/\sscram-sha-256$/);

    await server.stop();
    const pgLog = await readFile(path.join(dir, 'pg.log'), 'utf8');
    expect(pgLog).not.toContain(password);
    expect(logLines.join('\n')).not.toContain(password);
  });

  it('F3: a data directory initialised with trust by an earlier version is locked at its next start and keeps its data', async () => {
    // What earlier versions did: initdb --auth=trust, then a server anyone local could enter.
    const binaries = locatePostgresBinaries();
    const user = await resolveServerUser({ info: () => {} });
    const asUser = user ? { uid: user.uid, gid: user.gid } : {};
    await mkdir(dataDir, { mode: 0o700 });
    if (user) await chown(dataDir, user.uid, user.gid);
    const initdb = spawn(binaries.initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], { stdio: 'ignore', cwd: '/', ...asUser });
    expect((await once(initdb, 'exit'))[0]).toBe(0);
    const oldPort = await freePort();
    const old = spawn(binaries.postgres, ['-D', dataDir, '-p', String(oldPort), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], { stdio: 'ignore', cwd: dataDir, ...asUser });
    const oldExited = once(old, 'exit');
    const trustUrl = `postgres://postgres@127.0.0.1:${oldPort}/postgres`;
    try {
      expect(await waitFor(() => query(trustUrl, 'select 1').then(() => true, () => false), 30_000)).toBe(true);
      expect((await psqlWithoutPassword(oldPort)).ok).toBe(true);
      await query(trustUrl, "create table kept (value text); insert into kept values ('from the trusting days')");
    } finally {
      old.kill('SIGINT');
      await oldExited;
    }

    const server = await start();

    expect((await psqlWithoutPassword(server.port)).ok).toBe(false);
    await expect(query(withoutPassword(server.url), 'select 1')).rejects.toThrow();
    expect(await query(server.url, 'select value from kept')).toEqual([{ value: 'from the trusting days' }]);
    const hba = await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8');
    expect(hba).not.toMatch(/^[^#\n]*\btrust\b/m);
    expect((await stat(path.join(dir, 'pg.password'))).mode & 0o777).toBe(0o600);
    expect(logLines.join('\n')).toMatch(/without a password; setting a superuser password/);
    expect(logLines.join('\n')).not.toContain(decodeURIComponent(new URL(server.url).password));

    // The next start finds everything in order and changes nothing.
    await server.stop();
    logLines.length = 0;
    const again = await start();
    expect(await query(again.url, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
    expect(logLines.join('\n')).not.toMatch(/setting a/);
  });
});
