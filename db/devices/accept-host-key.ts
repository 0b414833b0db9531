import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { hostKeyFingerprint } from './host-key.ts';
import { devices } from './schema.ts';
import { getDevice } from './get-device.ts';

/** Trusts the changed host key a device presented; backups of it fail with HOST_KEY_CHANGED until then. */
export async function acceptHostKey({ ctx, id }: { ctx: Ctx; id: string }) {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  await ctx.db.transaction(async (tx) => {
    const [device] = await tx.select().from(devices).where(eq(devices.id, id)).for('update');
    if (!device) throw new NotFoundError('Device', id);
    if (!device.pendingHostKey) throw new ConflictError('The device presented no new host key to accept');
    await tx.update(devices).set({ hostKey: device.pendingHostKey, pendingHostKey: null, updatedAt: new Date() }).where(eq(devices.id, id));
    await recordAudit(tx, ctx.caller, {
      action: 'accept-host-key',
      targetType: 'device',
      targetId: id,
      details: { from: hostKeyFingerprint(device.hostKey), to: hostKeyFingerprint(device.pendingHostKey) },
    });
  });
  return (await getDevice({ ctx, id }))!;
}
