/**
 * Fills config search with versions stored before it existed (or whose text could not be saved
 * with their run): each is read from its repository, redacted and saved. Splits texts saved before
 * search matched lines. Also forgets texts no version refers to any more (their devices were
 * deleted, or the run that collected them was never stored) and lines no text holds.
 */
import { sql } from 'drizzle-orm';
import type { Keyring } from '../../infra/keyring.ts';
import type { Logger } from '../../infra/log.ts';
import { openRepository, type StorageRef, type StoredVersion } from '../../storage/index.ts';
import type { Database } from '../client.ts';
import { repositories, type Repository } from '../repositories/schema.ts';
import { storageConfig } from '../repositories/storage-config.ts';
import { sqlArray } from '../sql-lists.ts';
import { removeUnusedLines, saveConfigTexts, splitConfigTexts } from './save-config-texts.ts';

/** Versions read from their repositories per batch. */
const BATCH = 200;

export interface IndexReport {
  saved: number;
  /** Texts saved before config search matched lines, split into lines now. */
  split: number;
  /** Versions whose repository could not be read (moved, deleted): left for a later job. */
  unreadable: number;
  removed: number;
  /** Lines no text holds any more. */
  removedLines: number;
}

async function readText(version: StoredVersion): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of version.stream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function indexStoredVersions(deps: { db: Database; keyring: Keyring; log: Logger }, signal?: AbortSignal): Promise<IndexReport> {
  const { db, keyring, log } = deps;
  const report: IndexReport = { saved: 0, split: 0, unreadable: 0, removed: 0, removedLines: 0 };
  const skipped: string[] = [];
  const repositoryRows = new Map<string, Repository | null>();
  for (;;) {
    signal?.throwIfAborted();
    const pending = await db.execute<{ sha256: string; storage_ref: StorageRef; repository_id: string | null; backup_method: string }>(sql`
      select distinct on (b.sha256) b.sha256, b.storage_ref, b.repository_id, d.backup_method
      from backups b join devices d on d.id = b.device_id
      where b.changed and b.is_text
        and not exists (select 1 from config_texts t where t.sha256 = b.sha256)
        and b.sha256 <> all(${sqlArray(skipped, 'text')})
      limit ${BATCH}`);
    if (pending.length === 0) break;
    const texts = [];
    for (const row of pending) {
      try {
        const repository = await repositoryOf(db, repositoryRows, row.repository_id);
        if (!repository) throw new Error('its repository was deleted');
        const version = await openRepository(storageConfig(repository, keyring)).openRead(row.storage_ref);
        texts.push({ sha256: row.sha256, content: await readText(version), backupMethod: row.backup_method, redacted: false });
      } catch (error) {
        skipped.push(row.sha256);
        report.unreadable += 1;
        log.warn({ err: error, sha256: row.sha256 }, 'a stored version could not be read for config search');
      }
    }
    report.saved += await saveConfigTexts(db, texts);
  }
  for (let after = ''; ; ) {
    signal?.throwIfAborted();
    const batch = await db.transaction((tx) => splitConfigTexts(tx, after));
    if (!batch) break;
    report.split += batch.count;
    after = batch.last;
  }
  // A text saved since the oldest run under way began may be one that run collected and has not
  // recorded yet (collect-device saves texts as devices give them): it stays.
  const removed = await db.execute(sql`
    delete from config_texts t
    where not exists (select 1 from backups b where b.sha256 = t.sha256 and b.changed and b.is_text)
      and t.created_at < coalesce((select min(r.created_at) from runs r where r.finished_at is null), now())`);
  report.removed = (removed as unknown as { count: number }).count ?? 0;
  report.removedLines = await removeUnusedLines(db);
  return report;
}

async function repositoryOf(db: Database, cache: Map<string, Repository | null>, id: string | null): Promise<Repository | null> {
  if (!id) return null;
  if (!cache.has(id)) {
    const [row] = await db.select().from(repositories).where(sql`${repositories.id} = ${id}`);
    cache.set(id, row ?? null);
  }
  return cache.get(id)!;
}
