import { sql } from 'drizzle-orm';
import { redactStoredText } from '../backups/redact-stored-text.ts';
import type { Database, Tx } from '../client.ts';
import type { Device } from '../devices/schema.ts';
import type { StagedArtifact } from '../runs/types.ts';
import { chunks, sqlArray } from '../sql-lists.ts';
import { configTexts } from './schema.ts';

/** A stored text version, as config search keeps it. */
export interface VersionText {
  /** sha256 of the stored bytes: `backups.sha256` of the backup that wrote the version. */
  sha256: string;
  content: string;
  /** The device's backup method: its platform's rules redact the text. */
  backupMethod: string;
  /**
   * Whether the text was redacted when it was collected (its device did not keep secrets and
   * rules matched): then it is kept as it is, and no second pass costs a millisecond per text.
   */
  redacted: boolean;
}

/**
 * The text search reads: redacted as the API shows a stored text (redact-stored-text.ts), whatever
 * the device keeps in its repository.
 */
export function searchableText(version: VersionText): string {
  if (version.redacted) return version.content;
  return redactStoredText(version.content, version.backupMethod);
}

/** Saves the redacted text of versions not kept yet; a content kept already is left as it is. */
export async function saveConfigTexts(db: Database | Tx, versions: VersionText[]): Promise<number> {
  const unique = [...new Map(versions.map((v) => [v.sha256, v])).values()];
  if (unique.length === 0) return 0;
  const present = await db
    .select({ sha256: configTexts.sha256 })
    .from(configTexts)
    .where(sql`${configTexts.sha256} = any(${sqlArray(unique.map((v) => v.sha256), 'text')})`);
  const known = new Set(present.map((row) => row.sha256));
  const missing = unique.filter((v) => !known.has(v.sha256));
  for (const chunk of chunks(missing, 200)) {
    await db
      .insert(configTexts)
      .values(chunk.map((v) => ({ sha256: v.sha256, content: searchableText(v) })))
      .onConflictDoNothing();
  }
  return missing.length;
}

/**
 * The texts of a run's new versions: its changed text artifacts. A text with redactions applied
 * from a device that does not keep secrets was redacted when collected; every other one is
 * redacted here (a device may keep secrets, or have changed the option since it was collected).
 */
export function newVersionTexts(
  artifacts: readonly { deviceId: string; changed: boolean; staged: StagedArtifact }[],
  devices: readonly (Pick<Device, 'id' | 'backupMethod' | 'keepSecrets'> | null)[],
): VersionText[] {
  const byId = new Map(devices.flatMap((d) => (d ? [[d.id, d] as const] : [])));
  return artifacts.flatMap(({ deviceId, changed, staged }) => {
    const device = byId.get(deviceId);
    if (!changed || staged.isBinary || !device) return [];
    return [{ sha256: staged.sha256, content: staged.content, backupMethod: device.backupMethod, redacted: !device.keepSecrets && staged.redactions.length > 0 }];
  });
}
