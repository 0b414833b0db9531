/** The launcher's database: DATABASE_URL when set, else an embedded PostgreSQL under the data folder. */
import path from 'node:path';
import type { Env } from '../infra/env.ts';
import type { Logger } from '../infra/log.ts';
import { ensureDatabase } from '../infra/postgres/databases.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../infra/postgres/embedded.ts';
import { serverRunsAsOtherUser } from '../infra/postgres/server-user.ts';
import { protectDataFolder } from './data-folder.ts';
import { supervise } from './supervise.ts';

export interface Database {
  /** Password included when embedded: never log it, never put it in a command line. */
  url: string;
  embedded: EmbeddedPostgres | null;
}

function clusterDir(env: Env): string {
  return path.join(env.dataDir, 'pg');
}

/** Creates the data folder and makes it private (see data-folder.ts); first thing every command that writes it does. */
export function prepareDataFolder(env: Env, log: Logger): Promise<void> {
  return protectDataFolder(env.dataDir, {
    serverUserMustEnter: !env.DATABASE_URL && serverRunsAsOtherUser(),
    clusterDir: clusterDir(env),
    log,
  });
}

function startEmbedded(env: Env, log: Logger, port = env.TIDEMARK_EMBEDDED_PG_PORT): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres({ dataDir: clusterDir(env), port, log: log.child({ component: 'postgres' }) });
}

/** For one-off commands (migrate): the database, until `embedded.stop()`. */
export async function openDatabase(env: Env, log: Logger): Promise<Database> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const embedded = await startEmbedded(env, log);
  try {
    return { url: await ensureDatabase(embedded.url, 'tidemark'), embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

export interface SupervisedDatabase {
  url: string;
  /** Stops the embedded PostgreSQL (and its supervision); nothing for DATABASE_URL. */
  stop(): Promise<void>;
}

/**
 * For `tidemark start`: the embedded PostgreSQL is restarted whenever it dies, on the same port,
 * so the URL the web server and the worker hold stays valid and their pools reconnect by themselves.
 */
export async function openSupervisedDatabase(env: Env, log: Logger): Promise<SupervisedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  let port = env.TIDEMARK_EMBEDDED_PG_PORT;
  const supervisor = await supervise({
    name: 'embedded PostgreSQL',
    log,
    start: async () => {
      const embedded = await startEmbedded(env, log, port);
      port = embedded.port;
      return embedded;
    },
    stop: (embedded) => embedded.stop(),
  });
  try {
    return { url: await ensureDatabase(supervisor.current()!.url, 'tidemark'), stop: () => supervisor.stop() };
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
}
