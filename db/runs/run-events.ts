import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { runEvents, runs, type Run, type RunEvent } from './schema.ts';
import type { RunEventPayload, RunEventType } from './types.ts';


/** Channel on which every new run event's id is announced; payloads stay far below NOTIFY's 8 kB. */
export const RUN_EVENTS_CHANNEL = 'tidemark_run_events';

export interface RunCounters {
  seq: number;
  dispatched: number;
  started: number;
  finished: number;
  total: number;
  status: Run['status'];
  finishedAt: Date | null;
}

/**
 * Takes the next event number and moves the device counters in one statement. It locks the run
 * row until commit, so callers make it the last thing their transaction does before its event:
 * devices of a run take turns only for this, not for their whole transaction.
 */
export async function bumpRun(tx: Tx, runId: string, change: { started?: number; finished?: number; dispatched?: number } = {}): Promise<RunCounters> {
  const [counters] = await tx
    .update(runs)
    .set({
      eventSeq: sql`${runs.eventSeq} + 1`,
      ...(change.started ? { startedDevices: sql`${runs.startedDevices} + ${change.started}` } : {}),
      ...(change.finished ? { finishedDevices: sql`${runs.finishedDevices} + ${change.finished}` } : {}),
      ...(change.dispatched ? { dispatchedDevices: sql`${runs.dispatchedDevices} + ${change.dispatched}` } : {}),
    })
    .where(eq(runs.id, runId))
    .returning({
      seq: runs.eventSeq,
      dispatched: runs.dispatchedDevices,
      started: runs.startedDevices,
      finished: runs.finishedDevices,
      total: runs.total,
      status: runs.status,
      finishedAt: runs.finishedAt,
    });
  return counters;
}

/** Stores an event under a number from bumpRun and announces it; NOTIFY is delivered on commit. */
export async function insertRunEvent(tx: Tx, runId: string, seq: number, type: RunEventType, payload: RunEventPayload): Promise<void> {
  await tx.execute(sql`
    with event as (
      insert into ${runEvents} (run_id, seq, type, payload)
      values (${runId}, ${seq}, ${type}, ${JSON.stringify(payload)}::jsonb)
      returning id
    )
    select pg_notify(${RUN_EVENTS_CHANNEL}, json_build_object('id', event.id, 'runId', ${runId}::text, 'seq', ${seq}::int)::text)
    from event`);
}

/** An event that moves no counter: number it, store it, announce it. */
export async function appendRunEvent(tx: Tx, runId: string, type: RunEventType, payload: RunEventPayload): Promise<void> {
  const { seq } = await bumpRun(tx, runId);
  await insertRunEvent(tx, runId, seq, type, payload);
}

/** A run's events after `afterSeq`, in order. */
export async function listRunEvents(db: Database, input: { runId: string; afterSeq?: number; limit?: number }): Promise<RunEvent[]> {
  return db
    .select()
    .from(runEvents)
    .where(and(eq(runEvents.runId, input.runId), gt(runEvents.seq, input.afterSeq ?? 0)))
    .orderBy(asc(runEvents.seq))
    .limit(input.limit ?? 1000);
}

/**
 * Events of every run for a follower of all runs: each run it knows (`seen`: run id → the last
 * seq it has) continues after that seq; a run it does not know yet starts after event id
 * `afterId`. A run's events commit in seq order (bumpRun holds the run's row from numbering to
 * commit), but the commits of different runs interleave with their ids, so following "ids above
 * the last one seen" would skip an event that committed late under a lower id. Only runs not
 * finished, or finished in the last minute, are looked at, since a follower reads far more often;
 * `everyRun` looks at every run's events after `afterId`, for a follower's first reads (a client
 * coming back gets what runs said while it was away, finished ones too).
 */
export async function listRunEventsOfActiveRuns(
  db: Database,
  input: { afterId: number; seen: Map<string, number>; everyRun?: boolean; limit?: number },
): Promise<RunEvent[]> {
  const seen = JSON.stringify([...input.seen].map(([run_id, seq]) => ({ run_id, seq })));
  return db
    .select({ event: runEvents })
    .from(runs)
    .leftJoin(sql`jsonb_to_recordset(${seen}::jsonb) as seen(run_id uuid, seq int)`, sql`seen.run_id = ${runs.id}`)
    .innerJoin(runEvents, and(eq(runEvents.runId, runs.id), sql`${runEvents.seq} > coalesce(seen.seq, 0)`))
    .where(
      input.everyRun
        ? gt(runEvents.id, input.afterId)
        : and(
            sql`(${runs.finishedAt} is null or ${runs.finishedAt} > now() - interval '1 minute')`,
            sql`(seen.run_id is not null or ${runEvents.id} > ${input.afterId})`,
          ),
    )
    .orderBy(asc(runEvents.id))
    .limit(input.limit ?? 1000)
    .then((rows) => rows.map((row) => row.event));
}
