/**
 * Whether a job runs its last attempt: graphile-worker counts the attempt under way in `attempts`.
 * A task that fails on its last attempt ends its run instead of throwing, so no run waits for a job
 * that will never come back.
 */
export function isLastAttempt(job: { attempts: number; max_attempts: number }): boolean {
  return job.attempts >= job.max_attempts;
}
