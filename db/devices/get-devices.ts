import { inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { devices } from './schema.ts';
import { credentialSetIdsColumn, type DeviceView } from './view.ts';

/** The devices with these ids, by id; ids of devices that do not exist are left out. */
export async function getDevices({ ctx, ids }: { ctx: Ctx; ids: readonly string[] }): Promise<Map<string, DeviceView>> {
  requireRole(ctx.caller, 'viewer');
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(devices)
    .where(inArray(devices.id, ids.map((id) => checkId(id))));
  return new Map(rows.map((row) => [row.device.id, { ...row.device, credentialSetIds: row.credentialSetIds }]));
}
