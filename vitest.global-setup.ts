import type { TestProject } from 'vitest/node';
import { z } from 'zod';
import { createLogger } from './infra/log.ts';
import { migrateDatabase } from './db/migrate.ts';
import { startTestPostgres } from './infra/postgres/test-server.ts';

const Env = z.object({
  /** An existing server to create test databases on instead of starting the embedded one. */
  TEST_DATABASE_URL: z.string().min(1).optional(),
});

/** One PostgreSQL server per `vitest run`; test files get their databases via createTestDatabase(). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = Env.parse(process.env);
  const log = createLogger({ level: 'warn', name: 'test-postgres' });
  const server = await startTestPostgres({
    serverUrl: env.TEST_DATABASE_URL,
    migrate: (url) => migrateDatabase(url, log),
    log,
  });
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplateDatabase', server.templateDatabase);
  project.provide('pgTestDatabasePrefix', server.databasePrefix);
  return () => server.stop();
}
