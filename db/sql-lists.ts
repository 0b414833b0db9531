/**
 * Lists in SQL without statements that grow with the fleet. PostgreSQL takes at most 65,535 bind
 * parameters in one statement, and `inArray` or a multi-row `values(...)` spends one per item or
 * per cell: 5,000 devices of two artifacts each, at eleven columns a backup, were already over.
 * A list goes as one array parameter instead, and rows are inserted a bounded chunk at a time.
 */
import { sql, type SQL } from 'drizzle-orm';

/** What PostgreSQL's wire protocol allows in one statement (the count is a 16-bit number). */
export const MAX_BIND_PARAMETERS = 65_535;

/**
 * Rows per insert statement. Far below the limit for any table here (it allows 65 columns), and
 * past a few hundred rows a bigger statement stops being faster while it keeps costing memory.
 */
export const ROWS_PER_INSERT = 1_000;

/** A list as one bind parameter of an array type: `col = any(${sqlArray(ids, 'uuid')})`, `unnest(…)`. */
export function sqlArray(values: readonly (string | number | null)[], type: 'uuid' | 'text' | 'int'): SQL {
  return sql`${sql.param([...values])}::${sql.raw(type)}[]`;
}

/** The rows in consecutive slices of at most `size`, each made when it is reached: the rows may be made as they are read. */
export function* chunks<T>(rows: Iterable<T>, size = ROWS_PER_INSERT): Generator<T[]> {
  let slice: T[] = [];
  for (const row of rows) {
    slice.push(row);
    if (slice.length === size) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length) yield slice;
}
