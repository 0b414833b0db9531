import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { backups, type Backup } from './schema.ts';

/** The latest stored backup of every artifact of these devices in one repository, in one query. */
export async function latestBackups(db: Database, repositoryId: string, deviceIds: string[]): Promise<Backup[]> {
  if (deviceIds.length === 0) return [];
  return db
    .selectDistinctOn([backups.deviceId, backups.artifact])
    .from(backups)
    .where(and(eq(backups.repositoryId, repositoryId), inArray(backups.deviceId, deviceIds)))
    .orderBy(backups.deviceId, backups.artifact, desc(backups.createdAt));
}
