/**
 * The demo's notifications: a Slack channel and an email channel aimed at the demo inbox
 * (lab/notification-sink.ts), and a rule that sends them changed configurations (with the diff)
 * and devices that failed three runs in a row. The inbox's ports, Slack token and SMTP password
 * are new on every start, so existing channels are pointed at them by name; an existing rule is
 * left as the user made it.
 */
import type { NotificationSink } from './notification-sink.ts';

export const DEMO_NOTIFICATIONS = {
  slackChannel: 'demo-slack',
  emailChannel: 'demo-email',
  rule: 'demo',
  events: ['CONFIG_CHANGED', 'DEVICE_FAILED'],
  failedRuns: 3,
  from: 'tidemark@demo.example',
  to: ['noc@demo.example'],
};

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

async function ensureChannel(api: Api, channels: { id: string; name: string }[], name: string, create: Record<string, unknown>, update: Record<string, unknown>): Promise<string> {
  const existing = channels.find((channel) => channel.name === name);
  if (existing) {
    await api(`mutation($id: ID!, $input: UpdateNotificationChannelInput!) { updateNotificationChannel(id: $id, input: $input) { id } }`, {
      id: existing.id,
      input: { enabled: true, ...update },
    });
    return existing.id;
  }
  const created = await api<{ createNotificationChannel: { id: string } }>(
    `mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { id } }`,
    { input: { name, ...create } },
  );
  return created.createNotificationChannel.id;
}

/** Registers (or re-aims) the two channels and adds the rule when it is missing. */
export async function ensureDemoNotifications(api: Api, sink: NotificationSink): Promise<{ ruleCreated: boolean }> {
  const { notificationChannels } = await api<{ notificationChannels: { id: string; name: string }[] }>(`{ notificationChannels { id name } }`);
  const slackId = await ensureChannel(api, notificationChannels, DEMO_NOTIFICATIONS.slackChannel, { kind: 'SLACK', url: sink.slackUrl }, { url: sink.slackUrl });
  const email = {
    host: sink.smtp.host,
    port: sink.smtp.port,
    security: 'STARTTLS',
    username: sink.smtp.username,
    password: sink.smtp.password,
    from: DEMO_NOTIFICATIONS.from,
    to: DEMO_NOTIFICATIONS.to,
    caCertificate: sink.smtp.certificate,
  };
  const emailId = await ensureChannel(api, notificationChannels, DEMO_NOTIFICATIONS.emailChannel, { kind: 'EMAIL', email }, { email });

  const { notificationRules } = await api<{ notificationRules: { id: string; name: string }[] }>(`{ notificationRules { id name } }`);
  if (notificationRules.some((rule) => rule.name === DEMO_NOTIFICATIONS.rule)) return { ruleCreated: false };
  await api(`mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`, {
    input: { name: DEMO_NOTIFICATIONS.rule, events: DEMO_NOTIFICATIONS.events, failedRuns: DEMO_NOTIFICATIONS.failedRuns, channelIds: [slackId, emailId] },
  });
  return { ruleCreated: true };
}
