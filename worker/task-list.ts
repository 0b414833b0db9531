import type { Task } from 'graphile-worker';
import type { TaskId } from '../db/jobs/tasks.ts';
import { CancelWatcher } from './cancel-watch.ts';
import type { WorkerDeps } from './deps.ts';
import { collectDeviceTask } from './tasks/collect-device.ts';
import { deliverNotificationTask } from './tasks/deliver-notification.ts';
import { finishRunTask } from './tasks/finish-run.ts';
import { indexConfigTextsTask } from './tasks/index-config-texts.ts';
import { notifyRunTask } from './tasks/notify-run.ts';
import { notifyStaleDevicesTask } from './tasks/notify-stale-devices.ts';
import { releaseDeadWorkersTask } from './tasks/release-dead-workers.ts';
import { startRunTask } from './tasks/start-run.ts';
import { tickSchedulesTask } from './tasks/tick-schedules.ts';
import { watchRunsTask } from './tasks/watch-runs.ts';
import { applyRetentionTask } from './tasks/apply-retention.ts';
import { retireDeviceTask } from './tasks/retire-device.ts';
import { syncInventoryTask } from './tasks/sync-inventory.ts';
import { writeBackInventoryTask } from './tasks/write-back-inventory.ts';

/** Every task is declared in db/jobs/tasks.ts; its id is the file name of its task under tasks/. */
export function createTaskList(deps: WorkerDeps): { [K in TaskId]: Task<K> } {
  return {
    'start-run': startRunTask(deps),
    'collect-device': collectDeviceTask(deps, new CancelWatcher(deps.db)),
    'finish-run': finishRunTask(deps),
    'release-dead-workers': releaseDeadWorkersTask(deps),
    'tick-schedules': tickSchedulesTask(deps),
    'watch-runs': watchRunsTask(deps),
    'retire-device': retireDeviceTask(deps),
    'apply-retention': applyRetentionTask(deps),
    'notify-run': notifyRunTask(deps),
    'deliver-notification': deliverNotificationTask(deps),
    'notify-stale-devices': notifyStaleDevicesTask(deps),
    'sync-inventory': syncInventoryTask(deps),
    'write-back-inventory': writeBackInventoryTask(deps),
    'index-config-texts': indexConfigTextsTask(deps),
  };
}

export const crontab = ['* * * * * release-dead-workers ?max=1', '* * * * * tick-schedules ?max=1', '* * * * * watch-runs ?max=1', '*/5 * * * * notify-stale-devices ?max=1', '17 3 * * * index-config-texts ?max=1', '40 2 * * * apply-retention ?max=1'].join('\n');
