import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
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
      await applyMigrations(sql, migrationsFolder);
      await runMigrations({ connectionString: url, logger: quietGraphileLogger });
      log?.info('database schema is up to date');
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Applies the migrations of a drizzle-kit folder not applied yet, in drizzle's own journal table
 * (`drizzle.__drizzle_migrations`: a migration is applied when its time is at most the newest
 * recorded), each in a transaction of its own. drizzle's migrator runs them all in one, where a
 * value added to an enum type cannot be used by a later migration (PostgreSQL 15 refuses the new
 * database's migrations with "unsafe use of new value").
 */
export async function applyMigrations(sql: postgres.Sql, folder: string): Promise<number> {
  await sql`create schema if not exists drizzle`;
  await sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
  const [newest] = await sql<{ created_at: string }[]>`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`;
  const pending = readMigrationFiles({ migrationsFolder: folder }).filter((migration) => !newest || Number(newest.created_at) < migration.folderMillis);
  for (const migration of pending) {
    await sql.begin(async (tx) => {
      for (const statement of migration.sql) await tx.unsafe(statement);
      await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`;
    });
  }
  return pending.length;
}
