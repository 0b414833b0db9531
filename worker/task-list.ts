import type { Task } from 'graphile-worker';
import { CancelWatcher } from './cancel-watch.ts';
import type { WorkerDeps } from './deps.ts';
import { collectDeviceTask } from './tasks/collect-device.ts';
import { finishRunTask } from './tasks/finish-run.ts';
import { releaseDeadWorkersTask } from './tasks/release-dead-workers.ts';
import { startRunTask } from './tasks/start-run.ts';
import { tickSchedulesTask } from './tasks/tick-schedules.ts';

/** Every task id is the file name of its task under tasks/. */
export const taskIds = ['start-run', 'collect-device', 'finish-run', 'release-dead-workers', 'tick-schedules'] as const;
export type TaskId = (typeof taskIds)[number];

export function createTaskList(deps: WorkerDeps): Record<TaskId, Task> {
  return {
    'start-run': startRunTask(deps),
    'collect-device': collectDeviceTask(deps, new CancelWatcher(deps.db)),
    'finish-run': finishRunTask(deps),
    'release-dead-workers': releaseDeadWorkersTask(deps),
    'tick-schedules': tickSchedulesTask(deps),
  };
}

export const crontab = ['* * * * * release-dead-workers ?max=1', '* * * * * tick-schedules ?max=1'].join('\n');
