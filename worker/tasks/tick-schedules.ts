import type { Task } from 'graphile-worker';
import type { Ctx } from '../../db/context.ts';
import { startDueSyncs } from '../../db/inventory-sources/start-due-syncs.ts';
import { startDueRuns, type StartedSlot } from '../../db/schedules/start-due-runs.ts';
import type { WorkerDeps } from '../deps.ts';

/** One tick: starts the runs of schedules due at `now`; safe to run from any number of workers at once. */
export async function tickSchedules(deps: WorkerDeps, now: Date = new Date()): Promise<StartedSlot[]> {
  return startDueRuns({ ctx: schedulerCtx(deps), now });
}

function schedulerCtx(deps: WorkerDeps): Ctx {
  return {
    db: deps.db,
    caller: { kind: 'system', name: 'scheduler' },
    keyring: deps.keyring,
    log: deps.log.child({ task: 'tick-schedules' }),
    settings: { dataDir: deps.dataDir },
  };
}

/** Runs every minute from the crontab; the payload only carries graphile-worker's cron details. */
export const tickSchedulesTask =
  (deps: WorkerDeps): Task<'tick-schedules'> =>
  async (_payload, helpers) => {
    const started = await tickSchedules(deps);
    for (const { scheduleId, slot, runId } of started) helpers.logger.info(`schedule ${scheduleId} started run ${runId} for ${slot.toISOString()}`);
    const syncs = await startDueSyncs({ ctx: { ...schedulerCtx(deps), caller: { kind: 'system', name: 'inventory-sync' } }, now: new Date() });
    for (const { sourceId, syncId } of syncs) helpers.logger.info(`inventory source ${sourceId} started sync ${syncId}`);
  };
