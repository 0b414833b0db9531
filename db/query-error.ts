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

/**
 * What is wrong with a client's input when PostgreSQL (or the driver) refused a statement because
 * of it, or null for any other failure. Data exceptions (SQLSTATE class 22: a NUL byte or another
 * character text cannot hold, a number out of range, a malformed value, a bad LIKE escape) and
 * program limits (class 54: a value too large for an index, too many parameters) are the input's
 * fault; everything else is the server's.
 */
export function inputProblem(error: unknown): string | null {
  const code = (queryCause(error) as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === '22021' || code === '22P05') return 'holds a character that cannot be stored (such as a NUL byte)';
  if (code.startsWith('22')) return 'holds a value the database refuses (out of range or malformed)';
  if (code.startsWith('54') || code === 'MAX_PARAMETERS_EXCEEDED') return 'is too large for the database to take';
  return null;
}
