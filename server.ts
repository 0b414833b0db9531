#!/usr/bin/env -S node --import tsx
/**
 * The `tidemark` command: the launcher (`start`), the web server (Next.js UI, GraphQL over HTTP
 * and WebSocket, REST routes, one port), a worker-only process and maintenance commands.
 *
 * `start` with no DATABASE_URL runs its own PostgreSQL (db/postgres/embedded.ts); on SIGINT or
 * SIGTERM it stops the web server, then the worker (running jobs finish or are handed back),
 * then the database, last.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import next from 'next';
import { ensureAdmin } from './db/auth/ensure-admin.ts';
import { connectDatabase, type DatabaseHandle } from './db/client.ts';
import { createKeyring, loadMasterKey, type Keyring } from './db/crypto/keyring.ts';
import { parseEnv, type Env } from './db/env.ts';
import { createLogger, type Logger } from './db/log.ts';
import { migrateDatabase } from './db/migrate.ts';
import { ensureDatabase } from './db/postgres/databases.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/postgres/embedded.ts';
import { releaseDeadWorkers } from './db/workers/heartbeats.ts';
import type { ContextDeps } from './graphql/context.ts';
import { createGraphQLHandler } from './graphql/http.ts';
import { handleRestRoute } from './graphql/rest-routes.ts';
import { buildSchema } from './graphql/schema.ts';
import { RunEventHub } from './graphql/runs/run-event-hub.ts';
import { createSubscriptionServer } from './graphql/ws.ts';
import { runBench } from './bench/cli.ts';
import { runLabCli } from './lab/cli.ts';
import { runDemo } from './lab/demo.ts';
import { startWorker, type RunningWorker } from './worker/run-worker.ts';

export const projectRoot = path.dirname(fileURLToPath(import.meta.url));

const usage = `Usage: tidemark <command> [options]

Commands:
  start      Run everything: database (embedded unless DATABASE_URL is set), web server and a worker
  worker     Run a worker only, against DATABASE_URL (add machines this way)
  migrate    Apply database migrations and exit
  build      Build the web UI (start does this when the UI sources changed)
  lab        Run simulated devices that speak SSH (tidemark lab --help)
  demo       Like start, plus 60 lab devices registered, backed up now and every 5 minutes
  bench      Benchmarks: bench fleet --devices N, bench devices-page (tidemark bench --help)
  --help     Show this help

Configuration is read from the environment; see README.md.`;

// ---------------------------------------------------------------------------------------------
// Web server

export interface WebServerOptions {
  db: DatabaseHandle;
  keyring: Keyring;
  log: Logger;
  env: Pick<Env, 'dataDir' | 'TIDEMARK_SECURE_COOKIES'>;
  host: string;
  port: number;
  /** Serve the Next.js UI too; API-only servers (tests) skip it. */
  ui: boolean;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log.child({ component: 'web' });
  const runEvents = new RunEventHub(options.db.db, options.db.sql, log);
  const deps: ContextDeps = {
    db: options.db.db,
    runEvents,
    keyring: options.keyring,
    log,
    settings: { dataDir: options.env.dataDir, secureCookies: options.env.TIDEMARK_SECURE_COOKIES },
  };
  const schema = buildSchema();
  const graphql = await createGraphQLHandler(schema, deps);
  const subscriptions = createSubscriptionServer(schema, deps);

  let nextHandle: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  if (options.ui) {
    const app = next({ dev: false, dir: projectRoot, hostname: options.host, port: options.port, quiet: true });
    await app.prepare();
    nextHandle = app.getRequestHandler();
  }

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const respond = async () => {
      if (pathname === '/api/graphql') return graphql.handle(req, res);
      if (await handleRestRoute(deps, req, res, pathname)) return;
      if (nextHandle) return nextHandle(req, res);
      res.statusCode = 404;
      res.end('Not found');
    };
    respond().catch((err) => {
      log.error({ err, url: req.url }, 'request failed');
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/api/graphql') {
      socket.destroy();
      return;
    }
    subscriptions.wss.handleUpgrade(req, socket, head, (ws) => subscriptions.wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '127.0.0.1' || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await runEvents.close();
        await subscriptions.close();
        // Requests still running get a moment to finish; then their connections are cut.
        const cut = setTimeout(() => server.closeAllConnections(), 3000);
        await closed;
        clearTimeout(cut);
        await graphql.stop();
      })()),
  };
}

// ---------------------------------------------------------------------------------------------
// UI build

