import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { chunks, sqlArray } from '../sql-lists.ts';
import { backups } from './schema.ts';

export type NewBackup = typeof backups.$inferInsert;

/**
 * Backup rows, a bounded number per statement: a run of 70,000 artifacts is 70 inserts, not one
 * too large for PostgreSQL. Each column goes as one array parameter (`unnest`): the statement is
 * the same whatever its rows, and neither drizzle nor PostgreSQL handles a parameter per cell
 * (a multi-row `values` cost about 0.1 ms of this process's time per row). The rows may be made
 * as they are read (a run's finish does not hold 70,000 of them at once). Returns how many of
 * them are changes.
 */
export async function insertBackups(tx: Tx, rows: Iterable<NewBackup>): Promise<number> {
  let changed = 0;
  for (const chunk of chunks(rows)) {
    changed += chunk.filter((row) => row.changed).length;
    const column = <T>(value: (row: NewBackup) => T) => chunk.map(value);
    const flag = (value: boolean | null | undefined) => (value === undefined || value === null ? null : String(value));
    await tx.execute(sql`
      insert into ${backups} (id, device_id, run_id, repository_id, artifact, is_text, size, sha256, comparable_sha256, changed, initial, added_lines, removed_lines, storage_ref, created_at)
      select coalesce(r.id, gen_random_uuid()), r.device_id, r.run_id, r.repository_id, r.artifact, r.is_text, r.size, r.sha256, r.comparable_sha256,
        r.changed, coalesce(r.initial, false), r.added_lines, r.removed_lines, r.storage_ref, coalesce(r.created_at, now())
      from unnest(
        ${sqlArray(column((row) => row.id ?? null), 'uuid')},
        ${sqlArray(column((row) => row.deviceId), 'uuid')},
        ${sqlArray(column((row) => row.runId ?? null), 'uuid')},
        ${sqlArray(column((row) => row.repositoryId ?? null), 'uuid')},
        ${sqlArray(column((row) => row.artifact), 'text')},
        ${sqlArray(column((row) => flag(row.isText)), 'text')}::boolean[],
        ${sqlArray(column((row) => String(row.size)), 'text')}::bigint[],
        ${sqlArray(column((row) => row.sha256), 'text')},
        ${sqlArray(column((row) => row.comparableSha256 ?? null), 'text')},
        ${sqlArray(column((row) => flag(row.changed)), 'text')}::boolean[],
        ${sqlArray(column((row) => flag(row.initial)), 'text')}::boolean[],
        ${sqlArray(column((row) => row.addedLines ?? null), 'int')},
        ${sqlArray(column((row) => row.removedLines ?? null), 'int')},
        ${sqlArray(column((row) => JSON.stringify(row.storageRef)), 'text')}::jsonb[],
        ${sqlArray(column((row) => (row.createdAt ? row.createdAt.toISOString() : null)), 'text')}::timestamptz[]
      ) as r(id, device_id, run_id, repository_id, artifact, is_text, size, sha256, comparable_sha256, changed, initial, added_lines, removed_lines, storage_ref, created_at)`);
  }
  return changed;
}
