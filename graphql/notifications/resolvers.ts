import { createNotificationChannel } from '../../db/notifications/create-channel.ts';
import { createNotificationRule } from '../../db/notifications/create-rule.ts';
import { deleteNotificationChannel } from '../../db/notifications/delete-channel.ts';
import { deleteNotificationRule } from '../../db/notifications/delete-rule.ts';
import { listNotificationDeliveries } from '../../db/notifications/list-deliveries.ts';
import { getNotificationChannels, listNotificationChannels } from '../../db/notifications/list-channels.ts';
import { getNotificationRule, listNotificationRules } from '../../db/notifications/list-rules.ts';
import { retryDelivery } from '../../db/notifications/retry-delivery.ts';
import { deliveryStatuses } from '../../db/notifications/schema.ts';
import { sendTestNotification } from '../../db/notifications/send-test-notification.ts';
import { updateNotificationChannel } from '../../db/notifications/update-channel.ts';
import { updateNotificationRule } from '../../db/notifications/update-rule.ts';
import { channelKinds, notificationEvents } from '../../notify/types.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { withoutNulls } from '../input.ts';

/**
 * The verbs parse their input (zod) and refuse what the SDL cannot rule out (a TEST event in a
 * rule, a QUEUED run status, null inside email settings) with BAD_USER_INPUT naming the field; the
 * input is handed on and only its type narrowed.
 */
const verbInput = <T>(input: unknown): T => input as T;

export const notificationResolvers = {
  NotificationChannelKind: graphqlEnum(channelKinds),
  NotificationEvent: graphqlEnum(notificationEvents),
  NotificationDeliveryStatus: graphqlEnum(deliveryStatuses),
  SmtpSecurity: graphqlEnum(['starttls', 'tls', 'none'] as const),
  Query: {
    notificationChannels: (_, __, ctx) => listNotificationChannels({ ctx }),
    notificationRules: (_, __, ctx) => listNotificationRules({ ctx }),
    notificationDeliveries: (_, { first, offset, statuses, channelId }, ctx) =>
      listNotificationDeliveries({ ctx, input: { first: first ?? undefined, offset: offset ?? undefined, statuses: statuses ?? undefined, channelId: channelId ?? undefined } }),
  },
  Mutation: {
    createNotificationChannel: (_, { input }, ctx) => createNotificationChannel({ ctx, input: verbInput(withoutNulls(input)) }),
    updateNotificationChannel: (_, { id, input }, ctx) => {
      // null clears the signing secret and the password; elsewhere it means "leave as is".
      const { signingSecret, email, ...rest } = input;
      const emailInput = email ? { ...withoutNulls(email), ...(email.password !== undefined ? { password: email.password } : {}), ...(email.username !== undefined ? { username: email.username } : {}), ...(email.caCertificate !== undefined ? { caCertificate: email.caCertificate } : {}) } : undefined;
      return updateNotificationChannel({ ctx, id, input: { ...withoutNulls(rest), ...(signingSecret !== undefined ? { signingSecret } : {}), ...(emailInput ? { email: emailInput } : {}) } });
    },
    deleteNotificationChannel: (_, { id }, ctx) => deleteNotificationChannel({ ctx, id }),
    sendTestNotification: (_, { channelId }, ctx) => sendTestNotification({ ctx, channelId }),
    createNotificationRule: (_, { input }, ctx) => {
      const { filter, quietHours, ...rest } = input;
      return createNotificationRule({ ctx, input: verbInput({ ...withoutNulls(rest), filter: filter ? withoutNulls(filter) : undefined, quietHours: quietHours ? { ...quietHours, timeZone: quietHours.timeZone ?? 'UTC' } : null }) });
    },
    updateNotificationRule: (_, { id, input }, ctx) => {
      const { filter, quietHours, ...rest } = input;
      return updateNotificationRule({
        ctx,
        id,
        input: verbInput({ ...withoutNulls(rest), ...(filter ? { filter: withoutNulls(filter) } : {}), ...(quietHours !== undefined ? { quietHours: quietHours ? { ...quietHours, timeZone: quietHours.timeZone ?? 'UTC' } : null } : {}) }),
      });
    },
    deleteNotificationRule: (_, { id }, ctx) => deleteNotificationRule({ ctx, id }),
    retryDelivery: (_, { id }, ctx) => retryDelivery({ ctx, id }),
  },
  NotificationChannel: {
    hasSigningSecret: (channel) => channel.settings.hasSigningSecret ?? false,
    email: (channel) => {
      const s = channel.settings;
      if (channel.kind !== 'email') return null;
      return { host: s.host!, port: s.port!, security: s.security ?? 'starttls', username: s.username ?? null, hasPassword: s.hasPassword ?? false, from: s.from!, to: s.to ?? [], caCertificate: s.caCertificate ?? null };
    },
  },
  NotificationRule: {
    filter: (rule) => ({ tags: rule.filter.tags ?? [], locations: rule.filter.locations ?? [], platforms: rule.filter.platforms ?? [], deviceIds: rule.filter.deviceIds ?? [] }),
    runStatuses: (rule) => rule.runStatuses as never,
    channels: (rule, _, ctx) => getNotificationChannels({ ctx, ids: rule.channelIds }),
  },
  NotificationDelivery: {
    rule: (delivery, _, ctx) => (delivery.ruleId ? getNotificationRule({ ctx, id: delivery.ruleId }) : null),
    channel: async (delivery, _, ctx) => (await getNotificationChannels({ ctx, ids: [delivery.channelId] }))[0],
    run: async (delivery, _, ctx) => (delivery.runId ? ((await ctx.loaders.run(delivery.runId)) ?? null) : null),
    title: (delivery) => delivery.message.title,
    summary: (delivery) => delivery.message.summary,
  },
} satisfies Resolvers;
