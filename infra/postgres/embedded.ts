/**
 * The PostgreSQL that Tidemark runs for itself when no DATABASE_URL is given.
 *
 * Glossary:
 * - data directory: the cluster's files (`.data/pg` for the product), created by `initdb` on first start.
 * - postmaster: the main `postgres` process; its PID is the first line of `postmaster.pid`.
 * - leftover server: a postmaster still running on our data directory whose launcher died without
 *   stopping it (for example after `kill -9`). The next start shuts it down and starts afresh.
 *
 * - password file: `<data directory>.password` (`.data/pg.password`), the superuser's password, mode
 *   0600, owned by whoever runs Tidemark; every connection must give it (see password.ts). A data
 *   directory from a version that trusted local connections is locked the same way at its next start.
 *
 * The server runs in its own process group so that a Ctrl-C in the terminal reaches the launcher
 * only: the launcher stops web and worker first and the database last, with `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, open, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import postgres from 'postgres';
import { isPortFree } from '../free-ports.ts';
import type { Logger } from '../log.ts';
import { locatePostgresBinaries, type PostgresBinaries } from './binaries.ts';
import { loadServerPassword, PG_HBA_CONF, scramVerifier, trustsSomeConnection } from './password.ts';
import {
  isPostgresOf,
  isProcessAlive,
  listClusterProcesses,
  readProcessInfo,
  signalProcess,
  waitFor,
} from './processes.ts';
import { assertServerUserCanReach, resolveServerUser, type ServerUser } from './server-user.ts';

export { ensureDatabase } from './databases.ts';

export type EmbeddedPostgresLog = Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Default: the port this data directory used last time if it is free, otherwise any free port. */
  port?: number;
  log: EmbeddedPostgresLog;
  /** Aborting while starting stops the half-started server and rejects. */
  signal?: AbortSignal;
  /**
   * Extra server settings (`-c name=value`) over the defaults below. Throwaway clusters such as the
   * test server turn durability off with these; the product's database never does.
   */
  settings?: Record<string, string>;
  /**
   * Default true: the server gets its own process group, so a Ctrl-C in the terminal leaves it
   * running until `stop()`. A throwaway server passes false to die with the terminal's Ctrl-C.
   */
  detached?: boolean;
  /** Where the superuser password is kept. Default: `<dataDir>.password`, beside the data directory. */
  passwordFile?: string;
}

export interface EmbeddedPostgres {
  /**
   * Superuser URL of the `postgres` database, password included:
   * `postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres`. Never log it.
   */
  url: string;
  port: number;
  dataDir: string;
  /** PID of the postmaster. */
  pid: number;
  /** Settles when the postmaster has exited, however it ended: `code N` or `signal NAME`. */
  exited: Promise<string>;
  /** Fast shutdown; resolves once no process of this cluster remains. Safe to call more than once. */
  stop(): Promise<void>;
}

/** All defaults in one place. */
const DEFAULTS = {
  host: '127.0.0.1',
  superuser: 'postgres',
  readyTimeoutMs: 30_000,
  /** Fast shutdown (SIGINT) normally takes well under a second; these bound the escalation. */
  shutdownSteps: [
    { signal: 'SIGINT', waitMs: 10_000 },
    { signal: 'SIGQUIT', waitMs: 5_000 },
    { signal: 'SIGKILL', waitMs: 5_000 },
  ] satisfies { signal: NodeJS.Signals; waitMs: number }[],
  orphanWaitMs: 5_000,
  logTailLines: 30,
  logTailBytes: 64 * 1024,
  settings: {
    listen_addresses: '127.0.0.1',
    // No unix socket: the path may exceed the 107-byte socket path limit under a deep project
    // directory, and the usual /var/run/postgresql belongs to any system PostgreSQL.
    unix_socket_directories: '',
    max_connections: '200',
    shared_buffers: '128MB',
    // Explicit because this is the product's real database.
    fsync: 'on',
  } as Record<string, string>,
};

