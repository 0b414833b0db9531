import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { runEvents, runs, type Run, type RunEvent } from './schema.ts';

/** Channel on which every new run event's id is announced; payloads stay far below NOTIFY's 8 kB. */
export const RUN_EVENTS_CHANNEL = 'tidemark_run_events';

export const runEventTypes = [
  'run-started',
  'device-started',
  'device-stage',
  'device-finished',
  'run-finishing',
  'run-finished',
  'run-cancelled',
] as const;
export type RunEventType = (typeof runEventTypes)[number];

export interface RunEventPayload {
  /** Devices finished so far, and in all. */
  current: number;
  total: number;
  /** What a person reads: "Backing up device 5/10: switch-05". */
  message: string;
  deviceId?: string;
  deviceName?: string;
  runDeviceId?: string;
  stage?: string;
  status?: string;
  code?: string | null;
  attempt?: number;
  [key: string]: unknown;
}

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

export async function listRunEvents(db: Database, input: { runId?: string; afterSeq?: number; afterId?: number; limit?: number }): Promise<RunEvent[]> {
  const conditions = [];
  if (input.runId) conditions.push(eq(runEvents.runId, input.runId));
  if (input.afterSeq !== undefined && input.runId) conditions.push(gt(runEvents.seq, input.afterSeq));
  if (input.afterId !== undefined) conditions.push(gt(runEvents.id, input.afterId));
  return db
    .select()
    .from(runEvents)
    .where(and(...conditions))
    .orderBy(input.runId ? asc(runEvents.seq) : asc(runEvents.id))
    .limit(input.limit ?? 1000);
}
