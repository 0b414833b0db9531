import { z } from 'zod';
import { notificationEvents } from '../../notify/types.ts';

export const ruleEvents = notificationEvents.filter((event) => event !== 'test') as Exclude<(typeof notificationEvents)[number], 'test'>[];
/** Run statuses a run-finished rule may notify on. */
export const notifiableRunStatuses = ['succeeded', 'partial', 'failed', 'cancelled'] as const;

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');
const list = (item: z.ZodString, max = 100) => z.array(item.trim().min(1, 'must not be empty').max(200)).max(max, `takes at most ${max} entries`);

const fields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  enabled: z.boolean(),
  events: z.array(z.enum(ruleEvents)).min(1, 'needs at least one event').max(ruleEvents.length),
  failedRuns: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
  staleHours: z.number().int().min(1, 'must be at least 1').max(8760, 'must be at most 8760 (a year)'),
  runStatuses: z.array(z.enum(notifiableRunStatuses)).min(1, 'needs at least one status'),
  filter: z.object({
    tags: list(z.string()).optional(),
    locations: list(z.string()).optional(),
    platforms: list(z.string()).optional(),
    deviceIds: z.array(z.string().uuid('is not a device id')).max(1000, 'takes at most 1000 devices').optional(),
  }),
  /** null: no quiet hours. */
  quietHours: z.object({ start: localTime, end: localTime, timeZone: z.string() }).nullable(),
  channelIds: z.array(z.string().uuid('is not a channel id')).min(1, 'needs at least one channel').max(20, 'takes at most 20 channels'),
};

export const createRuleInput = z.object({
  ...fields,
  enabled: fields.enabled.default(true),
  failedRuns: fields.failedRuns.default(3),
  staleHours: fields.staleHours.default(24),
  runStatuses: fields.runStatuses.default(['partial', 'failed']),
  filter: fields.filter.default({}),
  quietHours: fields.quietHours.default(null),
});
export type CreateRuleInput = z.input<typeof createRuleInput>;

export const updateRuleInput = z.object(fields).partial();
export type UpdateRuleInput = z.input<typeof updateRuleInput>;
