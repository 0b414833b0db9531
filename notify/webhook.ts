/**
 * The generic webhook: a POST of the notification as JSON, version 1 (see README,
 * "Notifications"). Headers:
 * - `Idempotency-Key` and `X-Tidemark-Delivery`: the delivery id, the same on every attempt, so
 *   a receiver can drop a repeat;
 * - `X-Tidemark-Event`: the event;
 * - `X-Tidemark-Timestamp`: Unix seconds when this attempt was signed;
 * - `X-Tidemark-Signature`: `sha256=` and the hex HMAC-SHA256, keyed with the channel's signing
 *   secret, of `<timestamp>.<body>`; absent when the channel has no secret.
 */
import crypto from 'node:crypto';
import { postJson } from './http.ts';
import type { Notification, SendOptions } from './types.ts';

export function webhookBody(message: Notification, deliveryId: string): string {
  return JSON.stringify({ ...message, deliveryId });
}

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute the signature and compare in constant time. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export async function sendWebhook(target: { url: string; signingSecret: string | null }, message: Notification, options: SendOptions): Promise<void> {
  const body = webhookBody(message, options.deliveryId);
  const timestamp = String(Math.floor((options.now ?? new Date()).getTime() / 1000));
  const headers: Record<string, string> = {
    'idempotency-key': options.deliveryId,
    'x-tidemark-delivery': options.deliveryId,
    'x-tidemark-event': message.event,
    'x-tidemark-timestamp': timestamp,
  };
  if (target.signingSecret) headers['x-tidemark-signature'] = signWebhook(target.signingSecret, timestamp, body);
  await postJson(target.url, body, headers, options);
}
