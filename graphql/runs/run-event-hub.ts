import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Database } from '../../db/client.ts';
import type { Logger } from '../../infra/log.ts';
import { NotifyWaker } from '../notify-waker.ts';
import { listRunEvents, listRunEventsOfActiveRuns, RUN_EVENTS_CHANNEL } from '../../db/runs/run-events.ts';
import type { RunEvent } from '../../db/runs/schema.ts';

/** Events read at a time. */
const PAGE = 1000;

/**
 * Follows run events for subscriptions. Events are read from the table, so a subscriber replays
 * what happened before it connected and cannot miss one; the NotifyWaker says when to look again.
 */
export class RunEventHub {
  /**
   * Reads in flight, by what they ask: followers woken by the same NOTIFY and caught up to the same
   * point ask the same question, and share one answer instead of each sending the query.
   */
  private readonly reading = new Map<string, Promise<RunEvent[]>>();
  private readonly waker: NotifyWaker;

  constructor(
    private readonly db: Database,
    sql: postgres.Sql,
    log: Logger,
  ) {
    this.waker = new NotifyWaker(sql, RUN_EVENTS_CHANNEL, log);
  }

  private shared(key: string, read: () => Promise<RunEvent[]>): Promise<RunEvent[]> {
    let pending = this.reading.get(key);
    if (!pending) {
      pending = read()
        .catch((error: unknown) => {
          if (this.waker.closed) return [];
          throw error;
        })
        .finally(() => this.reading.delete(key));
      this.reading.set(key, pending);
    }
    return pending;
  }

  /** Events of one run after `afterSeq` (or of every run after event id `afterId`), then live ones. */
  async *follow(filter: { runId?: string; afterSeq?: number; afterId?: number }, signal: AbortSignal): AsyncGenerator<RunEvent> {
    this.waker.ensureListening();
    if (!filter.runId) {
      yield* this.followAll(filter.afterId ?? (await this.latestId()), signal);
      return;
    }
    let afterSeq = filter.afterSeq ?? 0;
    while (!signal.aborted && !this.waker.closed) {
      const { runId } = filter;
      const after = afterSeq;
      const events = await this.shared(`run ${runId} ${after}`, () => listRunEvents(this.db, { runId, afterSeq: after }));
      for (const event of events) {
        afterSeq = event.seq;
        yield event;
      }
      if (events.length === 0) await this.waker.nextWake(signal);
    }
  }

  /** Every run's events, each run followed by its own numbers (see listRunEventsOfActiveRuns). */
  private async *followAll(afterId: number, signal: AbortSignal): AsyncGenerator<RunEvent> {
    const seen = new Map<string, number>();
    // The first reads also cover runs that finished while a returning client was away.
    let everyRun = true;
    while (!signal.aborted && !this.waker.closed) {
      const key = `all ${afterId} ${everyRun} ${JSON.stringify([...seen])}`;
      const question = { afterId, seen: new Map(seen), everyRun, limit: PAGE };
      const events = await this.shared(key, () => listRunEventsOfActiveRuns(this.db, question));
      if (events.length < PAGE) everyRun = false;
      for (const event of events) {
        seen.set(event.runId, event.seq);
        yield event;
      }
      if (events.length === 0) await this.waker.nextWake(signal);
    }
  }

  private async latestId(): Promise<number> {
    const [row] = await this.db.execute<{ id: number | null }>(sql`select max(id)::int as id from run_events`);
    return row.id ?? 0;
  }

  close(): Promise<void> {
    return this.waker.close();
  }
}
