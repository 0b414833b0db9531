import type { TaskList } from 'graphile-worker';
import type { WorkerDeps } from './deps.ts';
import { releaseDeadWorkersTask } from './tasks/release-dead-workers.ts';

/** Every task id is the file name of its task under tasks/. */
export const taskIds = ['release-dead-workers'] as const;
export type TaskId = (typeof taskIds)[number];

export function createTaskList(deps: WorkerDeps): TaskList & Record<TaskId, unknown> {
  return {
    'release-dead-workers': releaseDeadWorkersTask(deps),
  };
}

export const crontab = ['* * * * * release-dead-workers ?max=1'].join('\n');
