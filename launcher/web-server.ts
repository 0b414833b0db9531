/**
 * The web server: one Node HTTP server on one port. `/api/graphql` goes to Apollo Server,
 * WebSocket upgrades on `/api/graphql` to graphql-ws, the REST routes to their handlers, and
 * everything else to Next.js (unless `ui` is off, as in tests and benchmarks).
 */
import http from 'node:http';
import next from 'next';
import type { DatabaseHandle } from '../db/client.ts';
import type { ContextDeps } from '../graphql/context.ts';
import { createGraphQLHandler } from '../graphql/http.ts';
import { handleRestRoute } from '../graphql/rest-routes.ts';
import { RunEventHub } from '../graphql/runs/run-event-hub.ts';
import { buildSchema } from '../graphql/schema.ts';
import { createSubscriptionServer } from '../graphql/ws.ts';
import type { Env } from '../infra/env.ts';
import type { Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { projectRoot } from '../infra/project-root.ts';

export interface WebServerOptions {
  db: DatabaseHandle;
  keyring: Keyring;
  log: Logger;
  env: Pick<Env, 'dataDir' | 'TIDEMARK_SECURE_COOKIES'>;
  host: string;
  port: number;
  /** Serve the Next.js UI too; API-only servers (tests) skip it. */
  ui: boolean;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log.child({ component: 'web' });
  const runEvents = new RunEventHub(options.db.db, options.db.sql, log);
  const deps: ContextDeps = {
    db: options.db.db,
    runEvents,
    keyring: options.keyring,
    log,
    settings: { dataDir: options.env.dataDir, secureCookies: options.env.TIDEMARK_SECURE_COOKIES },
  };
  const schema = buildSchema();
  const graphql = await createGraphQLHandler(schema, deps);
  const subscriptions = createSubscriptionServer(schema, deps);

  let nextHandle: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  if (options.ui) {
    const app = next({ dev: false, dir: projectRoot, hostname: options.host, port: options.port, quiet: true });
    await app.prepare();
    nextHandle = app.getRequestHandler();
  }

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const respond = async () => {
      if (pathname === '/api/graphql') return graphql.handle(req, res);
      if (await handleRestRoute(deps, req, res, pathname)) return;
      if (nextHandle) return nextHandle(req, res);
      res.statusCode = 404;
      res.end('Not found');
    };
    respond().catch((err) => {
      log.error({ err, url: req.url }, 'request failed');
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/api/graphql') {
      socket.destroy();
      return;
    }
    subscriptions.wss.handleUpgrade(req, socket, head, (ws) => subscriptions.wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '127.0.0.1' || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await runEvents.close();
        await subscriptions.close();
        // Requests still running get a moment to finish; then their connections are cut.
        const cut = setTimeout(() => server.closeAllConnections(), 3000);
        await closed;
        clearTimeout(cut);
        await graphql.stop();
      })()),
  };
}
