/**
 * Runs at most `concurrency` of the wrapped operations at once. Storage work is many small file
 * operations whose latency, not CPU, is the cost, so a few in flight keep the disk busy; a bound
 * keeps a store of thousands of files below the process's open-file limit.
 */
export function createLimit(concurrency: number): <T>(operation: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (operation) => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await operation();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
