/**
 * A delivery's life, each step one transaction under the row's lock: recorded (once per
 * idempotency key, with its job) → `sending` (the attempt counted before anything goes out) →
 * `sent`, or `failed` with the next attempt queued after a backoff, or `dead` after the last
 * attempt or an answer that retrying cannot change. A worker that dies while sending leaves the
 * row `sending`; its job is handed to another worker, which counts a new attempt and sends again
 * with the same delivery id. So each event reaches each channel's row once, and the network at
 * least once: receivers drop repeats by the delivery id (`Idempotency-Key`, Message-ID).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { addJob } from '../jobs/add-job.ts';
import type { Notification, NotificationEvent } from '../../notify/types.ts';
import { notificationChannels, notificationDeliveries, type NotificationChannel, type NotificationDelivery } from './schema.ts';

/** Waits after the 1st … 4th failed attempt; the 5th is the last. */
export const DELIVERY_RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000] as const;
export const MAX_DELIVERY_ATTEMPTS = DELIVERY_RETRY_DELAYS_MS.length + 1;

export interface NewDelivery {
  idempotencyKey: string;
  ruleId: string | null;
  channelId: string;
  runId: string | null;
  event: NotificationEvent;
  message: Notification;
  /** Quiet hours: the first attempt waits until then. */
  notBefore: Date | null;
}

const jobKey = (deliveryId: string) => `deliver-notification:${deliveryId}`;

export async function queueDeliveryAttempt(tx: Tx, deliveryId: string, runAt: Date | null): Promise<void> {
  // The job's own retries cover a database that fails while recording; sending is counted on the row.
  await addJob(tx, 'deliver-notification', { deliveryId }, { jobKey: jobKey(deliveryId), runAt: runAt ?? undefined, maxAttempts: 10 });
}

/** Records the deliveries not recorded yet (by idempotency key) and queues their first attempt; returns the new ones. */
export async function recordDeliveries(tx: Tx, deliveries: NewDelivery[]): Promise<NotificationDelivery[]> {
  if (deliveries.length === 0) return [];
  const rows = await tx
    .insert(notificationDeliveries)
    .values(deliveries.map(({ notBefore, ...d }) => ({ ...d, maxAttempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: notBefore })))
    .onConflictDoNothing({ target: notificationDeliveries.idempotencyKey })
    .returning();
  for (const row of rows) await queueDeliveryAttempt(tx, row.id, row.nextAttemptAt);
  return rows;
}

export type Attempt = { delivery: NotificationDelivery; channel: NotificationChannel } | { done: string };

/** Counts an attempt and marks the delivery `sending`; `done` says why there is nothing to send. */
export async function beginDeliveryAttempt(db: Database, deliveryId: string): Promise<Attempt> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, deliveryId)).for('update');
    if (!current) return { done: 'the delivery is gone' };
    if (current.status === 'sent' || current.status === 'dead') return { done: `the delivery is ${current.status}` };
    const [channel] = await tx.select().from(notificationChannels).where(eq(notificationChannels.id, current.channelId));
    if (!channel.enabled) {
      await tx.update(notificationDeliveries).set({ status: 'dead', lastError: 'The channel is disabled', nextAttemptAt: null, updatedAt: new Date() }).where(eq(notificationDeliveries.id, deliveryId));
      return { done: 'the channel is disabled' };
    }
    const [delivery] = await tx
      .update(notificationDeliveries)
      .set({ status: 'sending', attempts: sql`${notificationDeliveries.attempts} + 1`, sendingAt: new Date(), nextAttemptAt: null, updatedAt: new Date() })
      .where(eq(notificationDeliveries.id, deliveryId))
      .returning();
    return { delivery, channel };
  });
}

export async function recordDeliverySent(db: Database, deliveryId: string): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({ status: 'sent', sentAt: new Date(), lastError: null, updatedAt: new Date() })
    .where(and(eq(notificationDeliveries.id, deliveryId), eq(notificationDeliveries.status, 'sending')));
}

/** A failed attempt: the next one is queued after its wait, or the delivery is dead. Returns the status set. */
export async function recordDeliveryFailed(
  db: Database,
  deliveryId: string,
  failure: { error: string; retryable: boolean },
  delaysMs: readonly number[] = DELIVERY_RETRY_DELAYS_MS,
): Promise<'failed' | 'dead' | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, deliveryId)).for('update');
    if (!current || current.status !== 'sending') return null;
    const last = !failure.retryable || current.attempts >= current.maxAttempts;
    const delay = delaysMs[Math.min(current.attempts - 1, delaysMs.length - 1)] ?? 0;
    const nextAttemptAt = last ? null : new Date(Date.now() + delay);
    const status = last ? 'dead' : 'failed';
    await tx.update(notificationDeliveries).set({ status, lastError: failure.error, nextAttemptAt, updatedAt: new Date() }).where(eq(notificationDeliveries.id, deliveryId));
    if (nextAttemptAt) await queueDeliveryAttempt(tx, deliveryId, nextAttemptAt);
    return status;
  });
}

/** Deliveries of these ids, for tests and views. */
export async function getDeliveries(db: Tx, ids: string[]): Promise<NotificationDelivery[]> {
  return ids.length ? db.select().from(notificationDeliveries).where(inArray(notificationDeliveries.id, ids)) : [];
}
