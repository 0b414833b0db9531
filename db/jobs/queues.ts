/** Job queue names: jobs in one named queue run one at a time, in the order they were added. */

/** Every commit to one repository happens in order, one run at a time. */
export function repositoryQueue(repositoryId: string): string {
  return `repository:${repositoryId}`;
}
