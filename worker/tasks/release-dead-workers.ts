import type { Task } from 'graphile-worker';
import { releaseDeadWorkers } from '../../db/workers/heartbeats.ts';
import type { WorkerDeps } from '../deps.ts';

/** Runs every minute from the crontab: jobs of a killed worker go back to the queue. */
export const releaseDeadWorkersTask =
  (deps: WorkerDeps): Task<'release-dead-workers'> =>
  async (_payload, helpers) => {
    const released = await releaseDeadWorkers(deps.db);
    if (released.length) helpers.logger.warn(`released the job locks of gone workers: ${released.join(', ')}`);
  };