/** The data directory's server is running and its launcher is alive. */
export class EmbeddedPostgresInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly launcherPid: number,
  ) {
    super(`the PostgreSQL in ${dataDir} is in use by process ${launcherPid}; stop that first`);
    this.name = 'EmbeddedPostgresInUseError';
  }
}

/** Written next to the cluster's own files; remembers what a restart must reuse. */
const STATE_FILE = 'tidemark-embedded.json';

interface LauncherState {
  port: number;
  /** The process that started the server; while it lives, the server is in use, not left over. */
  launcherPid: number;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { log, signal } = options;
  const dataDir = path.resolve(options.dataDir);
  const logFile = `${dataDir}.log`;
  const passwordFile = path.resolve(options.passwordFile ?? `${dataDir}.password`);
  const binaries = locatePostgresBinaries();
  const user = await resolveServerUser(log);
  if (user) await assertServerUserCanUseBinaries(user, binaries);

  await mkdir(path.dirname(dataDir), { recursive: true });
  if (user) await assertServerUserCanReach(user, path.dirname(dataDir));
  signal?.throwIfAborted();

  await stopLeftoverServer(dataDir, log);
  const { password, created } = await loadServerPassword(passwordFile);
  if (!(await isInitialized(dataDir))) {
    await initializeCluster({ dataDir, binaries, user, logFile, log, password });
  } else {
    await requirePassword({ dataDir, binaries, user, password, passwordIsNew: created, passwordFile, log });
  }
  signal?.throwIfAborted();

  const settings = { ...DEFAULTS.settings, ...options.settings };
  const detached = options.detached ?? true;
  let remembered = (await readState(dataDir))?.port;
  for (let attempt = 1; ; attempt++) {
    const port = await choosePort(options.port, remembered, log);
    await writeFile(path.join(dataDir, STATE_FILE), `${JSON.stringify({ port, launcherPid: process.pid })}\n`);

    const logOffset = await fileSize(logFile);
    const child = spawnServer({ dataDir, binaries, user, logFile, port, settings, detached });
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    if (child.pid === undefined) throw new Error(`cannot run ${binaries.postgres}`, { cause: await spawnError });
    const pid = child.pid;
    const exited = new Promise<string>((resolve) => {
      child.once('exit', (code, exitSignal) => resolve(exitSignal ? `signal ${exitSignal}` : `code ${code}`));
    });

    let ready = false;
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= stopServer({ pid, dataDir, exited, log }));
    void exited.then((how) => {
      if (ready && !stopping) log.error({ pid, how, logFile }, 'embedded PostgreSQL exited unexpectedly');
    });

    const url = `postgres://${DEFAULTS.superuser}:${encodeURIComponent(password)}@${DEFAULTS.host}:${port}/postgres`;
    try {
      await waitUntilReady({ url, port, exited, signal });
    } catch (error) {
      await stop();
      if (signal?.aborted) throw signal.reason;
      const tail = await readLogTail(logFile, logOffset);
      // A port found free is not reserved: another process may bind it before PostgreSQL does.
      if (options.port === undefined && attempt < 3 && /could not bind .*Address already in use/.test(tail)) {
        log.warn({ port }, 'the port chosen for the embedded PostgreSQL was taken before it started; choosing another');
        remembered = undefined;
        continue;
      }
      throw new Error(`embedded PostgreSQL did not start: ${(error as Error).message}\n--- ${logFile} ---\n${tail}`, {
        cause: error,
      });
    }
    ready = true;
    log.info({ port, pid, dataDir }, 'embedded PostgreSQL is ready');
    return { url, port, dataDir, pid, exited, stop };
  }
}

async function assertServerUserCanUseBinaries(user: ServerUser, binaries: PostgresBinaries): Promise<void> {
  for (const dir of ['bin', 'lib', 'share']) {
    await assertServerUserCanReach(user, path.join(binaries.nativeDir, dir), true);
  }
}

