/**
 * What `tidemark start` (and the demo) runs. The launcher opens the database (embedded unless
 * DATABASE_URL is set), migrates it, hands back the jobs of workers that are gone and creates the
 * first admin; then it runs the web server and the worker as child processes (child-process.ts)
 * and supervises them and the embedded PostgreSQL (supervise.ts): whichever dies is restarted with
 * backoff, the others go on. On SIGINT/SIGTERM it stops the web server, then the worker (running
 * jobs finish or are handed back), then what the caller added, then the database, last.
 */
import os from 'node:os';
import { ensureAdmin } from '../db/auth/ensure-admin.ts';
import { connectDatabase, type DatabaseHandle } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { sealRemoteUrlCredentials } from '../db/repositories/seal-remote-url-credentials.ts';
import { releaseDeadWorkers } from '../db/workers/heartbeats.ts';
import { releaseWorkersOfProcess } from '../db/workers/release-workers-of-process.ts';
import type { Env } from '../infra/env.ts';
import { freePortsBelowEphemeral } from '../infra/free-ports.ts';
import { createKeyring, loadMasterKey, type Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { startChildProcess, workerNodeOptions, type ChildCommand, type ChildProcessHandle } from './child-process.ts';
import { openSupervisedDatabase, prepareDataFolder, type SupervisedDatabase } from './database.ts';
import { onShutdown } from './shutdown.ts';
import { supervise, type Supervisor } from './supervise.ts';
import { ensureUiBuilt } from './ui-build.ts';

/** How long each child may take to stop on SIGTERM before it is killed. */
const STOP_GRACE_MS: Record<ChildCommand, number> = {
  web: 10_000,
  // graphile-worker aborts running jobs 5 s into a graceful shutdown and hands back what is left.
  worker: 15_000,
};

export interface RunningTidemark {
  url: string;
  port: number;
  admin: Awaited<ReturnType<typeof ensureAdmin>>;
  /** The launcher's own small pool (the demo sets itself up with it). */
  db: DatabaseHandle;
  keyring: Keyring;
  /** What SIGINT does, for a caller that fails after the start. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Stops what the caller added; runs after the web server and the worker stop, before the database. */
  alsoStop?: () => Promise<void>;
}

/** Starts everything; resolves to null when a signal arrived while starting. */
export async function launchTidemark(env: Env, log: Logger, options: LaunchOptions = {}): Promise<RunningTidemark | null> {
  const started = Date.now();
  let stopping = false;
  let database: SupervisedDatabase | null = null;
  let db: DatabaseHandle | null = null;
  const children: Partial<Record<ChildCommand, Supervisor<ChildProcessHandle>>> = {};

  // Each step is tried even when an earlier one failed: the database must stop whatever happened.
  const stopAll = async () => {
    stopping = true;
    const steps: [string, (() => Promise<unknown>) | undefined][] = [
      ['web server', children.web && (() => children.web!.stop())],
      ['worker', children.worker && (() => children.worker!.stop())],
      ['extras', options.alsoStop],
      ['launcher pool', db ? () => db!.close() : undefined],
      ['database', database ? () => database!.stop() : undefined],
    ];
    const failed: string[] = [];
    for (const [name, step] of steps) {
      if (!step) continue;
      try {
        await step();
        log.info(`${name} stopped`);
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
    await prepareDataFolder(env, log);
    const keyring = createKeyring(loadMasterKey({ secretKey: env.TIDEMARK_SECRET_KEY, dataDir: env.dataDir }));
    const uiBuild = env.TIDEMARK_UI ? ensureUiBuilt(log) : Promise.resolve();
    database = await openSupervisedDatabase(env, log);
    await migrateDatabase(database.url, log);
    db = connectDatabase(database.url, { max: 3, applicationName: 'tidemark-launcher' });
    const released = await releaseDeadWorkers(db.db, env.TIDEMARK_WORKER_GONE_AFTER);
    if (released.length) log.warn({ workers: released }, 'released the job locks of workers that are gone');
    const sealed = await sealRemoteUrlCredentials(db.db, keyring);
    if (sealed.length) log.warn({ repositories: sealed }, 'moved the credentials of remote URLs into the token field');
    const admin = await ensureAdmin(db.db, { username: env.TIDEMARK_ADMIN_USERNAME, password: env.TIDEMARK_ADMIN_PASSWORD });
    await uiBuild;
    if (stopping) return null;

    // A port of 0 is chosen once, so a restarted web server comes back where the first one was; it
    // is chosen below the ephemeral range, where no outgoing connection takes it in between.
    const port = env.PORT || (await freePortsBelowEphemeral(1, env.HOST));
    const childEnv = childEnvironment(env, database.url, port);
    const pool = db;
    const releaseJobsOf = async (worker: ChildProcessHandle) => {
      const pools = await releaseWorkersOfProcess(pool.db, { hostname: os.hostname(), pid: worker.pid });
      if (pools.length) log.warn({ workers: pools, pid: worker.pid }, 'handed back the jobs of the worker process that exited');
    };
    const superviseChild = (command: ChildCommand, afterExit?: (child: ChildProcessHandle) => Promise<void>) =>
      supervise({
        name: command === 'web' ? 'web server' : 'worker',
        log,
        start: () => startChildProcess({ command, env: childEnv, log, nodeOptions: command === 'worker' ? workerNodeOptions(env.TIDEMARK_WORKER_HEAP_MB) : [] }),
        stop: async (child) => {
          await child.stop(STOP_GRACE_MS[command]);
          await afterExit?.(child);
        },
        afterExit,
      });
    const [worker, web] = await Promise.allSettled([superviseChild('worker', releaseJobsOf), superviseChild('web')]);
    if (worker.status === 'fulfilled') children.worker = worker.value;
    if (web.status === 'fulfilled') children.web = web.value;
    if (worker.status === 'rejected') throw worker.reason;
    if (web.status === 'rejected') throw web.reason;

    const url = children.web!.current()!.ready.url ?? `http://${env.HOST}:${port}`;
    log.info({ url, seconds: (Date.now() - started) / 1000 }, 'ready');
    return { url, port, admin, db, keyring, stop: stopAll };
  } catch (error) {
    // Whatever started is stopped, the database last, before the error is reported.
    if (!stopping) await stopAll().catch((err) => log.error({ err }, 'error while stopping after a failed start'));
    throw error;
  }
}

/**
 * The children's environment: the launcher's, with the database URL (its password never goes on a
 * command line), the resolved data folder and port, and without the first admin's password.
 */
/**
 * The children run as production servers unless told otherwise: graphql-js and React skip their
 * development checks only under NODE_ENV=production, which graphql-js reads when it is loaded.
 */
function childEnvironment(env: Env, databaseUrl: string, port: number): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    DATABASE_URL: databaseUrl,
    TIDEMARK_DATA_DIR: env.dataDir,
    PORT: String(port),
  };
  delete childEnv.TIDEMARK_ADMIN_PASSWORD;
  return childEnv;
}

