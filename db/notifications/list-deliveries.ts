import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { notificationDeliveries, type DeliveryStatus, type NotificationDelivery } from './schema.ts';

export const MAX_DELIVERIES_PAGE = 200;

/** Newest first; `statuses` [dead] is the dead-letter list. */
export async function listNotificationDeliveries({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { first?: number; offset?: number; statuses?: DeliveryStatus[]; channelId?: string };
}): Promise<{ nodes: NotificationDelivery[]; totalCount: number }> {
  requireRole(ctx.caller, 'viewer');
  const first = input.first ?? 50;
  const offset = input.offset ?? 0;
  if (!Number.isInteger(first) || first < 0 || first > MAX_DELIVERIES_PAGE) throw new ValidationError(`first: must be between 0 and ${MAX_DELIVERIES_PAGE}`, { field: 'first' });
  if (!Number.isInteger(offset) || offset < 0) throw new ValidationError('offset: must be 0 or more', { field: 'offset' });
  const where: SQL[] = [];
  if (input.statuses?.length) where.push(inArray(notificationDeliveries.status, input.statuses));
  if (input.channelId) where.push(eq(notificationDeliveries.channelId, input.channelId));
  const condition = where.length ? and(...where) : undefined;
  const [nodes, [{ count }]] = await Promise.all([
    ctx.db.select().from(notificationDeliveries).where(condition).orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id)).limit(first).offset(offset),
    ctx.db.select({ count: sql<number>`count(*)::int` }).from(notificationDeliveries).where(condition),
  ]);
  return { nodes, totalCount: count };
}
