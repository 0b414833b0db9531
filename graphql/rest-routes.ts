import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import { countLiveWorkers } from '../db/workers/heartbeats.ts';
import { listBackupMethods } from '../plugins/registry.ts';
import { buildContext, type ContextDeps } from './context.ts';
import { version } from './version.ts';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Database and worker status; 503 when the database does not answer. No login needed, no secrets shown. */
async function health(deps: ContextDeps, res: ServerResponse): Promise<void> {
  const started = performance.now();
  try {
    await deps.db.execute(sql`select 1`);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const workers = await countLiveWorkers(deps.db);
    sendJson(res, 200, {
      status: workers.count > 0 ? 'ok' : 'degraded',
      version,
      database: { ok: true, latencyMs },
      worker: { ok: workers.count > 0, count: workers.count, lastSeenAt: workers.lastSeenAt },
    });
  } catch (err) {
    deps.log.error({ err }, 'health check: database unreachable');
    sendJson(res, 503, { status: 'down', version, database: { ok: false }, worker: { ok: false, count: 0, lastSeenAt: null } });
  }
}

/** The backup methods in the snake_case shape scripts written for other tools expect. */
async function backupMethods(deps: ContextDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ctx = await buildContext(deps, { headers: req.headers });
  if (ctx.caller.kind === 'anonymous') return sendJson(res, 401, { error: 'Log in or send an API token' });
  sendJson(
    res,
    200,
    listBackupMethods().map((m) => ({ key: m.key, friendly_name: m.friendlyName, description: m.description, is_binary: m.isBinary })),
  );
}

/** Returns true when it answered the request. */
export async function handleRestRoute(deps: ContextDeps, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname === '/api/health') {
    await health(deps, res);
    return true;
  }
  if (pathname === '/api/backup-methods') {
    await backupMethods(deps, req, res);
    return true;
  }
  return false;
}