async function readState(dataDir: string): Promise<LauncherState | undefined> {
  const text = await readFile(path.join(dataDir, STATE_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<LauncherState>;
    if (Number.isInteger(parsed.port) && Number.isInteger(parsed.launcherPid)) return parsed as LauncherState;
  } catch {
    // An unreadable state file only costs the remembered port.
  }
  return undefined;
}

async function isInitialized(dataDir: string): Promise<boolean> {
  return (await stat(path.join(dataDir, 'PG_VERSION')).catch(() => undefined)) !== undefined;
}

/**
 * Makes a data directory free to start: removes a stale `postmaster.pid` and shuts down a server
 * whose launcher died. Throws EmbeddedPostgresInUseError when the launcher is still alive.
 */
export async function stopLeftoverServer(dataDir: string, log: EmbeddedPostgresLog): Promise<void> {
  const state = await readState(dataDir);
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pidText = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (pidText === undefined) return;
  const pid = Number(pidText.split('\n')[0]);
  const realDataDir = await realpath(dataDir);

  if (Number.isInteger(pid) && pid > 0 && (await isProcessAlive(pid))) {
    const info = await readProcessInfo(pid);
    if (!info) {
      throw new Error(
        `${pidFile} names process ${pid}, which is running but cannot be inspected; stop it or remove the file`,
      );
    }
    if (isPostgresOf(info, realDataDir)) {
      // A detached server's parent is its launcher until the launcher dies and it is re-parented.
      if (state && info.parentPid === state.launcherPid) {
        throw new EmbeddedPostgresInUseError(dataDir, state.launcherPid);
      }
      log.warn({ pid, dataDir }, 'stopping a PostgreSQL left running by a previous launcher');
      await stopServer({ pid, dataDir, log });
    } else {
      log.warn({ pid, pidFile }, 'postmaster.pid names a process that is not this PostgreSQL; removing it');
    }
  } else {
    log.warn({ pid, pidFile }, 'removing stale postmaster.pid');
    // Backends of a killed postmaster linger briefly and keep its shared memory in use.
    await waitForClusterToExit(dataDir, log);
  }
  await rm(pidFile, { force: true });
}

async function initializeCluster(args: {
  dataDir: string;
  binaries: PostgresBinaries;
  user: ServerUser | undefined;
  logFile: string;
  log: EmbeddedPostgresLog;
  password: string;
}): Promise<void> {
  const { dataDir, binaries, user, logFile, log, password } = args;
  const existing = await readdir(dataDir).catch(() => []);
  if (existing.length > 0) {
    throw new Error(`${dataDir} is neither empty nor a PostgreSQL data directory; move it away or set DATABASE_URL`);
  }
  log.info({ dataDir }, 'creating the embedded PostgreSQL data directory');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);

  const logOffset = await fileSize(logFile);
  // initdb reads the password from a file as the server user; it gets the verifier, in a folder of its own.
  const pwDir = await mkdtemp(path.join(path.dirname(dataDir), '.initdb-'));
  try {
    const pwFile = path.join(pwDir, 'superuser');
    await writeFile(pwFile, `${scramVerifier(password)}\n`, { mode: 0o600 });
    if (user) await Promise.all([chown(pwDir, user.uid, user.gid), chown(pwFile, user.uid, user.gid)]);
    const initdbArgs = ['-D', dataDir, '-U', DEFAULTS.superuser, '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--no-locale'];
    const exit = await runToLog(binaries.initdb, initdbArgs, user, logFile);
    if (exit !== 0) {
      const tail = await readLogTail(logFile, logOffset);
      throw new Error(`initdb failed (exit ${exit})\n--- ${logFile} ---\n${tail}`);
    }
  } finally {
    await rm(pwDir, { recursive: true, force: true });
  }
  await writeHbaConf(dataDir, user);
}

/**
 * Makes a stopped cluster ask every connection for the password in the password file. A cluster
 * from a version that trusted local connections, or whose password file was lost, gets the
 * password set first, in single-user mode: no connection is accepted while it happens.
 */
