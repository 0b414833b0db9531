import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { deviceQueryOf, readDeviceListAddress } from '../../db/devices/device-list-address.ts';
import { selectionCondition, type DeviceSelection } from '../../db/devices/device-selection.ts';
import { exportDevicesCsv } from '../../db/devices/export-devices-csv.ts';
import { AppError } from '../../infra/errors.ts';
import { buildContext, type ContextDeps } from '../context.ts';

function sendError(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ error: message }));
}

/**
 * `GET /api/devices.csv`: the devices the device list's address selects (`q`, `method`, `status`,
 * `hours`, `tag`, `location`, `state`), or `ids=a,b,c`, as CSV that `importDevices` reads back.
 * Streamed a thousand rows at a time; any signed-in caller (viewer) may export.
 */
export async function exportDevicesRoute(deps: ContextDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ctx = await buildContext(deps, { headers: req.headers });
  if (ctx.caller.kind === 'anonymous') return sendError(res, 401, 'Log in or send an API token');
  const params = new URL(req.url ?? '/', 'http://x').searchParams;
  const ids = params.get('ids');
  const selection: DeviceSelection = ids !== null ? { ids: ids.split(',').filter(Boolean) } : deviceQueryOf(readDeviceListAddress(params));
  try {
    selectionCondition(selection);
  } catch (error) {
    if (error instanceof AppError) return sendError(res, 400, error.message);
    throw error;
  }
  const day = new Date().toISOString().slice(0, 10);
  res.statusCode = 200;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="tidemark-devices-${day}.csv"`);
  res.setHeader('cache-control', 'no-store');
  if (req.method === 'HEAD') return void res.end();
  await pipeline(Readable.from(exportDevicesCsv({ ctx, selection })), res);
}
