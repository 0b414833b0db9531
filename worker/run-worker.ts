import { EventEmitter } from 'node:events';
import os from 'node:os';
import { Logger as GraphileLogger, run, type Runner, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import { HEARTBEAT_INTERVAL_MS, recordWorkerHeartbeat, releaseDeadWorkers, removeWorker, WORKER_GONE_AFTER_SECONDS } from '../db/workers/heartbeats.ts';
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

export interface WorkerOptions {
  databaseUrl: string;
  concurrency: number;
  /** Seconds of silence after which another worker counts as gone; see TIDEMARK_WORKER_GONE_AFTER. */
  goneAfterSeconds?: number;
}

export async function startWorker(deps: WorkerDeps & WorkerOptions): Promise<RunningWorker> {
  const goneAfterSeconds = deps.goneAfterSeconds ?? WORKER_GONE_AFTER_SECONDS;
  const heartbeatMs = Math.min(HEARTBEAT_INTERVAL_MS, (goneAfterSeconds * 1000) / 3);
  const poolIds = new Set<string>();
  /**
   * Vouches for this worker's pools and hands back the jobs of workers that went silent (killed,
   * or their machine died), so the run they were part of goes on here.
   */
  async function beat() {
    try {
      for (const id of poolIds) await recordWorkerHeartbeat(deps.db, { id, hostname: os.hostname(), pid: process.pid });
      const released = await releaseDeadWorkers(deps.db, goneAfterSeconds);
      if (released.length) deps.log.warn({ workers: released }, 'took over the jobs of workers that are gone');
    } catch (err) {
      deps.log.warn({ err }, 'could not record the worker heartbeat');
    }
  }
  // Listening before run() starts, since workers are created while it starts.
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the pool's name, so the pool id is what a heartbeat vouches for.
  events.on('pool:create', ({ workerPool }) => {
    poolIds.add(workerPool.id);
    void beat();
  });
  // A pool of our own, so it can be ended after the runner stops and so a connection the database
  // drops while idle (e.g. as it shuts down) is logged instead of crashing the process.
  const pool = new pg.Pool({ connectionString: deps.databaseUrl, max: deps.concurrency + 2 });
  pool.on('error', (err) => deps.log.warn({ err }, 'an idle worker database connection failed'));
  pool.on('connect', (client) => client.on('error', (err) => deps.log.warn({ err }, 'a worker database connection failed')));
  const runner = await run({
    pgPool: pool,
    events,
    concurrency: deps.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: createTaskList(deps),
    crontab,
    logger: graphileLogger(deps),
    // A pool fetches (and locks) up to 16 jobs at once and hands them out locally, instead of one
    // round trip per job: fewer, cheaper job queries (measured with `bench fleet`). Kept small so
    // that other workers still get their share of a run's devices.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0, ...(deps.concurrency > 1 ? { localQueue: { size: Math.min(16, deps.concurrency) } } : {}) } },
  });

  const timer = setInterval(beat, heartbeatMs);
  timer.unref();

  let stopping: Promise<void> | null = null;
  return {
    runner,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(timer);
        await runner.stop();
        await pool.end();
        for (const id of poolIds) await removeWorker(deps.db, id).catch(() => {});
      })()),
  };
}
