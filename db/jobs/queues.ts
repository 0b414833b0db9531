/** Job queue names: jobs in one named queue run one at a time, in the order they were added. */

/** A run with concurrency N spreads its devices over N queues, so at most N collect at once. */
export function collectQueue(runId: string, position: number, concurrency: number): string {
  return `run:${runId}:${position % concurrency}`;
}

/** Every commit to one repository happens in order, one run at a time. */
export function repositoryQueue(repositoryId: string): string {
  return `repository:${repositoryId}`;
}
