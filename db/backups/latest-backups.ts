import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { sqlArray } from '../sql-lists.ts';
import { backups, type Backup } from './schema.ts';

/**
 * The latest stored backup of every artifact of these devices in one repository, in one query
 * whose device list is one parameter however many devices there are.
 */
export async function latestBackups(db: Database, repositoryId: string, deviceIds: string[]): Promise<Backup[]> {
  if (deviceIds.length === 0) return [];
  return db
    .selectDistinctOn([backups.deviceId, backups.artifact])
    .from(backups)
    .where(and(eq(backups.repositoryId, repositoryId), sql`${backups.deviceId} = any(${sqlArray(deviceIds, 'uuid')})`))
    .orderBy(backups.deviceId, backups.artifact, desc(backups.createdAt));
}
