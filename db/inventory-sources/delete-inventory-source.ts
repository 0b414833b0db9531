import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { inventorySources } from './schema.ts';

/** The source's devices stay, as devices managed here: their fields become editable. */
export async function deleteInventorySource({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const released = await tx
      .update(devices)
      .set({ sourceId: null, sourceDeviceId: null, updatedAt: new Date() })
      .where(eq(devices.sourceId, id))
      .returning({ id: devices.id });
    const [row] = await tx.delete(inventorySources).where(eq(inventorySources.id, id)).returning();
    if (!row) throw new NotFoundError('Inventory source', id);
    await recordAudit(tx, ctx.caller, {
      action: 'delete-inventory-source',
      targetType: 'inventory-source',
      targetId: id,
      details: { name: row.name, devicesReleased: released.length },
    });
    return true;
  });
}
