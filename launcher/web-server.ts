/**
 * The web server: one Node HTTP server on one port. `/api/graphql` goes to Apollo Server,
 * WebSocket upgrades on `/api/graphql` to graphql-ws, the REST routes to their handlers, and
 * everything else to Next.js (unless `ui` is off, as in tests and benchmarks).
 */
import http from 'node:http';
import type { LoginThrottlePolicy } from '../db/auth/login-throttle.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { ContextDeps } from '../graphql/context.ts';
import { createGraphQLHandler } from '../graphql/http.ts';
import { handleRestRoute } from '../graphql/rest-routes.ts';
import { RunEventHub } from '../graphql/runs/run-event-hub.ts';
import { ChangeHub } from '../graphql/changes/change-hub.ts';
import { buildSchema } from '../graphql/schema.ts';
import { createSubscriptionServer } from '../graphql/ws.ts';
import type { Env } from '../infra/env.ts';
import type { Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { projectRoot } from '../infra/project-root.ts';
import { applySecurityHeaders } from './security-headers.ts';

export interface WebServerOptions {
  db: DatabaseHandle;
  keyring: Keyring;
  log: Logger;
  env: Pick<Env, 'dataDir' | 'TIDEMARK_SECURE_COOKIES'> & Partial<Pick<Env, 'TIDEMARK_ALLOWED_ORIGINS' | 'TIDEMARK_TRUST_PROXY' | 'repositoryRoots' | 'TIDEMARK_INTROSPECTION'>>;
  host: string;
  port: number;
  /** Serve the Next.js UI too; API-only servers (tests) skip it. */
  ui: boolean;
  /** Login throttling; the defaults unless a test needs a faster schedule. */
  loginThrottle?: LoginThrottlePolicy;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The request's path, or null when its target is not a URL (`GET //`): thrown here, that would end the process. */
function requestPath(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log.child({ component: 'web' });
  const runEvents = new RunEventHub(options.db.db, options.db.sql, log);
  const changes = new ChangeHub(options.db.db, options.db.sql, log);
  const deps: ContextDeps = {
    db: options.db.db,
    runEvents,
    changes,
    keyring: options.keyring,
    log,
    settings: {
      dataDir: options.env.dataDir,
      secureCookies: options.env.TIDEMARK_SECURE_COOKIES,
      trustProxy: options.env.TIDEMARK_TRUST_PROXY,
      loginThrottle: options.loginThrottle,
      repositoryRoots: options.env.repositoryRoots,
      introspection: options.env.TIDEMARK_INTROSPECTION,
    },
  };
  const schema = buildSchema();
  const graphql = await createGraphQLHandler(schema, deps);
  const subscriptions = createSubscriptionServer(schema, deps, { allowedOrigins: options.env.TIDEMARK_ALLOWED_ORIGINS });

  let nextHandle: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  if (options.ui) {
    // Loaded only when serving the UI: Next.js is most of an API-only process's start time.
    const { default: next } = await import('next');
    const app = next({ dev: false, dir: projectRoot, hostname: options.host, port: options.port, quiet: true });
    await app.prepare();
    nextHandle = app.getRequestHandler();
  }

  const server = http.createServer((req, res) => {
    const pathname = requestPath(req.url);
    applySecurityHeaders(req, res, pathname === null || pathname === '/api' || pathname.startsWith('/api/') ? 'api' : 'page');
    if (pathname === null) {
      res.statusCode = 400;
      res.end('Bad request');
      return;
    }
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
    if (requestPath(req.url) !== '/api/graphql') {
      socket.destroy();
      return;
    }
    subscriptions.handleUpgrade(req, socket, head);
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
        await changes.close();
        await subscriptions.close();
        // Requests still running get a moment to finish; then their connections are cut.
        const cut = setTimeout(() => server.closeAllConnections(), 3000);
        await closed;
        clearTimeout(cut);
        await graphql.stop();
      })()),
  };
}
