import { asc, eq, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { deviceCredentialSets, devices } from '../devices/schema.ts';
import { credentialSetIdsColumn, type DeviceView } from '../devices/view.ts';

/** The devices that use each credential set, by name. */
export async function listCredentialSetDevices({ ctx, input }: { ctx: Ctx; input: { credentialSetIds: readonly string[] } }): Promise<Map<string, DeviceView[]>> {
  requireRole(ctx.caller, 'viewer');
  const result = new Map<string, DeviceView[]>();
  if (input.credentialSetIds.length === 0) return result;
  const rows = await ctx.db
    .select({ setId: deviceCredentialSets.credentialSetId, device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(deviceCredentialSets)
    .innerJoin(devices, eq(devices.id, deviceCredentialSets.deviceId))
    .where(inArray(deviceCredentialSets.credentialSetId, [...input.credentialSetIds]))
    .orderBy(asc(devices.name));
  for (const row of rows) {
    const list = result.get(row.setId) ?? [];
    list.push({ ...row.device, credentialSetIds: row.credentialSetIds });
    result.set(row.setId, list);
  }
  return result;
}
