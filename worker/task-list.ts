import type { Task } from 'graphile-worker';
import type { TaskId } from '../db/jobs/tasks.ts';
import { CancelWatcher } from './cancel-watch.ts';
import type { WorkerDeps } from './deps.ts';
import { collectDeviceTask } from './tasks/collect-device.ts';
import { finishRunTask } from './tasks/finish-run.ts';
import { releaseDeadWorkersTask } from './tasks/release-dead-workers.ts';
import { startRunTask } from './tasks/start-run.ts';
import { tickSchedulesTask } from './tasks/tick-schedules.ts';
import { watchRunsTask } from './tasks/watch-runs.ts';

/** Every task is declared in db/jobs/tasks.ts; its id is the file name of its task under tasks/. */
export function createTaskList(deps: WorkerDeps): { [K in TaskId]: Task<K> } {
  return {
    'start-run': startRunTask(deps),
    'collect-device': collectDeviceTask(deps, new CancelWatcher(deps.db)),
    'finish-run': finishRunTask(deps),
    'release-dead-workers': releaseDeadWorkersTask(deps),
    'tick-schedules': tickSchedulesTask(deps),
    'watch-runs': watchRunsTask(deps),
  };
}

export const crontab = ['* * * * * release-dead-workers ?max=1', '* * * * * tick-schedules ?max=1', '* * * * * watch-runs ?max=1'].join('\n');
