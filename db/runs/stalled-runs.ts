/**
 * The statements of the run watchdog (worker/tasks/watch-runs.ts). A run moves only through its
 * jobs: start-run, then collect-device jobs, then finish-run, each enqueued in the same
 * transaction as the state that needs it. A run that has not ended, has no job left that will
 * still run, and has been quiet for a while has stalled: a job was lost, or used up its attempts
 * without ending the run. These find such runs, read what is left of them under the run's lock,
 * and resume them.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { addJob } from '../jobs/add-job.ts';
import { dispatchDevices } from './dispatch-device.ts';
import { appendRunEvent } from './run-events.ts';
import { runDevices, runEvents, runs, type Run, type RunDevice } from './schema.ts';

/** How long a run without a job may stay quiet (no event) before the watchdog steps in. */
export const STALLED_AFTER_SECONDS = 60;

/**
 * A job still working for the run: waiting, waiting for a retry, or running. graphile-worker
 * counts a running attempt in `attempts` already, so a job on its last attempt is alive while
 * locked; a job that used up its attempts stays in the table, unlocked, and will never run again.
 */
const hasLiveJob = (runId: SQL) => sql`exists (
  select 1 from graphile_worker._private_jobs j
  where j.payload->>'runId' = (${runId})::text and (j.attempts < j.max_attempts or j.locked_at is not null))`;

/** Runs not ended, with no live job, and no event for `quietSeconds`: oldest first, at most `limit`. */
export async function listStalledRuns(db: Database, quietSeconds = STALLED_AFTER_SECONDS, limit = 100): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    select r.id from ${runs} r
    where r.finished_at is null
      and greatest(r.created_at, (select e.created_at from ${runEvents} e where e.run_id = r.id order by e.seq desc limit 1))
        < now() - make_interval(secs => ${quietSeconds})
      and not ${hasLiveJob(sql`r.id`)}
    order by r.created_at
    limit ${limit}`);
  return rows.map((row) => row.id);
}

/** The run's start-run or finish-run job that used up its attempts: why the run cannot go on by itself. */
export interface FailedJob {
  task: string;
  attempts: number;
  lastError: string | null;
}

/** What is left of a stalled run, read under its lock. */
export interface StalledRun {
  run: Run;
  /** Devices marked running that no job collects any more. */
  orphaned: Pick<RunDevice, 'id' | 'deviceId' | 'deviceName' | 'attempts' | 'stages' | 'startedAt'>[];
  /** Queued devices handed to a job that is gone (position below the dispatched count). */
  lost: number;
  /** Queued devices, handed out or not. */
  queued: number;
  failedJob: FailedJob | null;
  /** How often the watchdog resumed the run before. */
  resumes: number;
}

/** Locks the run and reads what is left of it; null when it has ended or a live job stands behind it. */
export async function lockStalledRun(tx: Tx, runId: string): Promise<StalledRun | null> {
  const [run] = await tx.select().from(runs).where(eq(runs.id, runId)).for('update');
  if (!run || run.finishedAt || (await runHasLiveJob(tx, runId))) return null;
  const [orphaned, counts, failedJob, resumes] = [
    await listRunningDevices(tx, runId),
    await countQueuedDevices(tx, run),
    await lastFailedJob(tx, runId),
    await countResumes(tx, runId),
  ];
  return { run, orphaned, ...counts, failedJob, resumes };
}

async function runHasLiveJob(tx: Tx, runId: string): Promise<boolean> {
  const [row] = await tx.execute<{ live: boolean }>(sql`select ${hasLiveJob(sql`${runId}::uuid`)} as live`);
  return row.live;
}

/** Bounded by the run's concurrency: only dispatched devices are ever marked running. */
async function listRunningDevices(tx: Tx, runId: string): Promise<StalledRun['orphaned']> {
  return tx
    .select({ id: runDevices.id, deviceId: runDevices.deviceId, deviceName: runDevices.deviceName, attempts: runDevices.attempts, stages: runDevices.stages, startedAt: runDevices.startedAt })
    .from(runDevices)
    .where(and(eq(runDevices.runId, runId), eq(runDevices.status, 'running')))
    .orderBy(asc(runDevices.position));
}

async function countQueuedDevices(tx: Tx, run: Run): Promise<{ lost: number; queued: number }> {
  const [row] = await tx
    .select({
      lost: sql<number>`count(*) filter (where ${runDevices.position} < ${run.dispatchedDevices})::int`,
      queued: sql<number>`count(*)::int`,
    })
    .from(runDevices)
    .where(and(eq(runDevices.runId, run.id), eq(runDevices.status, 'queued')));
  return row;
}

async function lastFailedJob(tx: Tx, runId: string): Promise<FailedJob | null> {
  const [row] = await tx.execute<{ task: string; attempts: number; last_error: string | null }>(sql`
    select t.identifier as task, j.attempts, j.last_error
    from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where j.payload->>'runId' = ${runId} and j.attempts >= j.max_attempts and j.locked_at is null
      and t.identifier in ('start-run', 'finish-run')
    order by j.updated_at desc
    limit 1`);
  return row ? { task: row.task, attempts: row.attempts, lastError: row.last_error } : null;
}

async function countResumes(tx: Tx, runId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(runEvents)
    .where(and(eq(runEvents.runId, runId), eq(runEvents.type, 'run-resumed')));
  return row.n;
}

/** Enqueues the run's start again (its job was lost before it ran). */
export async function restartRun(tx: Tx, runId: string): Promise<void> {
  await addJob(tx, 'start-run', { runId }, { jobKey: `start-run:${runId}` });
}

/**
 * Hands the run's lost devices to new collect-device jobs, and `more` devices past them, so as
 * many collect at once as the run allows again.
 */
export async function redispatchDevices(tx: Tx, run: Run, more: number): Promise<void> {
  const [{ dispatched }] = await tx
    .update(runs)
    .set({ dispatchedDevices: sql`least(${runs.dispatchedDevices} + ${more}, ${runs.total})` })
    .where(eq(runs.id, run.id))
    .returning({ dispatched: runs.dispatchedDevices });
  await dispatchDevices(tx, [{ runId: run.id, from: 0, to: dispatched }]);
}

/** Says on the run what the watchdog did, so a reader sees why it went on (and it counts the resumes). */
export async function recordResume(tx: Tx, run: Pick<Run, 'id' | 'total' | 'finishedDevices'>, message: string): Promise<void> {
  await appendRunEvent(tx, run.id, 'run-resumed', { current: run.finishedDevices, total: run.total, message });
}
