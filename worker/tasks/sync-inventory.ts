import type { Task } from 'graphile-worker';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { runInventorySync } from '../../db/inventory-sources/sync-inventory.ts';
import type { WorkerDeps } from '../deps.ts';

/** Runs one sync or preview of an inventory source; its outcome, failed or not, is on the sync row. */
export const syncInventoryTask =
  (deps: WorkerDeps): Task<'sync-inventory'> =>
  async (payload, helpers) => {
    const { syncId } = parsePayload('sync-inventory', payload);
    await runInventorySync({ db: deps.db, keyring: deps.keyring, log: deps.log.child({ task: 'sync-inventory', jobId: helpers.job.id }) }, syncId, {
      signal: helpers.abortSignal,
    });
  };
