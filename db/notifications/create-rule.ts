import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { createRuleInput, type CreateRuleInput } from './rule-input.ts';
import { checkChannels, checkPlatforms, checkQuietHours, setRuleChannels, type RuleView } from './rule-view.ts';
import { notificationRules } from './schema.ts';

export async function createNotificationRule({ ctx, input }: { ctx: Ctx; input: CreateRuleInput }): Promise<RuleView> {
  requireRole(ctx.caller, 'admin');
  const { channelIds, ...data } = parseInput(createRuleInput, input);
  checkPlatforms(data.filter.platforms);
  const quietHours = checkQuietHours(data.quietHours) ?? null;
  try {
    return await ctx.db.transaction(async (tx) => {
      await checkChannels(tx, channelIds);
      const [rule] = await tx
        .insert(notificationRules)
        .values({ ...data, events: [...new Set(data.events)], quietHours })
        .returning();
      await setRuleChannels(tx, rule.id, channelIds);
      await recordAudit(tx, ctx.caller, { action: 'create-notification-rule', targetType: 'notification-rule', targetId: rule.id, details: { name: rule.name, events: rule.events, channelIds } });
      return { ...rule, channelIds: [...new Set(channelIds)] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: a rule named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
