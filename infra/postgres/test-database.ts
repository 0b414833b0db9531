import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase } from './databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server's maintenance database (set by vitest.global-setup.ts). */
    pgAdminUrl: string;
    /** The migrated database every test database is cloned from. */
    pgTemplateDatabase: string;
    /** Name prefix of this run's test databases. */
    pgTestDatabasePrefix: string;
  }
}

export interface TestDatabase {
  /** URL of a freshly migrated database that belongs to one test file. */
  url: string;
  name: string;
  /** Disconnects everyone and drops the database. Safe to call more than once. */
  drop(): Promise<void>;
}

/** Clones the migrated template into a new database; call in `beforeAll` and drop in `afterAll`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) throw new Error('no test PostgreSQL: vitest.config.ts must list ./vitest.global-setup.ts in globalSetup');
  const name = `${inject('pgTestDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  const url = await createDatabaseFromTemplate(adminUrl, name, inject('pgTemplateDatabase'));
  let dropping: Promise<void> | undefined;
  return { url, name, drop: () => (dropping ??= dropDatabase(adminUrl, name)) };
}
