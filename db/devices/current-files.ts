import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { backups } from '../backups/schema.ts';
import type { StorageRef } from '../../storage/types.ts';

/** Where the latest backup of each of the device's artifacts sits in one repository. */
export async function latestDeviceRefs(db: Database, deviceId: string, repositoryId: string): Promise<StorageRef[]> {
  const rows = await db
    .selectDistinctOn([backups.artifact], { storageRef: backups.storageRef })
    .from(backups)
    .where(and(eq(backups.deviceId, deviceId), eq(backups.repositoryId, repositoryId)))
    .orderBy(backups.artifact, desc(backups.createdAt), desc(backups.id));
  return rows.map((r) => r.storageRef);
}
