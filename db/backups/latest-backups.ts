import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { sqlArray } from '../sql-lists.ts';
import { backups, type Backup } from './schema.ts';

/** What a run's finish compares with and names of the version before: a run of 50,000 devices reads one per artifact. */
export type LatestBackup = Pick<Backup, 'deviceId' | 'artifact' | 'isText' | 'sha256' | 'comparableSha256' | 'storageRef'>;

const latestColumns = {
  deviceId: backups.deviceId,
  artifact: backups.artifact,
  isText: backups.isText,
  sha256: backups.sha256,
  comparableSha256: backups.comparableSha256,
  storageRef: backups.storageRef,
};

/**
 * The latest stored backup of every artifact of these devices in one repository, in one query
 * whose device list is one parameter however many devices there are.
 */
export async function latestBackups(db: Database, repositoryId: string, deviceIds: string[]): Promise<LatestBackup[]> {
  if (deviceIds.length === 0) return [];
  return db
    .selectDistinctOn([backups.deviceId, backups.artifact], latestColumns)
    .from(backups)
    .where(and(eq(backups.repositoryId, repositoryId), sql`${backups.deviceId} = any(${sqlArray(deviceIds, 'uuid')})`))
    .orderBy(backups.deviceId, backups.artifact, desc(backups.createdAt));
}

/** A collected artifact, as sameAsLatest compares it. */
export interface CollectedComparable {
  repositoryId: string;
  deviceId: string;
  artifact: string;
  comparableSha256: string;
}

/**
 * Which collected artifacts (by index) match the latest backup of their artifact in their
 * repository, compared as the run's finish compares them: by comparable content, volatile lines
 * left out. Such an artifact confirms its version; it makes no new one.
 */
export async function sameAsLatest(db: Database, collected: readonly CollectedComparable[]): Promise<Set<number>> {
  if (collected.length === 0) return new Set();
  const rows = await db.execute<{ n: number }>(sql`
    select c.n::int as n
    from unnest(${sqlArray(collected.map((c) => c.repositoryId), 'uuid')}, ${sqlArray(collected.map((c) => c.deviceId), 'uuid')},
      ${sqlArray(collected.map((c) => c.artifact), 'text')}, ${sqlArray(collected.map((c) => c.comparableSha256), 'text')})
      with ordinality as c(repository_id, device_id, artifact, comparable_sha256, n)
    where c.comparable_sha256 = (
      select b.comparable_sha256 from ${backups} b
      where b.repository_id = c.repository_id and b.device_id = c.device_id and b.artifact = c.artifact
      order by b.created_at desc limit 1)`);
  return new Set(rows.map((row) => row.n - 1));
}
