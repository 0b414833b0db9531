/**
 * Group commit: what many jobs ask for at about the same time is written in one transaction.
 * Items wait while a batch is being written and go together in the next one, so a lone item
 * is written at once and a busy worker writes fewer, larger batches. When a batch fails (a
 * deadlock with another worker, one bad item), each of its items is tried on its own, so one
 * item's failure is its job's alone.
 */
export class Batcher<In, Out> {
  private waiting: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(
    private readonly write: (items: In[]) => Promise<Out[]>,
    private readonly maxBatch = 100,
  ) {}

  /** Resolves once the batch holding the item is written, with the item's own result. */
  add(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    // Let the jobs that are about to ask within this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, this.maxBatch);
      try {
        const results = await this.write(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => entry.resolve(results[index]));
      } catch (error) {
        if (batch.length === 1) batch[0].reject(error);
        else for (const entry of batch) await this.write([entry.item]).then(([out]) => entry.resolve(out), entry.reject);
      }
    }
    this.writing = false;
  }
}
