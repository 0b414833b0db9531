import type { Tx } from '../client.ts';
import { backups } from './schema.ts';

export type NewBackup = typeof backups.$inferInsert;

/** Rows per insert statement. */
const ROWS_PER_INSERT = 1_000;

/**
 * Backup rows, a bounded number per statement: a run of 70,000 artifacts is 70 inserts, not one
 * too large for PostgreSQL. The rows may be made as they are read (a run's finish does not hold
 * 70,000 of them at once). Returns how many of them are changes.
 */
export async function insertBackups(tx: Tx, rows: Iterable<NewBackup>): Promise<number> {
  let changed = 0;
  let chunk: NewBackup[] = [];
  for (const row of rows) {
    if (row.changed) changed++;
    chunk.push(row);
    if (chunk.length === ROWS_PER_INSERT) {
      await tx.insert(backups).values(chunk);
      chunk = [];
    }
  }
  if (chunk.length) await tx.insert(backups).values(chunk);
  return changed;
}
