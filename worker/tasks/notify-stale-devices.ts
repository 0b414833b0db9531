import type { Task } from 'graphile-worker';
import { recordDeliveries } from '../../db/notifications/deliveries.ts';
import { deriveStaleNotifications } from '../../db/notifications/derive-stale-notifications.ts';
import type { WorkerDeps } from '../deps.ts';

/** Cron: devices that became stale since the last check, one digest per rule; marks and deliveries commit together. */
export const notifyStaleDevicesTask =
  (deps: WorkerDeps): Task<'notify-stale-devices'> =>
  async () => {
    const recorded = await deps.db.transaction(async (tx) => recordDeliveries(tx, await deriveStaleNotifications(tx)));
    if (recorded.length) deps.log.info({ deliveries: recorded.length }, 'stale device notifications queued');
  };
