import type { Task } from 'graphile-worker';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { writeBackRun } from '../../db/inventory-sources/write-back.ts';
import type { WorkerDeps } from '../deps.ts';

/** Writes a run's backup dates to one inventory source; the outcome goes on the run, never a failure of it. */
export const writeBackInventoryTask =
  (deps: WorkerDeps): Task<'write-back-inventory'> =>
  async (payload, helpers) => {
    const { runId, sourceId } = parsePayload('write-back-inventory', payload);
    await writeBackRun({ db: deps.db, keyring: deps.keyring, log: deps.log.child({ task: 'write-back-inventory', jobId: helpers.job.id, runId }) }, runId, sourceId);
  };
