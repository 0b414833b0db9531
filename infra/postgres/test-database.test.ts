import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

describe('createTestDatabase', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let sql: postgres.Sql;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    sql = postgres(first.url, { max: 2, onnotice: () => {} });
  });

  afterAll(async () => {
    await sql?.end();
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('gives each caller its own migrated database', async () => {
    expect(first.name).not.toBe(second.name);
    const [tables] = await sql`select count(*)::int as count from pg_tables where tablename = 'devices'`;
    expect(tables.count).toBe(1);
    await sql`create table only_in_first (id int)`;

    const other = postgres(second.url, { max: 1, onnotice: () => {} });
    try {
      const [found] = await other`select count(*)::int as count from pg_tables where tablename = 'only_in_first'`;
      expect(found.count).toBe(0);
    } finally {
      await other.end();
    }
  });

  it('drops the database even while connections are open', async () => {
    const doomed = await createTestDatabase();
    const open = postgres(doomed.url, { max: 1, onnotice: () => {} });
    await open`select 1`;

    await doomed.drop();
    await doomed.drop();

    const [exists] = await sql`select count(*)::int as count from pg_database where datname = ${doomed.name}`;
    expect(exists.count).toBe(0);
    await open.end({ timeout: 0 });
  });
});
