import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { eq, sql } from 'drizzle-orm';
import { getBackups } from '../db/backups/list-backups.ts';
import { openBackup, readBackupText } from '../db/backups/read-backup.ts';
import { devices } from '../db/devices/schema.ts';
import { AppError } from '../infra/errors.ts';
import { countLiveWorkers } from '../db/workers/heartbeats.ts';
import { proofOf } from '../plugins/proof.ts';
import { listBackupMethods } from '../plugins/registry.ts';
import { buildContext, type ContextDeps } from './context.ts';
import { exportDevicesRoute } from './devices/devices-csv-route.ts';
import { version } from './version.ts';
import { readMetrics } from '../db/metrics/read-metrics.ts';
import { PROMETHEUS_CONTENT_TYPE, renderPrometheus } from './metrics/prometheus.ts';

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
    listBackupMethods().map((m) => {
      const proof = proofOf(m.key);
      return {
        key: m.key,
        friendly_name: m.friendlyName,
        description: m.description,
        is_binary: m.isBinary,
        platform: m.platform,
        transport: m.transport,
        artifacts: m.artifacts,
        proof: {
          recordings: proof.recordings.map((r) => ({ source: r.source, model: r.model, description: r.description, checks_secrets: r.checksSecrets })),
          cases: proof.cases,
          lab_persona: proof.labPersona,
          secrets_corpus: proof.secretsCorpus,
        },
      };
    }),
  );
}

/**
 * Prometheus metrics for a viewer (session or API token). `?devices=false` leaves out the one
 * series per device, the only one that grows with the fleet.
 */
async function metrics(deps: ContextDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ctx = await buildContext(deps, { headers: req.headers });
  if (ctx.caller.kind === 'anonymous') return sendJson(res, 401, { error: 'Log in or send an API token' });
  const perDevice = new URL(req.url ?? '/', 'http://x').searchParams.get('devices') !== 'false';
  const body = await renderPrometheus(await readMetrics({ ctx, input: { perDevice } }));
  res.statusCode = 200;
  res.setHeader('content-type', PROMETHEUS_CONTENT_TYPE);
  res.setHeader('cache-control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : body);
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** Parses "bytes=a-b", "bytes=a-" or "bytes=-n" against a size; null when absent or unsatisfiable. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return 'invalid';
  let start = match[1] ? Number(match[1]) : size - Number(match[2]);
  let end = match[1] && match[2] ? Number(match[2]) : size - 1;
  start = Math.max(0, start);
  end = Math.min(end, size - 1);
  return start > end || start >= size ? 'invalid' : { start, end };
}

/** Streams one stored version; text as .cfg/.txt (redacted like the API shows it), binary as .bin with Range support. */
async function downloadBackup(deps: ContextDeps, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const ctx = await buildContext(deps, { headers: req.headers });
  if (ctx.caller.kind === 'anonymous') return sendJson(res, 401, { error: 'Log in or send an API token' });
  try {
    const [backup] = await getBackups({ ctx, ids: [id] });
    if (!backup) return sendJson(res, 404, { error: 'No such backup' });
    const [device] = await ctx.db.select({ name: devices.name, backupMethod: devices.backupMethod }).from(devices).where(eq(devices.id, backup.deviceId));
    const stamp = backup.createdAt.toISOString().replace(/[:.]/g, '-');
    const base = safeName(`${device?.name ?? 'device'}-${backup.artifact}-${stamp}`);
    if (backup.isText) {
      const reveal = new URL(req.url ?? '/', 'http://x').searchParams.get('revealSecrets') === 'true';
      const { content } = await readBackupText({ ctx, id, revealSecrets: reveal });
      const extension = device?.backupMethod.startsWith('linux') ? 'txt' : 'cfg';
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${base}.${extension}"`);
      res.setHeader('content-length', Buffer.byteLength(content));
      res.end(req.method === 'HEAD' ? undefined : content);
      return;
    }
    const { version } = await openBackup({ ctx, id });
    const range = parseRange(req.headers.range, version.size);
    res.setHeader('content-type', 'application/octet-stream');
    res.setHeader('content-disposition', `attachment; filename="${base}.bin"`);
    res.setHeader('accept-ranges', 'bytes');
    if (range === 'invalid') {
      res.statusCode = 416;
      res.setHeader('content-range', `bytes */${version.size}`);
      res.end();
      return;
    }
    res.statusCode = range ? 206 : 200;
    if (range) res.setHeader('content-range', `bytes ${range.start}-${range.end}/${version.size}`);
    res.setHeader('content-length', range ? range.end - range.start + 1 : version.size);
    if (req.method === 'HEAD') return void res.end();
    await pipeline(version.stream(range ?? undefined), res);
  } catch (error) {
    if (error instanceof AppError) return sendJson(res, error.code === 'NOT_FOUND' ? 404 : error.code === 'FORBIDDEN' ? 403 : 400, { error: error.message });
    throw error;
  }
}

/** Returns true when it answered the request. */
export async function handleRestRoute(deps: ContextDeps, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname === '/api/health') {
    await health(deps, res);
    return true;
  }
  if (pathname === '/api/metrics') {
    await metrics(deps, req, res);
    return true;
  }
  if (pathname === '/api/devices.csv') {
    await exportDevicesRoute(deps, req, res);
    return true;
  }
  if (pathname === '/api/backup-methods') {
    await backupMethods(deps, req, res);
    return true;
  }
  const download = /^\/api\/backups\/([^/]+)\/download$/.exec(pathname);
  if (download) {
    await downloadBackup(deps, req, res, decodeURIComponent(download[1]));
    return true;
  }
  return false;
}
