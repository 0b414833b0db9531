import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createDatabaseFromTemplate,
  databaseUrl,
  disconnectDatabase,
  dropDatabase,
  listDatabases,
} from './databases.ts';
import { startEmbeddedPostgres, stopLeftoverServer, type EmbeddedPostgresLog } from './embedded.ts';
import { isProcessAlive } from './processes.ts';

/**
 * The PostgreSQL server one test run uses: the embedded one in a throwaway data directory, or an
 * existing server given by URL. Either way it holds a migrated template database that each test
 * file clones into a database of its own.
 */
export interface TestPostgres {
  /** Superuser URL of the server's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  templateDatabase: string;
  /** Every test database of this run starts with this, so the run can clean up after itself. */
  databasePrefix: string;
  stop(): Promise<void>;
}

const TEMPLATE_DATABASE = 'tidemark_template';
const TEMP_DIR_PREFIX = 'tidemark-test-pg-';
/** Names the process that owns a temporary test cluster. */
const OWNER_FILE = 'owner.pid';
/** A directory without an owner file this old was not left mid-start by a run still going. */
const UNOWNED_GRACE_MS = 60 * 60 * 1000;

/** A throwaway cluster needs no durability, and tests create many databases. */
const THROWAWAY_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

export async function startTestPostgres(options: {
  /** An existing server; when unset, an embedded one is started and removed afterwards. */
  serverUrl?: string;
  migrate: (url: string) => Promise<void>;
  log: EmbeddedPostgresLog;
}): Promise<TestPostgres> {
  const { migrate, log } = options;
  const runId = randomBytes(4).toString('hex');
  const databasePrefix = `tidemark_test_${runId}_`;

  const server = options.serverUrl ? sharedServer(options.serverUrl, runId) : await embeddedServer(log);
  try {
    const { adminUrl, templateDatabase } = server;
    await dropDatabase(adminUrl, templateDatabase);
    await createDatabaseFromTemplate(adminUrl, templateDatabase, 'template1');
    await migrate(databaseUrl(adminUrl, templateDatabase));
    // A connection left open on the template would make every clone fail.
    await disconnectDatabase(adminUrl, templateDatabase);
  } catch (error) {
    await server.stop();
    throw error;
  }

  return {
    adminUrl: server.adminUrl,
    templateDatabase: server.templateDatabase,
    databasePrefix,
    async stop() {
      if (options.serverUrl) {
        const leftovers = await listDatabases(server.adminUrl, databasePrefix);
        for (const name of leftovers) await dropDatabase(server.adminUrl, name);
      }
      await server.stop();
    },
  };
}

/** On a server other runs may share, this run's template gets a name of its own. */
function sharedServer(serverUrl: string, runId: string) {
  const templateDatabase = `${TEMPLATE_DATABASE}_${runId}`;
  return {
    adminUrl: serverUrl,
    templateDatabase,
    stop: () => dropDatabase(serverUrl, templateDatabase),
  };
}

async function embeddedServer(log: EmbeddedPostgresLog) {
  await removeAbandonedClusters(log);
  const dir = await mkdtemp(path.join(os.tmpdir(), TEMP_DIR_PREFIX));
  // As root the server runs as the postgres user, which must be able to enter this directory.
  await chmod(dir, 0o755);
  await writeFile(path.join(dir, OWNER_FILE), `${process.pid}\n`);
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      log,
      settings: THROWAWAY_SETTINGS,
      // A Ctrl-C ends a test run without its teardown; the server should go down with it.
      detached: false,
    });
    return {
      adminUrl: postgres.url,
      templateDatabase: TEMPLATE_DATABASE,
      stop: async () => {
        await postgres.stop();
        await removeDir();
      },
    };
  } catch (error) {
    await removeDir();
    throw error;
  }
}

/**
 * Stops and removes the test clusters of runs that were killed before their teardown (an aborted
 * `vitest run` skips it), so they do not pile up as running servers.
 */
async function removeAbandonedClusters(log: EmbeddedPostgresLog): Promise<void> {
  const entries = await readdir(os.tmpdir()).catch(() => []);
  for (const entry of entries.filter((name) => name.startsWith(TEMP_DIR_PREFIX))) {
    const dir = path.join(os.tmpdir(), entry);
    const owner = Number(await readFile(path.join(dir, OWNER_FILE), 'utf8').catch(() => NaN));
    try {
      const abandoned = Number.isInteger(owner) && owner > 0
        ? !(await isProcessAlive(owner))
        : Date.now() - (await stat(dir)).mtimeMs > UNOWNED_GRACE_MS;
      if (!abandoned) continue;
      await stopLeftoverServer(path.join(dir, 'pg'), log);
      await rm(dir, { recursive: true, force: true });
    } catch (error) {
      log.warn({ dir, err: error }, 'cannot remove an abandoned test PostgreSQL');
    }
  }
}
