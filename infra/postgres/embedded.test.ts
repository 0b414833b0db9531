import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresLog } from './embedded.ts';
import { isProcessAlive, listClusterProcesses } from './processes.ts';

const fixture = fileURLToPath(new URL('./fixtures/start-embedded.ts', import.meta.url));

interface LogEntry {
  level: 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

function recordingLog(entries: LogEntry[]): EmbeddedPostgresLog {
  const at =
    (level: LogEntry['level']) =>
    (...args: unknown[]) =>
      entries.push({ level, message: String(args.find((arg) => typeof arg === 'string')) });
  return { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as EmbeddedPostgresLog;
}

async function query<T extends Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return [...(await sql.unsafe<T[]>(text))];
  } finally {
    await sql.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let dir: string;
  let dataDir: string;
  let logEntries: LogEntry[];
  let log: EmbeddedPostgresLog;
  const running: EmbeddedPostgres[] = [];
  const launchers: number[] = [];

  const start = async (options: { port?: number } = {}) => {
    const server = await startEmbeddedPostgres({ dataDir, log, ...options });
    running.push(server);
    return server;
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tidemark-embedded-test-'));
    // As root the server runs as the postgres user, which must be able to enter this directory.
    await chmod(dir, 0o755);
    dataDir = path.join(dir, 'pg');
    logEntries = [];
    log = recordingLog(logEntries);
  });

  afterEach(async () => {
    for (const pid of launchers.splice(0)) {
      if (await isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    for (const server of running.splice(0)) await server.stop();
    expect(await listClusterProcesses(dataDir)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  it('starts a server that answers queries on 127.0.0.1 and leaves no process after stop', async () => {
    const server = await start();

    expect(server.url).toMatch(new RegExp(`^postgres://postgres:[A-Za-z0-9_-]{40,}@127\\.0\\.0\\.1:${server.port}/postgres$`));
    const [settings] = await query<{ fsync: string; listen: string }>(
      server.url,
      "select current_setting('fsync') as fsync, current_setting('listen_addresses') as listen",
    );
    expect(settings).toEqual({ fsync: 'on', listen: '127.0.0.1' });
    expect(await isProcessAlive(server.pid)).toBe(true);

    await server.stop();
    await server.stop();

    expect(await isProcessAlive(server.pid)).toBe(false);
    expect(await listClusterProcesses(dataDir)).toEqual([]);
    await expect(readFile(path.join(dir, 'pg.log'), 'utf8')).resolves.toContain('database system is shut down');
  });

  it('keeps data and port across a restart', async () => {
    const first = await start();
    await query(first.url, "create table kept (value text); insert into kept values ('still here')");
    await first.stop();

    const second = await start();

    expect(second.port).toBe(first.port);
    expect(second.pid).not.toBe(first.pid);
    expect(await query(second.url, 'select value from kept')).toEqual([{ value: 'still here' }]);
  });

  it('moves to another port when the remembered one is taken, and says so', async () => {
    const first = await start();
    await first.stop();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(first.port, '127.0.0.1', resolve));

    try {
      const second = await start();

      expect(second.port).not.toBe(first.port);
      expect(await query(second.url, 'select 1 as one')).toEqual([{ one: 1 }]);
      expect(logEntries.some((entry) => entry.level === 'warn' && /port is taken/.test(entry.message))).toBe(true);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('tries another port when the one it found free is taken before PostgreSQL binds it', async () => {
    // The next probe that lets its port go hands it at once to a squatter, as a busy machine may; the
    // squatter closes every connection, which must not keep the start waiting for an answer.
    const squatters: net.Server[] = [];
    const close = net.Server.prototype.close;
    net.Server.prototype.close = function (this: net.Server, callback?: (error?: Error) => void) {
      const address = this.address() as net.AddressInfo | null;
      if (!address?.port) return close.call(this, callback);
      net.Server.prototype.close = close;
      return close.call(this, (error?: Error) => {
        const squatter = net.createServer((socket) => socket.destroy());
        squatters.push(squatter);
        squatter.listen(address.port, '127.0.0.1', () => callback?.(error));
      });
    } as typeof close;

    try {
      const server = await start();

      expect(squatters).toHaveLength(1);
      expect(server.port).not.toBe((squatters[0].address() as net.AddressInfo).port);
      expect(await query(server.url, 'select 1 as one')).toEqual([{ one: 1 }]);
      expect(logEntries.some((entry) => entry.level === 'warn' && /taken before it started/.test(entry.message))).toBe(true);
    } finally {
      net.Server.prototype.close = close;
      await Promise.all(squatters.map((squatter) => new Promise((resolve) => squatter.close(resolve))));
    }
  });

  it('starts despite a postmaster.pid whose process is dead', async () => {
    const first = await start();
    await first.stop();
    const finished = spawn(process.execPath, ['-e', '']);
    await once(finished, 'exit');
    await writeFile(path.join(dataDir, 'postmaster.pid'), `${finished.pid}\n${dataDir}\n`);

    const second = await start();

    expect(await query(second.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    expect(logEntries.some((entry) => /stale postmaster.pid/.test(entry.message))).toBe(true);
  });

  it('starts despite a postmaster.pid naming a live process that is not this server', async () => {
    const first = await start();
    await first.stop();
    await writeFile(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n`);

    const second = await start();

    expect(await query(second.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    expect(await isProcessAlive(process.pid)).toBe(true);
  });

  it('stops a server left running by a killed launcher and starts its own', async () => {
    const launcher = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    launchers.push(launcher.pid!);
    const [line] = (await once(createInterface({ input: launcher.stdout! }), 'line')) as [string];
    const leftover = JSON.parse(line) as { pid: number; port: number; url: string };
    launcher.kill('SIGKILL');
    await once(launcher, 'exit');
    expect(await isProcessAlive(leftover.pid)).toBe(true);
    await query(leftover.url, 'create table survived (id int)');

    const server = await start();

    expect(await isProcessAlive(leftover.pid)).toBe(false);
    expect(server.pid).not.toBe(leftover.pid);
    expect(server.port).toBe(leftover.port);
    expect(await query(server.url, 'select count(*)::int as rows from survived')).toEqual([{ rows: 0 }]);
    expect(logEntries.some((entry) => /left running by a previous launcher/.test(entry.message))).toBe(true);
  });

  it('refuses a data directory whose server is still in use by a live launcher', async () => {
    const server = await start();

    await expect(start()).rejects.toThrow(/in use by process/);
    expect(await query(server.url, 'select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('reports the end of the server log when the server cannot start', async () => {
    const failing = startEmbeddedPostgres({ dataDir, log, settings: { max_connections: 'plenty' } });

    await expect(failing).rejects.toThrow(/did not start: postgres exited[\s\S]*invalid value for parameter "max_connections"/);
    expect(await listClusterProcesses(dataDir)).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('says which directory the postgres user cannot enter', async () => {
    await chmod(dir, 0o700);

    await expect(start()).rejects.toThrow(`cannot enter ${dir}`);
  });
});
