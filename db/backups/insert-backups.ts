import type { Tx } from '../client.ts';
import { chunks } from '../sql-lists.ts';
import { backups } from './schema.ts';

export type NewBackup = typeof backups.$inferInsert;

/** Backup rows, a bounded number per statement: a run of 70,000 artifacts is 70 inserts, not one too large for PostgreSQL. */
export async function insertBackups(tx: Tx, rows: NewBackup[]): Promise<void> {
  for (const chunk of chunks(rows)) await tx.insert(backups).values(chunk);
}
