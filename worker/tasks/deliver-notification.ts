import type { Task } from 'graphile-worker';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { channelTarget } from '../../db/notifications/channel-view.ts';
import { beginDeliveryAttempt, recordDeliveryFailed, recordDeliverySent } from '../../db/notifications/deliveries.ts';
import { NotifyError, sendNotification } from '../../notify/index.ts';
import type { WorkerDeps } from '../deps.ts';

/**
 * One attempt at one delivery (see db/notifications/deliveries.ts): counted and marked sending in
 * one transaction, sent with the delivery id as idempotency key, then marked sent, or failed with
 * the next attempt queued, or dead. A send error never fails the job; only a database error does,
 * and graphile-worker retries that.
 */
export const deliverNotificationTask =
  (deps: WorkerDeps): Task<'deliver-notification'> =>
  async (payload, helpers) => {
    const { deliveryId } = parsePayload('deliver-notification', payload);
    const log = deps.log.child({ deliveryId, jobId: helpers.job.id, task: 'deliver-notification' });
    const attempt = await beginDeliveryAttempt(deps.db, deliveryId);
    if ('done' in attempt) {
      log.debug({ reason: attempt.done }, 'nothing to send');
      return;
    }
    const { delivery, channel } = attempt;
    try {
      const target = channelTarget(deps.keyring, channel);
      await sendNotification(target, delivery.message, { deliveryId, timeoutMs: deps.notifications?.sendTimeoutMs, signal: helpers.abortSignal });
    } catch (error) {
      const retryable = error instanceof NotifyError ? error.retryable : true;
      const message = error instanceof NotifyError ? error.message : `could not send: ${(error as Error).message}`;
      const status = await recordDeliveryFailed(deps.db, deliveryId, { error: message, retryable }, deps.notifications?.retryDelaysMs);
      log.warn({ channel: channel.name, attempt: delivery.attempts, status, error: message }, 'notification not delivered');
      return;
    }
    await recordDeliverySent(deps.db, deliveryId);
    log.info({ channel: channel.name, event: delivery.event, attempt: delivery.attempts }, 'notification delivered');
  };
