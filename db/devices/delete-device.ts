import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { devices } from './schema.ts';
import { checkId } from '../validation.ts';

/** Removes the device from the inventory; files already stored in repositories stay. */
export async function deleteDevice({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(devices).where(eq(devices.id, id)).returning({ name: devices.name, host: devices.host });
    if (!row) throw new NotFoundError('Device', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-device', targetType: 'device', targetId: id, details: row });
    return true;
  });
}
