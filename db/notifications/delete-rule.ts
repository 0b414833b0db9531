import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { notificationRules } from './schema.ts';

/** Its deliveries stay in the list, without their rule. */
export async function deleteNotificationRule({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(notificationRules).where(eq(notificationRules.id, id)).returning();
    if (!row) throw new NotFoundError('Notification rule', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-notification-rule', targetType: 'notification-rule', targetId: id, details: { name: row.name } });
    return true;
  });
}
