import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { channelKinds, type Notification, type NotificationEvent } from '../../notify/types.ts';
import { devices } from '../devices/schema.ts';
import { runs } from '../runs/schema.ts';

export const notificationChannelKindEnum = pgEnum('notification_channel_kind', channelKinds);

/** Which devices a rule is about; every list that is not empty must match. */
export interface NotificationFilter {
  tags?: string[];
  /** Location prefixes: "emea" covers "emea/ams1". */
  locations?: string[];
  platforms?: string[];
  deviceIds?: string[];
}

/** Local times "HH:MM" in an IANA time zone; from start to end, wrapping past midnight when end < start. */
export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

/** What a channel shows: everything that is not a secret (see channel-settings.ts). */
export interface ChannelSettings {
  /** Webhook, Slack, Teams: scheme and host only; the URL itself is sealed. */
  urlHost?: string;
  hasSigningSecret?: boolean;
  host?: string;
  port?: number;
  security?: 'starttls' | 'tls' | 'none';
  username?: string | null;
  hasPassword?: boolean;
  from?: string;
  to?: string[];
  caCertificate?: string | null;
}

/**
 * Secrets (webhook URLs, which carry their token, the signing secret, the SMTP password) are
 * sealed together as one JSON document under the purpose "notification-channel.secrets" and never
 * leave the database layer except towards the channel.
 */
export const notificationChannels = pgTable('notification_channels', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  kind: notificationChannelKindEnum('kind').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  settings: jsonb('settings').$type<ChannelSettings>().notNull().default({}),
  secretsSealed: text('secrets_sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const notificationRules = pgTable('notification_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  enabled: boolean('enabled').notNull().default(true),
  events: text('events').array().$type<NotificationEvent[]>().notNull(),
  /** device-failed: notify when a device has failed this many runs in a row (once per streak). */
  failedRuns: integer('failed_runs').notNull().default(3),
  /** device-stale: notify when a device has had no success for this many hours (once per episode). */
  staleHours: integer('stale_hours').notNull().default(24),
  /** run-finished: the run statuses that notify. */
  runStatuses: text('run_statuses').array().notNull().default(['partial', 'failed']),
  filter: jsonb('filter').$type<NotificationFilter>().notNull().default({}),
  quietHours: jsonb('quiet_hours').$type<QuietHours>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const notificationRuleChannels = pgTable(
  'notification_rule_channels',
  {
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => notificationRules.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => notificationChannels.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.channelId] }), index('notification_rule_channels_channel_idx').on(t.channelId)],
);

export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'dead'] as const;
export const deliveryStatusEnum = pgEnum('notification_delivery_status', deliveryStatuses);
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * One notification for one channel. `idempotencyKey` (rule, event, channel and the run or stale
 * check) is unique, so an event is recorded for a channel once however often it is derived;
 * `pending` → `sending` (attempt counted) → `sent`, or `failed` (waiting for the next attempt)
 * and finally `dead` (the dead-letter list).
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    ruleId: uuid('rule_id').references(() => notificationRules.id, { onDelete: 'set null' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => notificationChannels.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').references(() => runs.id, { onDelete: 'set null' }),
    event: text('event').$type<NotificationEvent>().notNull(),
    message: jsonb('message').$type<Notification>().notNull(),
    status: deliveryStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    /** When the next attempt is due: after a backoff, or when the rule's quiet hours end. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    sendingAt: timestamp('sending_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notification_deliveries_created_idx').on(t.createdAt), index('notification_deliveries_status_idx').on(t.status, t.createdAt)],
);

/** Devices a device-stale rule has reported, with the last success they were stale since: one notification per episode. */
export const notificationStaleDevices = pgTable(
  'notification_stale_devices',
  {
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => notificationRules.id, { onDelete: 'cascade' }),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'cascade' }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.deviceId] })],
);

export type NotificationChannel = typeof notificationChannels.$inferSelect;
export type NotificationRule = typeof notificationRules.$inferSelect;
export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;
