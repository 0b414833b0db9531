/** Sends one notification to one channel; throws a NotifyError when it did not go through. */
import { sendEmail } from './email.ts';
import { postJson } from './http.ts';
import { slackPayload } from './slack.ts';
import { teamsPayload } from './teams.ts';
import type { ChannelTarget, Notification, SendOptions } from './types.ts';
import { sendWebhook } from './webhook.ts';

export * from './types.ts';

export async function sendNotification(target: ChannelTarget, message: Notification, options: SendOptions): Promise<void> {
  switch (target.kind) {
    case 'webhook':
      return sendWebhook(target, message, options);
    case 'slack':
      return postJson(target.url, JSON.stringify(slackPayload(message)), { 'idempotency-key': options.deliveryId }, options);
    case 'teams':
      return postJson(target.url, JSON.stringify(teamsPayload(message)), { 'idempotency-key': options.deliveryId }, options);
    case 'email':
      return sendEmail(target, message, options);
  }
}
