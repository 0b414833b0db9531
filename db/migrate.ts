import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { Logger as GraphileLogger, runMigrations } from 'graphile-worker';
import postgres from 'postgres';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** An arbitrary constant: every Tidemark process migrating the same database takes this lock. */
const MIGRATION_LOCK = 0x7469_6465;

/** graphile-worker reports each of its migrations; the caller reports the outcome once. */
const quietGraphileLogger = new GraphileLogger(() => () => {});

/** Applies Tidemark's and graphile-worker's migrations once, however many processes start together. */
export async function migrateDatabase(url: string, log?: { info(msg: string): void }): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate(drizzle(sql), { migrationsFolder });
      await runMigrations({ connectionString: url, logger: quietGraphileLogger });
      log?.info('database schema is up to date');
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
