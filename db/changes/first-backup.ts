import { sql, type SQL } from 'drizzle-orm';
import { backups } from '../backups/schema.ts';

/**
 * Whether a backup has a backup of the same device and artifact before it. A changed backup
 * without one is its artifact's first ("initial"), which no count of changes includes. Backups
 * are kept as they were stored (`changed` is true on the first one); this is how they are read,
 * with one probe of backups_device_artifact_idx per row. Counts over many backups read the same
 * answer from `backups.initial`, which triggers keep (migration 0019).
 */
export function hasEarlierBackup(of: { deviceId: SQL | typeof backups.deviceId; artifact: SQL | typeof backups.artifact; createdAt: SQL | typeof backups.createdAt } = backups): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${backups} as earlier where earlier.device_id = ${of.deviceId} and earlier.artifact = ${of.artifact} and earlier.created_at < ${of.createdAt})`;
}

/** A changed backup that is not its artifact's first: a real change. */
export function isRealChange(of: { changed: SQL | typeof backups.changed; deviceId: SQL | typeof backups.deviceId; artifact: SQL | typeof backups.artifact; createdAt: SQL | typeof backups.createdAt } = backups): SQL<boolean> {
  return sql<boolean>`(${of.changed} and ${hasEarlierBackup(of)})`;
}
