import type postgres from 'postgres';
import type { Logger } from '../infra/log.ts';

type Wake = () => void;

/**
 * Wakes the followers of a PostgreSQL NOTIFY channel: at each notification, and after
 * `catchUpMs` without one, since NOTIFY is best effort (notifications sent while the LISTEN
 * connection reconnects are lost). A follower reads the table again when woken, so a wake only
 * says "look again now". Followers stop once `closed`.
 */
export class NotifyWaker {
  private readonly waiting = new Set<Wake>();
  private listening: Promise<{ unlisten(): Promise<void> }> | null = null;
  closed = false;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly channel: string,
    private readonly log: Logger,
    private readonly catchUpMs = 2000,
  ) {}

  /** LISTENs from the first follower on; a failed LISTEN leaves followers polling. */
  ensureListening(): void {
    this.listening ??= this.sql.listen(this.channel, () => this.wakeAll(), () => this.wakeAll());
    this.listening.catch((err) => {
      this.log.warn({ err, channel: this.channel }, 'could not LISTEN; subscriptions fall back to polling');
      this.listening = null;
    });
  }

  private wakeAll(): void {
    for (const wake of this.waiting) wake();
  }

  /** Resolves at the next notification, after catchUpMs, or when the signal aborts or the waker closes. */
  nextWake(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.catchUpMs);
      this.waiting.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const listening = this.listening;
    this.listening = null;
    if (listening) await listening.then((l) => l.unlisten()).catch(() => {});
  }
}