const uiSources = ['app', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

function hashUiSources(): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(projectRoot, entry);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child));
      return;
    }
    hash.update(entry).update('\0').update(fs.readFileSync(full)).update('\0');
  };
  uiSources.forEach(visit);
  return hash.digest('hex');
}

/** Builds the UI when it was never built or its sources changed since the last build. */
export async function ensureUiBuilt(log: Logger, force = false): Promise<void> {
  const stamp = path.join(projectRoot, '.next', 'tidemark-sources.sha256');
  const current = hashUiSources();
  const built = fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) && fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : '';
  if (!force && built === current) return;
  log.info('building the web UI (first start, or the UI changed); this takes a minute');
  const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    // A launcher that fails or is stopped mid-build takes the build down with it.
    const killBuild = () => child.kill('SIGTERM');
    process.once('exit', killBuild);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('exit', killBuild);
      if (code === 0) resolve();
      else reject(new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
  fs.writeFileSync(stamp, current);
}

// ---------------------------------------------------------------------------------------------
// Commands

function sshTimeouts(env: Env) {
  return { connectMs: env.TIDEMARK_SSH_CONNECT_TIMEOUT * 1000, commandMs: env.TIDEMARK_SSH_COMMAND_TIMEOUT * 1000 };
}

interface Database {
  url: string;
  embedded: EmbeddedPostgres | null;
}

