/**
 * What `tidemark start` (and the demo) runs: the database (embedded unless DATABASE_URL is set),
 * migrations, the stack (worker and web server), stopped in order on SIGINT/SIGTERM: the web
 * server, then the worker (running jobs finish or are handed back), then the database, last.
 */
import { releaseDeadWorkers } from '../db/workers/heartbeats.ts';
import { migrateDatabase } from '../db/migrate.ts';
import type { Env } from '../infra/env.ts';
import { createKeyring, loadMasterKey, type Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { openDatabase, type Database } from './database.ts';
import { onShutdown } from './shutdown.ts';
import { assembleStack, type Stack } from './stack.ts';
import { ensureUiBuilt } from './ui-build.ts';

export function sshTimeouts(env: Env) {
  return { connectMs: env.TIDEMARK_SSH_CONNECT_TIMEOUT * 1000, commandMs: env.TIDEMARK_SSH_COMMAND_TIMEOUT * 1000 };
}

export interface RunningTidemark {
  stack: Stack;
  keyring: Keyring;
  /** What SIGINT does, for a caller that fails after the start. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Stops what the caller added; runs after the stack stops, before the database. */
  alsoStop?: () => Promise<void>;
}

/** Starts everything; resolves to null when a signal arrived while starting. */
export async function launchTidemark(env: Env, log: Logger, options: LaunchOptions = {}): Promise<RunningTidemark | null> {
  const started = Date.now();
  let stopping = false;
  let database: Database | null = null;
  let stack: Stack | null = null;

  // Each step is tried even when an earlier one failed: the database must stop whatever happened.
  const stopAll = async () => {
    stopping = true;
    const steps: [string, (() => Promise<unknown>) | undefined][] = [
      ['web server, worker and pool', stack ? () => stack!.stop() : undefined],
      ['extras', options.alsoStop],
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
    await uiBuild;
    if (stopping) return null;
    stack = await assembleStack({
      databaseUrl: database.url,
      poolSize: env.TIDEMARK_WORKER_CONCURRENCY + 20,
      keyring,
      log,
      dataDir: env.dataDir,
      secureCookies: env.TIDEMARK_SECURE_COOKIES,
      admin: { username: env.TIDEMARK_ADMIN_USERNAME, password: env.TIDEMARK_ADMIN_PASSWORD },
      web: { host: env.HOST, port: env.PORT, ui: env.TIDEMARK_UI },
      worker: { concurrency: env.TIDEMARK_WORKER_CONCURRENCY, goneAfterSeconds: env.TIDEMARK_WORKER_GONE_AFTER, timeouts: sshTimeouts(env) },
      prepare: async (db) => {
        const released = await releaseDeadWorkers(db, env.TIDEMARK_WORKER_GONE_AFTER);
        if (released.length) log.warn({ workers: released }, 'released the job locks of workers that are gone');
      },
    });
    log.info({ url: stack.web.url, seconds: (Date.now() - started) / 1000 }, 'ready');
    return { stack, keyring, stop: stopAll };
  } catch (error) {
    // Whatever started is stopped, the database last, before the error is reported.
    if (!stopping) await stopAll().catch((err) => log.error({ err }, 'error while stopping after a failed start'));
    throw error;
  }
}