async function requirePassword(args: {
  dataDir: string;
  binaries: PostgresBinaries;
  user: ServerUser | undefined;
  password: string;
  passwordIsNew: boolean;
  passwordFile: string;
  log: EmbeddedPostgresLog;
}): Promise<void> {
  const { dataDir, binaries, user, password, passwordIsNew, passwordFile, log } = args;
  const current = await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8').catch(() => '');
  const trusting = trustsSomeConnection(current);
  if (passwordIsNew || trusting) {
    log.warn(
      { dataDir, passwordFile },
      trusting
        ? 'the embedded PostgreSQL let local connections in without a password; setting a superuser password and requiring it from now on'
        : 'the embedded PostgreSQL password file was missing; setting a new superuser password',
    );
    await setSuperuserPassword({ dataDir, binaries, user, password });
  }
  if (current !== PG_HBA_CONF) await writeHbaConf(dataDir, user);
}

async function writeHbaConf(dataDir: string, user: ServerUser | undefined): Promise<void> {
  const file = path.join(dataDir, 'pg_hba.conf');
  await writeFile(file, PG_HBA_CONF, { mode: 0o600 });
  await chmod(file, 0o600);
  if (user) await chown(file, user.uid, user.gid);
}

/** Runs the server in single-user mode (no sockets at all) for one ALTER ROLE. */
async function setSuperuserPassword(args: {
  dataDir: string;
  binaries: PostgresBinaries;
  user: ServerUser | undefined;
  password: string;
}): Promise<void> {
  const { dataDir, binaries, user, password } = args;
  const verifier = scramVerifier(password);
  const child = spawn(binaries.postgres, ['--single', '-D', dataDir, '-c', 'listen_addresses=', '-c', 'unix_socket_directories=', 'postgres'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: '/',
    ...userOptions(user),
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  child.stdin!.end(`ALTER ROLE ${DEFAULTS.superuser} PASSWORD '${verifier}';\n`);
  const code = await exit;
  if (code !== 0 || /\b(ERROR|FATAL|PANIC):/.test(output)) {
    const shown = output.split(verifier).join('[verifier]').trim().split('\n').slice(-DEFAULTS.logTailLines).join('\n');
    throw new Error(`could not set the embedded PostgreSQL superuser password (exit ${code}):\n${shown}`);
  }
}

async function runToLog(command: string, args: string[], user: ServerUser | undefined, logFile: string) {
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(command, args, { stdio: ['ignore', fd, fd], cwd: '/', ...userOptions(user) });
    return await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolve(code));
    });
  } finally {
    closeSync(fd);
  }
}

