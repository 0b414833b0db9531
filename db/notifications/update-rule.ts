import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { checkId, isUniqueViolation, parseInput } from '../validation.ts';
import { updateRuleInput, type UpdateRuleInput } from './rule-input.ts';
import { checkChannels, checkPlatforms, checkQuietHours, setRuleChannels, withChannelIds, type RuleView } from './rule-view.ts';
import { notificationRules } from './schema.ts';

export async function updateNotificationRule({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateRuleInput }): Promise<RuleView> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const { channelIds, ...data } = parseInput(updateRuleInput, input);
  checkPlatforms(data.filter?.platforms);
  const quietHours = checkQuietHours(data.quietHours);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [current] = await tx.select().from(notificationRules).where(eq(notificationRules.id, id)).for('update');
      if (!current) throw new NotFoundError('Notification rule', id);
      const [rule] = await tx
        .update(notificationRules)
        .set({ ...data, ...(data.events ? { events: [...new Set(data.events)] } : {}), ...(quietHours !== undefined ? { quietHours } : {}), updatedAt: new Date() })
        .where(eq(notificationRules.id, id))
        .returning();
      if (channelIds) {
        await checkChannels(tx, channelIds);
        await setRuleChannels(tx, id, channelIds);
      }
      await recordAudit(tx, ctx.caller, { action: 'update-notification-rule', targetType: 'notification-rule', targetId: id, details: { changed: Object.keys(input) } });
      const [view] = await withChannelIds(tx, [rule]);
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: a rule named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
