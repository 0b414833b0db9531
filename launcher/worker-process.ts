/**
 * `tidemark worker`: a worker only, against DATABASE_URL. `tidemark start` runs one as a child
 * process (child-process.ts); more machines run their own (README, "More worker machines").
 */
import { connectDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import type { Env } from '../infra/env.ts';
import { createKeyring, loadMasterKey } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { startWorker, type RunningWorker } from '../worker/run-worker.ts';
import { announceReady, stopWithLauncher } from './child-process.ts';
import { onShutdown } from './shutdown.ts';

function sshTimeouts(env: Env) {
  return { connectMs: env.TIDEMARK_SSH_CONNECT_TIMEOUT * 1000, commandMs: env.TIDEMARK_SSH_COMMAND_TIMEOUT * 1000 };
}

export async function runWorkerProcess(env: Env, log: Logger): Promise<void> {
  if (!env.DATABASE_URL) throw new Error('tidemark worker needs DATABASE_URL: the Postgres that `tidemark start` uses');
  const keyring = createKeyring(loadMasterKey({ secretKey: env.TIDEMARK_SECRET_KEY, dataDir: env.dataDir }));
  await migrateDatabase(env.DATABASE_URL, log);
  const handle = connectDatabase(env.DATABASE_URL, { max: env.TIDEMARK_WORKER_CONCURRENCY + 5, applicationName: 'tidemark-worker' });
  let worker: RunningWorker | null = null;
  const stop = onShutdown(log, async () => {
    await worker?.stop();
    await handle.close();
  });
  stopWithLauncher(stop);
  try {
    worker = await startWorker({
      db: handle.db,
      keyring,
      log: log.child({ component: 'worker' }),
      dataDir: env.dataDir,
      databaseUrl: env.DATABASE_URL,
      concurrency: env.TIDEMARK_WORKER_CONCURRENCY,
      goneAfterSeconds: env.TIDEMARK_WORKER_GONE_AFTER,
      timeouts: sshTimeouts(env),
    });
  } catch (error) {
    await handle.close();
    throw error;
  }
  log.info('worker running');
  announceReady();
}