function userOptions(user: ServerUser | undefined): { uid?: number; gid?: number } {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

async function choosePort(requested: number | undefined, remembered: number | undefined, log: EmbeddedPostgresLog) {
  if (requested !== undefined) {
    if (!(await isPortFree(requested, DEFAULTS.host))) throw new Error(`port ${DEFAULTS.host}:${requested} is already in use`);
    return requested;
  }
  if (remembered !== undefined) {
    if (await isPortFree(remembered, DEFAULTS.host)) return remembered;
    const port = await findFreePort();
    log.warn({ previousPort: remembered, port }, 'the embedded PostgreSQL port is taken; using another, so its URL changes');
    return port;
  }
  return findFreePort();
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: DEFAULTS.host, port: 0, exclusive: true }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function spawnServer(args: {
  dataDir: string;
  binaries: PostgresBinaries;
  user: ServerUser | undefined;
  logFile: string;
  port: number;
  settings: Record<string, string>;
  detached: boolean;
}): ChildProcess {
  const { dataDir, binaries, user, logFile, port, settings, detached } = args;
  const settingArgs = Object.entries(settings).flatMap(([name, value]) => {
    if (!/^[a-z_][a-z0-9_.]*$/.test(name)) throw new Error(`invalid PostgreSQL setting name: ${name}`);
    return ['-c', `${name}=${value}`];
  });
  const fd = openSync(logFile, 'a');
  try {
    // A terminal Ctrl-C signals the whole foreground process group; a detached server is not in it.
    return spawn(binaries.postgres, ['-D', dataDir, '-p', String(port), ...settingArgs], {
      detached,
      stdio: ['ignore', fd, fd],
      cwd: dataDir,
      ...userOptions(user),
    });
  } finally {
    closeSync(fd);
  }
}

async function waitUntilReady(args: { url: string; port: number; exited: Promise<string>; signal?: AbortSignal }): Promise<void> {
  const { url, port, exited, signal } = args;
  let exitedHow: string | undefined;
  void exited.then((how) => (exitedHow = how));
  const ready = await waitFor(async () => {
    signal?.throwIfAborted();
    if (exitedHow) throw new Error(`postgres exited with ${exitedHow}`);
    return canQuery(url);
  }, DEFAULTS.readyTimeoutMs);
  if (!ready) throw new Error(`no answer on ${DEFAULTS.host}:${port} within ${DEFAULTS.readyTimeoutMs / 1000} s`);
}

/**
 * Bounded by its own timer: against a listener that closes every connection at once (another
 * program on the port), postgres.js reconnects in a loop and its query never settles.
 */
async function canQuery(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      sql`select 1`.then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(resolve, 2_500, false))),
    ]);
  } finally {
    clearTimeout(timer);
    await sql.end({ timeout: 0 });
  }
}

/**
 * Escalates from fast shutdown until the postmaster is gone, then waits for every process of the
 * cluster: a new server cannot start while old backends still hold its shared memory.
 */
async function stopServer(args: {
  pid: number;
  dataDir: string;
  log: EmbeddedPostgresLog;
  /** Set for our own child, whose exit must be observed for Node to let go of it. */
  exited?: Promise<unknown>;
}): Promise<void> {
  const { pid, dataDir, log, exited } = args;
  for (const { signal, waitMs } of DEFAULTS.shutdownSteps) {
    if (!signalProcess(pid, signal)) break;
    if (await waitFor(async () => !(await isProcessAlive(pid)), waitMs)) break;
    log.warn({ pid, signal, waitMs }, 'PostgreSQL did not stop in time; escalating');
  }
  await exited;
  await waitForClusterToExit(dataDir, log);
  log.debug({ pid, dataDir }, 'embedded PostgreSQL stopped');
}

/** Backends notice their postmaster's death on their own; those that do not in time are killed. */
async function waitForClusterToExit(dataDir: string, log: EmbeddedPostgresLog): Promise<void> {
  const clusterGone = async () => (await listClusterProcesses(dataDir)).length === 0;
  if (await waitFor(clusterGone, DEFAULTS.orphanWaitMs)) return;
  const remaining = await listClusterProcesses(dataDir);
  log.warn({ pids: remaining, dataDir }, 'killing PostgreSQL backends that outlived their postmaster');
  for (const pid of remaining) signalProcess(pid, 'SIGKILL');
  if (!(await waitFor(clusterGone, DEFAULTS.orphanWaitMs))) {
    throw new Error(`processes of the PostgreSQL in ${dataDir} are still running after shutdown`);
  }
}

async function fileSize(file: string): Promise<number> {
  return (await stat(file).catch(() => undefined))?.size ?? 0;
}

/** The last lines written to the log since `offset`, for error messages. */
async function readLogTail(logFile: string, offset: number): Promise<string> {
  const file = await open(logFile, 'r').catch(() => undefined);
  if (!file) return '(no log)';
  try {
    const { size } = await file.stat();
    const start = Math.max(offset, size - DEFAULTS.logTailBytes);
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(size - start), position: start });
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    return text.trimEnd().split('\n').slice(-DEFAULTS.logTailLines).join('\n');
  } finally {
    await file.close();
  }
}
