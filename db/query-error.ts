import { DrizzleQueryError } from 'drizzle-orm';

/**
 * The error a failed statement stands for. drizzle wraps PostgreSQL's error in one whose message
 * is the statement's SQL and every parameter: thousands of rows, possibly collected configuration,
 * and nothing a person should read on a run.
 */
export function queryCause(error: unknown): Error {
  const cause = error instanceof DrizzleQueryError && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause : new Error(String(cause));
}
