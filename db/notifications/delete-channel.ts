import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { notificationChannels } from './schema.ts';

/** Its deliveries go with it; rules that used it keep their other channels. */
export async function deleteNotificationChannel({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(notificationChannels).where(eq(notificationChannels.id, id)).returning();
    if (!row) throw new NotFoundError('Notification channel', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-notification-channel', targetType: 'notification-channel', targetId: id, details: { name: row.name, kind: row.kind } });
    return true;
  });
}
