import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { MAX_DELIVERY_ATTEMPTS, queueDeliveryAttempt } from './deliveries.ts';
import { notificationDeliveries, type NotificationDelivery } from './schema.ts';

/** Sends a dead or failed delivery again now, with a fresh set of attempts; a sent or sending one is refused. */
export async function retryDelivery({ ctx, id }: { ctx: Ctx; id: string }): Promise<NotificationDelivery> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id)).for('update');
    if (!current) throw new NotFoundError('Notification delivery', id);
    if (current.status !== 'dead' && current.status !== 'failed') throw new ConflictError(`The delivery is ${current.status}; only failed and dead deliveries are retried`);
    const [delivery] = await tx
      .update(notificationDeliveries)
      .set({ status: 'pending', maxAttempts: current.attempts + MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null, updatedAt: new Date() })
      .where(eq(notificationDeliveries.id, id))
      .returning();
    await queueDeliveryAttempt(tx, id, null);
    await recordAudit(tx, ctx.caller, { action: 'retry-notification-delivery', targetType: 'notification-delivery', targetId: id, details: { attempts: current.attempts } });
    return delivery;
  });
}
