import type { Task } from 'graphile-worker';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { recordDeliveries } from '../../db/notifications/deliveries.ts';
import { deriveRunNotifications } from '../../db/notifications/derive-run-notifications.ts';
import type { WorkerDeps } from '../deps.ts';

/**
 * Queued in the transaction that ends a run; derives its notifications and records one delivery
 * per rule, event and channel. Running it again (a retry, a store retried later) records nothing
 * twice: the idempotency key of a delivery is unique. The run is not touched, whatever happens here.
 */
export const notifyRunTask =
  (deps: WorkerDeps): Task<'notify-run'> =>
  async (payload, helpers) => {
    const { runId } = parsePayload('notify-run', payload);
    const log = deps.log.child({ runId, jobId: helpers.job.id, task: 'notify-run' });
    const ctx = { db: deps.db, caller: { kind: 'system', name: 'notifications' } as const, keyring: deps.keyring, log, settings: { dataDir: deps.dataDir } };
    const deliveries = await deriveRunNotifications({ ctx, runId });
    if (deliveries.length === 0) return;
    const recorded = await deps.db.transaction((tx) => recordDeliveries(tx, deliveries));
    log.info({ deliveries: recorded.length, events: [...new Set(recorded.map((d) => d.event))] }, 'notifications queued');
  };
