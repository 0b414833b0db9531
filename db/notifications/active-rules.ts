import { and, eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import type { NotificationEvent } from '../../notify/types.ts';
import { notificationChannels, notificationRuleChannels, notificationRules, type NotificationRule } from './schema.ts';

export interface ActiveRule {
  rule: NotificationRule;
  /** Its enabled channels. */
  channelIds: string[];
}

/** Enabled rules with at least one enabled channel, that listen to one of `events`. */
export async function listActiveRules(tx: Tx, events: NotificationEvent[]): Promise<ActiveRule[]> {
  const rows = await tx
    .select({ rule: notificationRules, channelId: notificationRuleChannels.channelId })
    .from(notificationRules)
    .innerJoin(notificationRuleChannels, eq(notificationRuleChannels.ruleId, notificationRules.id))
    .innerJoin(notificationChannels, and(eq(notificationChannels.id, notificationRuleChannels.channelId), eq(notificationChannels.enabled, true)))
    .where(eq(notificationRules.enabled, true));
  const byRule = new Map<string, ActiveRule>();
  for (const { rule, channelId } of rows) {
    if (!rule.events.some((event) => events.includes(event))) continue;
    const entry = byRule.get(rule.id) ?? { rule, channelIds: [] };
    entry.channelIds.push(channelId);
    byRule.set(rule.id, entry);
  }
  return [...byRule.values()].sort((a, b) => a.rule.name.localeCompare(b.rule.name));
}
