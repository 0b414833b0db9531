import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { NOTIFICATION_VERSION, type Notification } from '../../notify/types.ts';
import { checkId } from '../validation.ts';
import { recordDeliveries } from './deliveries.ts';
import { notificationChannels, type NotificationDelivery } from './schema.ts';

/** A test message to one channel, delivered like any other (attempts, retries, dead letters). */
export async function sendTestNotification({ ctx, channelId }: { ctx: Ctx; channelId: string }): Promise<NotificationDelivery> {
  requireRole(ctx.caller, 'admin');
  checkId(channelId, 'channelId');
  return ctx.db.transaction(async (tx) => {
    const [channel] = await tx.select().from(notificationChannels).where(eq(notificationChannels.id, channelId));
    if (!channel) throw new NotFoundError('Notification channel', channelId);
    const message: Notification = {
      version: NOTIFICATION_VERSION,
      event: 'test',
      title: `Test notification for ${channel.name}`,
      summary: 'Tidemark can reach this channel. Notifications about changed configurations and failing devices arrive here like this one.',
      occurredAt: new Date().toISOString(),
      rule: null,
      run: null,
      devices: [],
      moreDevices: 0,
      diff: null,
    };
    const [delivery] = await recordDeliveries(tx, [{ idempotencyKey: `test:${channelId}:${crypto.randomUUID()}`, ruleId: null, channelId, runId: null, event: 'test', message, notBefore: null }]);
    await recordAudit(tx, ctx.caller, { action: 'send-test-notification', targetType: 'notification-channel', targetId: channelId, details: { deliveryId: delivery.id } });
    return delivery;
  });
}
