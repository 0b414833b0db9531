import { asc, eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { withChannelIds, type RuleView } from './rule-view.ts';
import { notificationRules } from './schema.ts';

export const MAX_RULES = 200;

export async function listNotificationRules({ ctx }: { ctx: Ctx }): Promise<RuleView[]> {
  requireRole(ctx.caller, 'viewer');
  const rules = await ctx.db.select().from(notificationRules).orderBy(asc(notificationRules.name)).limit(MAX_RULES);
  return withChannelIds(ctx.db, rules);
}

export async function getNotificationRule({ ctx, id }: { ctx: Ctx; id: string }): Promise<RuleView | null> {
  requireRole(ctx.caller, 'viewer');
  const [rule] = await ctx.db.select().from(notificationRules).where(eq(notificationRules.id, id));
  return rule ? (await withChannelIds(ctx.db, [rule]))[0] : null;
}
