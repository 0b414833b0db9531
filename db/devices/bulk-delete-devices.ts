import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { sqlArray } from '../sql-lists.ts';
import { auditedDevices, lockSelectedDevices, NAMED_DEVICES, type DeviceSelection } from './device-selection.ts';
import { devices } from './schema.ts';

/**
 * Removes the selected devices in one transaction, like `deleteDevice` one by one: their history
 * goes with them, files already stored in repositories stay.
 */
export async function bulkDeleteDevices({ ctx, selection }: { ctx: Ctx; selection: DeviceSelection }): Promise<{ count: number }> {
  requireRole(ctx.caller, 'operator');
  return ctx.db.transaction(async (tx) => {
    const rows = await lockSelectedDevices(tx, selection);
    if (rows.length === 0) return { count: 0 };
    await tx.delete(devices).where(sql`${devices.id} = any(${sqlArray(
      rows.map((row) => row.id),
      'uuid',
    )})`);
    await recordAudit(tx, ctx.caller, {
      action: 'bulk-delete-devices',
      targetType: 'device',
      details: { ...auditedDevices(rows), names: rows.slice(0, NAMED_DEVICES).map((row) => row.name) },
    });
    return { count: rows.length };
  });
}
