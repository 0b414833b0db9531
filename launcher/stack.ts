/**
 * A running Tidemark over a migrated database: a connection pool, the first admin, the web
 * server and, when asked, a worker in this process. The test API and the benchmarks assemble
 * theirs here; each brings its own database and stops it itself. (`tidemark start` runs the web
 * server and the worker as child processes instead: launch.ts.)
 */
import { ensureAdmin } from '../db/auth/ensure-admin.ts';
import { connectDatabase, type Database, type DatabaseHandle } from '../db/client.ts';
import type { Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import type { Timeouts } from '../plugins/types.ts';
import { startWorker, type RunningWorker } from '../worker/run-worker.ts';
import { startWebServer, type WebServer } from './web-server.ts';

export interface WorkerOptions {
  concurrency: number;
  goneAfterSeconds?: number;
  timeouts?: Timeouts;
}

export interface StackOptions {
  databaseUrl: string;
  /** Connections in the pool; every running job may hold one, and the web server needs its own. */
  poolSize: number;
  keyring: Keyring;
  log: Logger;
  dataDir: string;
  /** TIDEMARK_REPOSITORY_ROOTS; unset, the default under the data folder. */
  repositoryRoots?: string[];
  secureCookies: boolean;
  /** Created when no user exists; a missing password is generated and returned once. */
  admin: { username: string; password?: string };
  /** `allowedOrigins`: origins besides the server's own that may open WebSockets. */
  web: { host: string; port: number; ui: boolean; allowedOrigins?: string[] };
  /** A worker to start with the stack; tests and benchmarks start theirs when they need one. */
  worker?: WorkerOptions;
  /** Runs on the pool before the worker and the web server start. */
  prepare?: (db: Database) => Promise<void>;
}

export interface Stack {
  web: WebServer;
  db: DatabaseHandle;
  admin: Awaited<ReturnType<typeof ensureAdmin>>;
  /** The worker started with the stack, if any. */
  worker: RunningWorker | null;
  /** Starts another worker in this process; stopped with the stack. */
  startWorker(options: WorkerOptions): Promise<RunningWorker>;
  /** Stops the web server, then the workers (running jobs finish or are handed back), then closes the pool. */
  stop(): Promise<void>;
}

export async function assembleStack(options: StackOptions): Promise<Stack> {
  const { log, keyring, dataDir } = options;
  const db = connectDatabase(options.databaseUrl, { max: options.poolSize });
  const workers: RunningWorker[] = [];
  let web: WebServer | null = null;
  const startAnotherWorker = async (worker: WorkerOptions) => {
    const started = await startWorker({ db: db.db, keyring, log: log.child({ component: 'worker' }), dataDir, databaseUrl: options.databaseUrl, ...worker });
    workers.push(started);
    return started;
  };
  const stop = async () => {
    // Each step is tried even when an earlier one failed; the first failure is reported after.
    const failures: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => step().catch((error: unknown) => void failures.push(error));
    if (web) await attempt(() => web!.close());
    for (const worker of workers) await attempt(() => worker.stop());
    await attempt(() => db.close());
    if (failures.length) throw failures[0];
  };
  try {
    await options.prepare?.(db.db);
    const admin = await ensureAdmin(db.db, options.admin);
    const worker = options.worker ? await startAnotherWorker(options.worker) : null;
    web = await startWebServer({
      db,
      keyring,
      log,
      env: { dataDir, TIDEMARK_SECURE_COOKIES: options.secureCookies, TIDEMARK_ALLOWED_ORIGINS: options.web.allowedOrigins, repositoryRoots: options.repositoryRoots },
      host: options.web.host,
      port: options.web.port,
      ui: options.web.ui,
    });
    return { web, db, admin, worker, startWorker: startAnotherWorker, stop };
  } catch (error) {
    await stop().catch((err) => log.error({ err }, 'error while stopping after a failed start'));
    throw error;
  }
}
