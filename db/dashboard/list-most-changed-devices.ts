import { and, desc, eq, gte, inArray, max, sql } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { credentialSetIdsColumn, type DeviceView } from '../devices/view.ts';
import { ValidationError } from '../../infra/errors.ts';

export interface DeviceChanges {
  device: DeviceView;
  changes: number;
  lastChangedAt: Date;
}

/**
 * The devices with the most changed backups since `since`, most first; an artifact's first backup
 * is no change. The real changes are counted per device from backups_real_changes_idx alone, and
 * only the devices that can be shown are read.
 */
export async function listMostChangedDevices({ ctx, input }: { ctx: Ctx; input: { since: Date; first?: number | null } }): Promise<DeviceChanges[]> {
  requireRole(ctx.caller, 'viewer');
  const first = input.first ?? 10;
  if (!Number.isInteger(first) || first < 0 || first > 100) throw new ValidationError('first: must be between 0 and 100', { field: 'first' });
  if (first === 0) return [];
  const perDevice = ctx.db.$with('per_device').as(
    ctx.db
      .select({ deviceId: backups.deviceId, changes: sql<number>`count(*)::int`.as('changes'), lastChangedAt: max(backups.createdAt).as('last_changed_at') })
      .from(backups)
      .where(and(eq(backups.changed, true), eq(backups.initial, false), gte(backups.createdAt, input.since)))
      .groupBy(backups.deviceId),
  );
  // The `first`-th device by changes and last change: only devices ranked with it or above it (ties
  // included) need their names, for the last tie-break, instead of every device that changed.
  const cutoff = ctx.db.$with('cutoff').as(
    ctx.db
      .select({ changes: perDevice.changes, lastChangedAt: perDevice.lastChangedAt })
      .from(perDevice)
      .orderBy(desc(perDevice.changes), desc(perDevice.lastChangedAt))
      .limit(1)
      .offset(first - 1),
  );
  // The name is looked up per row left by the cutoff (a probe of the primary key each), not joined:
  // a join would read every device's name. Every backup's device exists (the foreign key cascades).
  const top = await ctx.db
    .with(perDevice, cutoff)
    .select({ deviceId: perDevice.deviceId, changes: perDevice.changes, lastChangedAt: perDevice.lastChangedAt })
    .from(perDevice)
    .where(
      sql`not exists (select 1 from ${cutoff}) or (${perDevice.changes}, ${perDevice.lastChangedAt}) >= (select ${cutoff.changes}, ${cutoff.lastChangedAt} from ${cutoff})`,
    )
    .orderBy(desc(perDevice.changes), desc(perDevice.lastChangedAt), sql`(select ${devices.name} from ${devices} where ${devices.id} = ${perDevice.deviceId})`)
    .limit(first);
  if (top.length === 0) return [];
  const rows = await ctx.db
    .select({ device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(devices)
    .where(inArray(devices.id, top.map((row) => row.deviceId)));
  const byId = new Map(rows.map((row) => [row.device.id, { ...row.device, credentialSetIds: row.credentialSetIds }]));
  // A device deleted between the two reads is left out, as it would be from one read.
  return top.flatMap((row) => {
    const device = byId.get(row.deviceId);
    return device ? [{ device, changes: row.changes, lastChangedAt: row.lastChangedAt! }] : [];
  });
}
