import { EventEmitter } from 'node:events';
import os from 'node:os';
import { Logger as GraphileLogger, run, type Runner, type WorkerEvents } from 'graphile-worker';
import { HEARTBEAT_INTERVAL_MS, recordWorkerHeartbeat, removeWorker } from '../db/workers/heartbeats.ts';
import type { WorkerDeps } from './deps.ts';
import { createTaskList, crontab } from './task-list.ts';

export interface RunningWorker {
  runner: Runner;
  /** Waits for running jobs to finish (or hands them back), then stops. */
  stop(): Promise<void>;
}

function graphileLogger(deps: WorkerDeps): GraphileLogger {
  return new GraphileLogger((scope) => {
    const log = deps.log.child({ ...(scope.label ? { scope: scope.label } : {}), ...(scope.taskIdentifier ? { task: scope.taskIdentifier } : {}), ...(scope.jobId ? { jobId: scope.jobId } : {}) });
    return (level, message, meta) => {
      const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'info' ? 'info' : 'debug';
      log[method](meta ?? {}, message);
    };
  });
}

export async function startWorker(deps: WorkerDeps & { databaseUrl: string; concurrency: number }): Promise<RunningWorker> {
  const workerIds = new Set<string>();
  async function beat() {
    for (const id of workerIds) {
      await recordWorkerHeartbeat(deps.db, { id, hostname: os.hostname(), pid: process.pid }).catch((err) =>
        deps.log.warn({ err }, 'could not record the worker heartbeat'),
      );
    }
  }
  // Listening before run() starts, since workers are created while it starts.
  const events: WorkerEvents = new EventEmitter();
  events.on('worker:create', ({ worker }) => {
    workerIds.add(worker.workerId);
    void beat();
  });
  const runner = await run({
    events,
    connectionString: deps.databaseUrl,
    concurrency: deps.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: createTaskList(deps),
    crontab,
    logger: graphileLogger(deps),
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });

  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  timer.unref();

  let stopping: Promise<void> | null = null;
  return {
    runner,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(timer);
        await runner.stop();
        for (const id of workerIds) await removeWorker(deps.db, id).catch(() => {});
      })()),
  };
}
