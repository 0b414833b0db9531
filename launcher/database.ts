/** The launcher's database: DATABASE_URL when set, else an embedded PostgreSQL under the data folder. */
import path from 'node:path';
import type { Env } from '../infra/env.ts';
import type { Logger } from '../infra/log.ts';
import { ensureDatabase } from '../infra/postgres/databases.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../infra/postgres/embedded.ts';

export interface Database {
  url: string;
  embedded: EmbeddedPostgres | null;
}

export async function openDatabase(env: Env, log: Logger): Promise<Database> {
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
