import { asc, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { toChannelView, type ChannelView } from './channel-view.ts';
import { notificationChannels } from './schema.ts';

export const MAX_CHANNELS = 200;

export async function listNotificationChannels({ ctx }: { ctx: Ctx }): Promise<ChannelView[]> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db.select().from(notificationChannels).orderBy(asc(notificationChannels.name)).limit(MAX_CHANNELS);
  return rows.map(toChannelView);
}

export async function getNotificationChannels({ ctx, ids }: { ctx: Ctx; ids: string[] }): Promise<ChannelView[]> {
  requireRole(ctx.caller, 'viewer');
  if (ids.length === 0) return [];
  const rows = await ctx.db.select().from(notificationChannels).where(inArray(notificationChannels.id, ids)).orderBy(asc(notificationChannels.name));
  return rows.map(toChannelView);
}