async function openDatabase(env: Env, log: Logger): Promise<Database> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(env.dataDir, 'pg'),
    port: env.TIDEMARK_EMBEDDED_PG_PORT,
    log: log.child({ component: 'postgres' }),
  });
  try {
    return { url: await ensureDatabase(embedded.url, 'tidemark'), embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/**
 * Runs `stop` once on SIGINT/SIGTERM. Ctrl-C under npm delivers SIGINT twice (terminal and npm),
 * so a repeat within a second is expected; a later one is answered, not obeyed.
 */
function onShutdown(log: Logger, stop: (signal: string) => Promise<void>): void {
  let stoppingSince = 0;
  const handler = (signal: NodeJS.Signals) => {
    if (stoppingSince) {
      if (Date.now() - stoppingSince > 1000) log.warn('still stopping: the database stops last so no job is left locked');
      return;
    }
    stoppingSince = Date.now();
    // While pools and sockets close, a late rejection must not kill the process before the database stops.
    process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection while stopping'));
    stop(signal).then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

export function printBanner(url: string, admin: Awaited<ReturnType<typeof ensureAdmin>>, fromEnv: boolean, notes: string[] = []): void {
  const lines = [``, `  Tidemark is running at ${url}`];
  if (admin.generatedPassword) {
    lines.push(`  Admin login: ${admin.username} / ${admin.generatedPassword}`);
    lines.push(`  (generated and shown only this once; change it under Settings → Users)`);
  } else if (admin.created && fromEnv) {
    lines.push(`  Admin login: ${admin.username} with the password from TIDEMARK_ADMIN_PASSWORD`);
  } else {
    lines.push(`  Admin login: ${admin.username} (password as set on first start)`);
  }
  lines.push(...notes.map((note) => `  ${note}`), `  Press Ctrl-C to stop.`, ``);
  process.stdout.write(lines.join('\n') + '\n');
}

export interface RunningTidemark {
  web: WebServer;
  worker: RunningWorker;
  db: DatabaseHandle;
  keyring: Keyring;
  admin: Awaited<ReturnType<typeof ensureAdmin>>;
  /** What SIGINT does, for a caller that fails after the start. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Stops what the caller added; runs after the web server and worker stop, before the database. */
  alsoStop?: () => Promise<void>;
}

/**
 * What `tidemark start` runs: database, migrations, worker and web server, stopped in order on
 * SIGINT/SIGTERM. Resolves to null when a signal arrived while starting.
 */
export async function launchTidemark(env: Env, log: Logger, options: LaunchOptions = {}): Promise<RunningTidemark | null> {
  const started = Date.now();
  let stopping = false;
  let database: Database | null = null;
  let handle: DatabaseHandle | null = null;
  let worker: RunningWorker | null = null;
  let web: WebServer | null = null;

  // Each step is tried even when an earlier one failed: the database must stop whatever happened.
  const stopAll = async () => {
    stopping = true;
    const steps: [string, (() => Promise<unknown>) | undefined][] = [
      ['web server', web ? () => web!.close() : undefined],
      ['worker', worker ? () => worker!.stop() : undefined],
      ['extras', options.alsoStop],
      ['database pool', handle ? () => handle!.close() : undefined],
      ['database', database?.embedded ? () => database!.embedded!.stop() : undefined],
    ];
    const failed: string[] = [];
    for (const [name, step] of steps) {
      try {
        await step?.();
      } catch (err) {
        log.error({ err }, `could not stop the ${name} cleanly`);
        failed.push(name);
      }
    }
    if (failed.length) throw new Error(`stopping failed for: ${failed.join(', ')}`);
  };
  onShutdown(log, async (signal) => {
    log.info({ signal }, 'stopping');
    await stopAll();
    log.info('stopped');
  });

  try {
    const keyring = createKeyring(loadMasterKey({ secretKey: env.TIDEMARK_SECRET_KEY, dataDir: env.dataDir }));
    const uiBuild = env.TIDEMARK_UI ? ensureUiBuilt(log) : Promise.resolve();
    database = await openDatabase(env, log);
    await migrateDatabase(database.url, log);
    // Every running job may hold a connection, and the web server needs its own.
    handle = connectDatabase(database.url, { max: env.TIDEMARK_WORKER_CONCURRENCY + 20 });
    const released = await releaseDeadWorkers(handle.db, env.TIDEMARK_WORKER_GONE_AFTER);
    if (released.length) log.warn({ workers: released }, 'released the job locks of workers that are gone');
    const admin = await ensureAdmin(handle.db, { username: env.TIDEMARK_ADMIN_USERNAME, password: env.TIDEMARK_ADMIN_PASSWORD });
    await uiBuild;
    if (stopping) return null;
    worker = await startWorker({
      db: handle.db,
      keyring,
      log: log.child({ component: 'worker' }),
      dataDir: env.dataDir,
      databaseUrl: database.url,
      concurrency: env.TIDEMARK_WORKER_CONCURRENCY,
      goneAfterSeconds: env.TIDEMARK_WORKER_GONE_AFTER,
      timeouts: sshTimeouts(env),
    });
    web = await startWebServer({ db: handle, keyring, log, env, host: env.HOST, port: env.PORT, ui: env.TIDEMARK_UI });
    log.info({ url: web.url, seconds: (Date.now() - started) / 1000 }, 'ready');
    return { web, worker, db: handle, keyring, admin, stop: stopAll };
  } catch (error) {
    // Whatever started is stopped, the database last, before the error is reported.
    if (!stopping) await stopAll().catch((err) => log.error({ err }, 'error while stopping after a failed start'));
    throw error;
  }
}

async function commandStart(env: Env, log: Logger): Promise<void> {
  const running = await launchTidemark(env, log);
  if (running) printBanner(running.web.url, running.admin, Boolean(env.TIDEMARK_ADMIN_PASSWORD));
}

async function commandWorker(env: Env, log: Logger): Promise<void> {
  if (!env.DATABASE_URL) throw new Error('tidemark worker needs DATABASE_URL: the Postgres that `tidemark start` uses');
  const keyring = createKeyring(loadMasterKey({ secretKey: env.TIDEMARK_SECRET_KEY, dataDir: env.dataDir }));
  await migrateDatabase(env.DATABASE_URL, log);
  const handle = connectDatabase(env.DATABASE_URL, { max: env.TIDEMARK_WORKER_CONCURRENCY + 5 });
  const worker = await startWorker({
    db: handle.db,
    keyring,
    log: log.child({ component: 'worker' }),
    dataDir: env.dataDir,
    databaseUrl: env.DATABASE_URL,
    concurrency: env.TIDEMARK_WORKER_CONCURRENCY,
    goneAfterSeconds: env.TIDEMARK_WORKER_GONE_AFTER,
    timeouts: sshTimeouts(env),
  });
  onShutdown(log, async () => {
    await worker.stop();
    await handle.close();
  });
  log.info('worker running');
}

async function commandMigrate(env: Env, log: Logger): Promise<void> {
  const database = await openDatabase(env, log);
  try {
    await migrateDatabase(database.url, log);
  } finally {
    await database.embedded?.stop();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage + '\n');
    return;
  }
  const env = parseEnv();
  const log = createLogger({ level: env.LOG_LEVEL, name: 'tidemark' });
  switch (command) {
    case 'start':
      return commandStart(env, log);
    case 'worker':
      return commandWorker(env, log);
    case 'migrate':
      return commandMigrate(env, log);
    case 'build':
      return ensureUiBuilt(log, true);
    case 'lab':
      return runLabCli(rest);
    case 'demo':
      return runDemo(env, log);
    case 'bench':
      return runBench(rest, log);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${usage}\n`);
      process.exitCode = 2;
  }
}

const invokedDirectly = process.argv[1] && pathToFileURL(fs.realpathSync(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`tidemark: ${err.message}\n`);
    process.exit(1);
  });
}
