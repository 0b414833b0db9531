import type { Tx } from '../client.ts';
import { chunks } from '../sql-lists.ts';
import { backups } from './schema.ts';

export type NewBackup = typeof backups.$inferInsert;

/**
 * Backup rows, a bounded number per statement: a run of 70,000 artifacts is 70 inserts, not one
 * too large for PostgreSQL. The rows may be made as they are read (a run's finish does not hold
 * 70,000 of them at once). Returns how many of them are changes.
 */
export async function insertBackups(tx: Tx, rows: Iterable<NewBackup>): Promise<number> {
  let changed = 0;
  for (const chunk of chunks(rows)) {
    changed += chunk.filter((row) => row.changed).length;
    await tx.insert(backups).values(chunk);
  }
  return changed;
}
