import type postgres from 'postgres';
import { CHANGES_CHANNEL } from '../../db/changes/announce-changes.ts';
import { latestRunEventId, listRecordedRuns } from '../../db/changes/recorded-runs.ts';
import type { Database } from '../../db/client.ts';
import type { Logger } from '../../infra/log.ts';
import { NotifyWaker } from '../notify-waker.ts';

/** How long a follower remembers a run end it handled: longer than RECORDED_RUNS_LOOKBACK. */
const SEEN_KEPT_MS = 5 * 60_000;

/**
 * Follows the ends of runs for the change feed's subscriptions. finish-run records a run's backups
 * and its run-finished event in one transaction and announces changed backups on CHANGES_CHANNEL;
 * followers read the run-finished events when the NotifyWaker says to look again.
 */
export class ChangeHub {
  private readonly waker: NotifyWaker;

  constructor(
    private readonly db: Database,
    sql: postgres.Sql,
    log: Logger,
  ) {
    this.waker = new NotifyWaker(sql, CHANGES_CHANNEL, log);
  }

  /**
   * The id of every run that ends from now on, once its backups are recorded (a run whose store
   * failed and is retried ends again). Ends that commit out of order are found by looking back
   * RECORDED_RUNS_LOOKBACK, each handled once.
   */
  async *followEndedRuns(signal: AbortSignal): AsyncGenerator<string> {
    this.waker.ensureListening();
    const afterId = await latestRunEventId(this.db);
    const seen = new Map<number, number>();
    while (!signal.aborted && !this.waker.closed) {
      let ended;
      try {
        ended = await listRecordedRuns(this.db, { afterId, seen: [...seen.keys()] });
      } catch (error) {
        if (this.waker.closed) return;
        throw error;
      }
      const now = Date.now();
      for (const [id, at] of seen) if (now - at > SEEN_KEPT_MS) seen.delete(id);
      for (const run of ended) {
        seen.set(run.eventId, now);
        yield run.runId;
      }
      if (ended.length === 0) await this.waker.nextWake(signal);
    }
  }

  close(): Promise<void> {
    return this.waker.close();
  }
}
