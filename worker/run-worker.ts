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
      // graphile-worker reports every completed job at info; that is debug detail here.
      const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
      log[method](meta ?? {}, message);
    };
  });
}

export async function startWorker(deps: WorkerDeps & { databaseUrl: string; concurrency: number }): Promise<RunningWorker> {
  const poolIds = new Set<string>();
  async function beat() {
    for (const id of poolIds) {
      await recordWorkerHeartbeat(deps.db, { id, hostname: os.hostname(), pid: process.pid }).catch((err) =>
        deps.log.warn({ err }, 'could not record the worker heartbeat'),
      );
    }
  }
  // Listening before run() starts, since workers are created while it starts.
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the pool's name, so the pool id is what a heartbeat vouches for.
  events.on('pool:create', ({ workerPool }) => {
    poolIds.add(workerPool.id);
    void beat();
  });
  const runner = await run({
    events,
    connectionString: deps.databaseUrl,
    concurrency: deps.concurrency,
    maxPoolSize: deps.concurrency,
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
        for (const id of poolIds) await removeWorker(deps.db, id).catch(() => {});
      })()),
  };
}
