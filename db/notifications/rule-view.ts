import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { ValidationError } from '../../infra/errors.ts';
import { checkTimeZone } from '../schedules/cron.ts';
import { listPlatforms } from '../../plugins/registry.ts';
import { notificationChannels, notificationRuleChannels, type NotificationRule, type QuietHours } from './schema.ts';

export interface RuleView extends NotificationRule {
  channelIds: string[];
}

export async function withChannelIds(tx: Tx, rules: NotificationRule[]): Promise<RuleView[]> {
  if (rules.length === 0) return [];
  const links = await tx
    .select({ ruleId: notificationRuleChannels.ruleId, channelId: notificationRuleChannels.channelId })
    .from(notificationRuleChannels)
    .innerJoin(notificationChannels, eq(notificationChannels.id, notificationRuleChannels.channelId))
    .where(inArray(notificationRuleChannels.ruleId, rules.map((r) => r.id)))
    .orderBy(asc(notificationChannels.name));
  return rules.map((rule) => ({ ...rule, channelIds: links.filter((l) => l.ruleId === rule.id).map((l) => l.channelId) }));
}

/** Every channel named must exist. */
export async function checkChannels(tx: Tx, channelIds: string[]): Promise<void> {
  const unique = [...new Set(channelIds)];
  const found = await tx.select({ id: notificationChannels.id }).from(notificationChannels).where(inArray(notificationChannels.id, unique));
  const missing = unique.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new ValidationError(`channelIds: no channel ${missing[0]}`, { field: 'channelIds' });
}

export async function setRuleChannels(tx: Tx, ruleId: string, channelIds: string[]): Promise<void> {
  await tx.delete(notificationRuleChannels).where(eq(notificationRuleChannels.ruleId, ruleId));
  await tx.insert(notificationRuleChannels).values([...new Set(channelIds)].map((channelId) => ({ ruleId, channelId })));
}

export function checkQuietHours(quiet: QuietHours | null | undefined): QuietHours | null | undefined {
  if (!quiet) return quiet;
  return { ...quiet, timeZone: checkTimeZone(quiet.timeZone, 'quietHours.timeZone') };
}

export function checkPlatforms(platforms: string[] | undefined): void {
  const known = new Set(listPlatforms().map((p) => p.id));
  const unknown = platforms?.find((p) => !known.has(p));
  if (unknown) throw new ValidationError(`filter.platforms: no platform "${unknown}"`, { field: 'filter.platforms' });
}
