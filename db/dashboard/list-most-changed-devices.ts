import { and, count, desc, eq, gte, max } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';
import { hasEarlierBackup } from '../changes/first-backup.ts';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { credentialSetIdsColumn, type DeviceView } from '../devices/view.ts';
import { ValidationError } from '../../infra/errors.ts';

export interface DeviceChanges {
  device: DeviceView;
  changes: number;
  lastChangedAt: Date;
}

/** The devices with the most changed backups since `since`, most first; an artifact's first backup is no change. */
export async function listMostChangedDevices({ ctx, input }: { ctx: Ctx; input: { since: Date; first?: number | null } }): Promise<DeviceChanges[]> {
  requireRole(ctx.caller, 'viewer');
  const first = input.first ?? 10;
  if (!Number.isInteger(first) || first < 0 || first > 100) throw new ValidationError('first: must be between 0 and 100', { field: 'first' });
  const changes = count();
  const rows = await ctx.db
    .select({ device: devices, credentialSetIds: credentialSetIdsColumn, changes, lastChangedAt: max(backups.createdAt) })
    .from(backups)
    .innerJoin(devices, eq(devices.id, backups.deviceId))
    .where(and(eq(backups.changed, true), gte(backups.createdAt, input.since), hasEarlierBackup()))
    .groupBy(devices.id)
    .orderBy(desc(changes), desc(max(backups.createdAt)), devices.name)
    .limit(first);
  return rows.map((row) => ({
    device: { ...row.device, credentialSetIds: row.credentialSetIds },
    changes: row.changes,
    lastChangedAt: row.lastChangedAt!,
  }));
}
