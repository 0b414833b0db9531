import type postgres from 'postgres';
import type { Database } from '../../db/client.ts';
import type { Logger } from '../../infra/log.ts';
import { listRunEvents, listRunEventsOfActiveRuns, RUN_EVENTS_CHANNEL } from '../../db/runs/run-events.ts';
import type { RunEvent } from '../../db/runs/schema.ts';

/** How often a subscriber re-reads stored events even without a notification (NOTIFY is best effort). */
const CATCH_UP_MS = 2000;
/** Events read at a time. */
const PAGE = 1000;

type Wake = () => void;

/**
 * Follows run events for subscriptions. Events are read from the table, so a subscriber replays
 * what happened before it connected and cannot miss one: a NOTIFY only says "look again now",
 * and a periodic look covers notifications lost while the LISTEN connection reconnected.
 */
export class RunEventHub {
  private readonly waiting = new Set<Wake>();
  /**
   * Reads in flight, by what they ask: followers woken by the same NOTIFY and caught up to the same
   * point ask the same question, and share one answer instead of each sending the query.
   */
  private readonly reading = new Map<string, Promise<RunEvent[]>>();
  private listening: Promise<{ unlisten(): Promise<void> }> | null = null;
  /** Set by close(): followers stop, and a read the closing pool cuts short is not an error. */
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly sql: postgres.Sql,
    private readonly log: Logger,
  ) {}

  private ensureListening(): void {
    this.listening ??= this.sql.listen(RUN_EVENTS_CHANNEL, () => this.wakeAll(), () => this.wakeAll());
    this.listening.catch((err) => {
      this.log.warn({ err }, 'could not LISTEN for run events; subscriptions fall back to polling');
      this.listening = null;
    });
  }

  private wakeAll(): void {
    for (const wake of this.waiting) wake();
  }

  private nextWake(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, CATCH_UP_MS);
      this.waiting.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private shared(key: string, read: () => Promise<RunEvent[]>): Promise<RunEvent[]> {
    let pending = this.reading.get(key);
    if (!pending) {
      pending = read()
        .catch((error: unknown) => {
          if (this.closed) return [];
          throw error;
        })
        .finally(() => this.reading.delete(key));
      this.reading.set(key, pending);
    }
    return pending;
  }

  /** Events of one run after `afterSeq` (or of every run after event id `afterId`), then live ones. */
  async *follow(filter: { runId?: string; afterSeq?: number; afterId?: number }, signal: AbortSignal): AsyncGenerator<RunEvent> {
    this.ensureListening();
    if (!filter.runId) {
      yield* this.followAll(filter.afterId ?? (await this.latestId()), signal);
      return;
    }
    let afterSeq = filter.afterSeq ?? 0;
    while (!signal.aborted && !this.closed) {
      const { runId } = filter;
      const after = afterSeq;
      const events = await this.shared(`run ${runId} ${after}`, () => listRunEvents(this.db, { runId, afterSeq: after }));
      for (const event of events) {
        afterSeq = event.seq;
        yield event;
      }
      if (events.length === 0) await this.nextWake(signal);
    }
  }

  /** Every run's events, each run followed by its own numbers (see listRunEventsOfActiveRuns). */
  private async *followAll(afterId: number, signal: AbortSignal): AsyncGenerator<RunEvent> {
    const seen = new Map<string, number>();
    // The first reads also cover runs that finished while a returning client was away.
    let everyRun = true;
    while (!signal.aborted && !this.closed) {
      const key = `all ${afterId} ${everyRun} ${JSON.stringify([...seen])}`;
      const question = { afterId, seen: new Map(seen), everyRun, limit: PAGE };
      const events = await this.shared(key, () => listRunEventsOfActiveRuns(this.db, question));
      if (events.length < PAGE) everyRun = false;
      for (const event of events) {
        seen.set(event.runId, event.seq);
        yield event;
      }
      if (events.length === 0) await this.nextWake(signal);
    }
  }

  private async latestId(): Promise<number> {
    const [row] = await this.sql<{ id: number | null }[]>`select max(id)::int as id from run_events`;
    return row.id ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const listening = this.listening;
    this.listening = null;
    if (listening) await listening.then((l) => l.unlisten()).catch(() => {});
  }
}
