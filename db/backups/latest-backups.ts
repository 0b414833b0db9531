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
