import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { runMigrations } from 'graphile-worker';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase } from '../infra/postgres/databases.ts';
import { projectRoot } from '../infra/project-root.ts';
import { applyMigrations, migrateDatabase } from './migrate.ts';

const drizzleKit = path.join(projectRoot, 'node_modules', 'drizzle-kit', 'bin.cjs');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database with nothing in it, dropped after the test. */
async function blankDatabase(): Promise<{ sql: postgres.Sql; url: string }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `${inject('pgTestDatabasePrefix')}blank_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, name);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  cleanups.push(async () => {
    await sql.end({ timeout: 5 });
    await dropDatabase(adminUrl, name);
  });
  return { sql, url };
}

/** A drizzle-kit migrations folder: one file per migration, statements split by breakpoints. */
function migrationsFolder(migrations: string[][]): { folder: string; rewrite(index: number, statements: string[]): void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-migrations-'));
  cleanups.push(async () => fs.rmSync(folder, { recursive: true, force: true }));
  const tag = (index: number) => `${String(index).padStart(4, '0')}_step`;
  const rewrite = (index: number, statements: string[]) => fs.writeFileSync(path.join(folder, `${tag(index)}.sql`), statements.join('\n--> statement-breakpoint\n'));
  fs.mkdirSync(path.join(folder, 'meta'));
  const entries = migrations.map((_, index) => ({ idx: index, version: '7', when: 1_700_000_000_000 + index * 1_000, tag: tag(index), breakpoints: true }));
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'postgresql', entries }));
  migrations.forEach((statements, index) => rewrite(index, statements));
  return { folder, rewrite };
}

describe('applyMigrations', () => {
  it('commits each migration on its own: a value added to an enum is usable by the next, and a failure keeps what came before', async () => {
    const { sql } = await blankDatabase();
    const { folder, rewrite } = migrationsFolder([
      [`CREATE TYPE "state" AS ENUM ('open')`, `CREATE TABLE "item" ("id" serial PRIMARY KEY, "state" "state" NOT NULL)`],
      [`ALTER TYPE "state" ADD VALUE 'closed'`],
      [`CREATE FUNCTION "closed_items"() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM "item" WHERE "state" = 'closed' $$`, `INSERT INTO "item" ("state") VALUES ('closed')`],
      [`INSERT INTO "item" ("state") VALUES ('open')`, `SELECT * FROM "no_such_table"`],
    ]);

    await expect(applyMigrations(sql, folder)).rejects.toThrow(/no_such_table/);

    expect(await sql`select count(*)::int as applied from drizzle.__drizzle_migrations`).toEqual([{ applied: 3 }]);
    expect(await sql`select "closed_items"()::int as closed`).toEqual([{ closed: 1 }]);
    expect(await sql`select count(*)::int as open from "item" where "state" = 'open'`).toEqual([{ open: 0 }]);

    rewrite(3, [`INSERT INTO "item" ("state") VALUES ('open')`]);
    expect(await applyMigrations(sql, folder)).toBe(1);
    expect(await applyMigrations(sql, folder)).toBe(0);
    expect(await sql`select count(*)::int as open from "item" where "state" = 'open'`).toEqual([{ open: 1 }]);
  });

  it("migrates a blank database and keeps drizzle's journal: one row per migration, with the file's sha256", async () => {
    const { sql, url } = await blankDatabase();
    await migrateDatabase(url);

    const folder = path.join(projectRoot, 'db', 'migrations');
    const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
    const expected = journal.entries.map((entry) => ({
      hash: createHash('sha256').update(fs.readFileSync(path.join(folder, `${entry.tag}.sql`))).digest('hex'),
      created_at: String(entry.when),
    }));
    expect(await sql`select hash, created_at from drizzle.__drizzle_migrations order by id`).toEqual(expected);
    expect(await sql`select count(*)::int as tables from information_schema.tables where table_name in ('devices', 'runs', 'backups', 'jobs')`).toEqual([{ tables: 4 }]);
  });
});

describe('0020: config search texts of NETCONF backups', () => {
  it('are forgotten, and an index job is queued to save them again with the method\'s own rules', async () => {
    const { sql, url } = await blankDatabase();
    const folder = path.join(projectRoot, 'db', 'migrations');
    // The database as it was before: migrations up to 0019, the worker's schema, NETCONF and CLI texts.
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-migrations-'));
    cleanups.push(async () => fs.rmSync(before, { recursive: true, force: true }));
    fs.cpSync(folder, before, { recursive: true });
    const journalFile = path.join(before, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((entry) => entry.tag < '0020');
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    await applyMigrations(sql, before);
    await runMigrations({ connectionString: url });
    for (const [name, method, sha256] of [
      ['junos-nc', 'juniper-junos-netconf', 'a'.repeat(64)],
      ['any-nc', 'netconf', 'b'.repeat(64)],
      ['junos-cli', 'juniper-junos', 'c'.repeat(64)],
    ]) {
      const [device] = await sql<{ id: string }[]>`insert into devices (name, host, backup_method) values (${name}, '192.0.2.1', ${method}) returning id`;
      await sql`insert into backups (device_id, artifact, is_text, size, sha256, changed, storage_ref) values (${device.id}, 'configuration', true, 1, ${sha256}, true, '{}'::jsonb)`;
      await sql`insert into config_texts (sha256, content) values (${sha256}, ${`text of ${name}`})`;
    }

    expect(await applyMigrations(sql, folder)).toBe(1);

    expect(await sql`select content from config_texts`).toEqual([{ content: 'text of junos-cli' }]);
    expect(await sql`select task_identifier, key from graphile_worker.jobs`).toEqual([{ task_identifier: 'index-config-texts', key: 'reindex-netconf-texts' }]);
  });
});

describe('db/schema.ts and db/migrations', () => {
  it('are in step: drizzle-kit generate, from the latest snapshot, finds nothing to migrate', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-generate-'));
    cleanups.push(async () => fs.rmSync(copy, { recursive: true, force: true }));
    fs.cpSync(path.join(projectRoot, 'db', 'migrations'), copy, { recursive: true });
    const before = fs.readdirSync(copy);

    // drizzle-kit takes the output folder relative to where it runs.
    const out = path.relative(projectRoot, copy);
    const result = spawnSync(process.execPath, [drizzleKit, 'generate', '--dialect', 'postgresql', '--schema', './db/schema.ts', '--out', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });

    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toContain('No schema changes');
    expect(fs.readdirSync(copy)).toEqual(before);
  }, 90_000);
});
