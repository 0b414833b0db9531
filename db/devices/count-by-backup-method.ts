import { count, isNull } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from './schema.ts';

/** How many devices (retired ones aside) use each backup method, with one grouped statement. */
export async function countDevicesByBackupMethod({ ctx }: { ctx: Ctx }): Promise<Map<string, number>> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db
    .select({ backupMethod: devices.backupMethod, total: count() })
    .from(devices)
    .where(isNull(devices.retiredAt))
    .groupBy(devices.backupMethod);
  return new Map(rows.map((row) => [row.backupMethod, row.total]));
}
