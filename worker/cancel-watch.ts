import type { Database } from '../db/client.ts';
import { cancelledRunIds } from '../db/runs/cancel-run.ts';

const POLL_MS = 1000;

/**
 * Aborts running collections when their run is cancelled. One query a second per worker process,
 * for all the runs it is collecting, instead of one per running device.
 */
export class CancelWatcher {
  private readonly watching = new Map<string, Set<AbortController>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database) {}

  /** Returns the function that stops watching. */
  watch(runId: string, controller: AbortController): () => void {
    let controllers = this.watching.get(runId);
    if (!controllers) this.watching.set(runId, (controllers = new Set()));
    controllers.add(controller);
    this.timer ??= setInterval(() => void this.poll(), POLL_MS).unref();
    return () => {
      controllers.delete(controller);
      if (controllers.size === 0) this.watching.delete(runId);
      if (this.watching.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  private async poll(): Promise<void> {
    const runIds = [...this.watching.keys()];
    if (runIds.length === 0) return;
    const cancelled = await cancelledRunIds(this.db, runIds).catch(() => []);
    for (const id of cancelled) for (const controller of this.watching.get(id) ?? []) controller.abort();
  }
}
