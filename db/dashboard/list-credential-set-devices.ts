import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { deviceCredentialSets, devices } from '../devices/schema.ts';
import { credentialSetIdsColumn, type DeviceView } from '../devices/view.ts';

/** The devices that use each credential set, by name: `first` of them after the first `offset`, in one query for all the sets. */
export async function listCredentialSetDevices({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { credentialSetIds: readonly string[]; first: number; offset: number };
}): Promise<Map<string, DeviceView[]>> {
  requireRole(ctx.caller, 'viewer');
  const result = new Map<string, DeviceView[]>();
  if (input.credentialSetIds.length === 0 || input.first === 0) return result;
  const ranked = ctx.db
    .select({
      setId: deviceCredentialSets.credentialSetId,
      deviceId: deviceCredentialSets.deviceId,
      rank: sql<number>`row_number() over (partition by ${deviceCredentialSets.credentialSetId} order by ${devices.name}, ${devices.id})`.as('rank'),
    })
    .from(deviceCredentialSets)
    .innerJoin(devices, eq(devices.id, deviceCredentialSets.deviceId))
    .where(inArray(deviceCredentialSets.credentialSetId, [...input.credentialSetIds]))
    .as('ranked');
  const rows = await ctx.db
    .select({ setId: ranked.setId, device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(ranked)
    .innerJoin(devices, eq(devices.id, ranked.deviceId))
    .where(and(gt(ranked.rank, input.offset), lte(ranked.rank, input.offset + input.first)))
    .orderBy(asc(ranked.setId), asc(ranked.rank));
  for (const row of rows) {
    const list = result.get(row.setId) ?? [];
    list.push({ ...row.device, credentialSetIds: row.credentialSetIds });
    result.set(row.setId, list);
  }
  return result;
}
