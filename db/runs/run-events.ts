import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { runEvents, runs, type RunEvent } from './schema.ts';

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

/**
 * Numbers the event under the run's row lock (so concurrent devices never share a number),
 * stores it and announces it. NOTIFY is delivered on commit, after the row is visible.
 */
export async function appendRunEvent(tx: Tx, runId: string, type: RunEventType, payload: RunEventPayload): Promise<RunEvent> {
  const [{ seq }] = await tx
    .update(runs)
    .set({ eventSeq: sql`${runs.eventSeq} + 1` })
    .where(eq(runs.id, runId))
    .returning({ seq: runs.eventSeq });
  const [event] = await tx.insert(runEvents).values({ runId, seq, type, payload }).returning();
  await tx.execute(sql`select pg_notify(${RUN_EVENTS_CHANNEL}, ${JSON.stringify({ id: event.id, runId, seq })})`);
  return event;
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
