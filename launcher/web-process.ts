/**
 * `tidemark web`, which `tidemark start` runs as a child process (child-process.ts): the web server
 * only, over the DATABASE_URL the launcher gives it, until SIGTERM or until the launcher is gone.
 */
import { connectDatabase } from '../db/client.ts';
import type { Env } from '../infra/env.ts';
import { createKeyring, loadMasterKey } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { announceReady, stopWithLauncher } from './child-process.ts';
import { onShutdown } from './shutdown.ts';
import { startWebServer, type WebServer } from './web-server.ts';

/** Connections for requests, subscriptions and the run-event LISTEN. */
const WEB_POOL_SIZE = 20;

export async function runWebProcess(env: Env, log: Logger): Promise<void> {
  if (!env.DATABASE_URL) throw new Error('tidemark web is started by tidemark start, which gives it DATABASE_URL');
  const keyring = createKeyring(loadMasterKey({ secretKey: env.TIDEMARK_SECRET_KEY, dataDir: env.dataDir }));
  const handle = connectDatabase(env.DATABASE_URL, { max: WEB_POOL_SIZE, applicationName: 'tidemark-web' });
  let web: WebServer | null = null;
  const stop = onShutdown(log, async () => {
    await web?.close();
    await handle.close();
  });
  stopWithLauncher(stop);
  try {
    web = await startWebServer({
      db: handle,
      keyring,
      log,
      env,
      host: env.HOST,
      port: env.PORT,
      ui: env.TIDEMARK_UI,
    });
  } catch (error) {
    await handle.close();
    throw error;
  }
  announceReady({ url: web.url });
}
