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

/** Texts per statement: a few hundred configurations are a few megabytes of parameters. */
const TEXTS_PER_STATEMENT = 200;

/**
 * Stores texts with their lines: the distinct lines of the batch are added to config_lines when
 * new (keyed by their md5, computed by PostgreSQL) and each text is saved with its lines' ids. A
 * text one of whose lines is missing by then (a clean-up removed it meanwhile, or another line has
 * its md5) is saved without ids: search matches it by its content, and the index-config-texts job
 * tries to split it again.
 */
async function insertTexts(db: Database | Tx, texts: { sha256: string; content: string }[]): Promise<void> {
  const distinct = new Set<string>();
  const split = texts.map(({ content }) => {
    const lines = content.split('\n');
    for (const line of lines) distinct.add(line);
    return lines;
  });
  const lines = [...distinct];
  // Inserted in md5 order (and the texts below in sha256 order): two saves at once then take the
  // rows' locks in the same order, so one may wait for the other but they never deadlock.
  await db.execute(sql`
    insert into config_lines (line, hash)
    select l.line, decode(md5(l.line), 'hex') from unnest(${sqlArray(lines, 'text')}) as l(line) order by 2
    on conflict (hash) do nothing`);
  const rows = await db.execute<{ id: number; line: string }>(sql`
    select id, line from config_lines where hash = any(array(select decode(md5(l), 'hex') from unnest(${sqlArray(lines, 'text')}) as l))`);
  const ids = new Map(rows.map((row) => [row.line, row.id]));
  const lineIds = split.map((textLines) => {
    const textIds = textLines.map((line) => ids.get(line));
    return textIds.every((id) => id !== undefined) ? `{${textIds.join(',')}}` : null;
  });
  await db.execute(sql`
    insert into config_texts (sha256, content, line_ids)
    select t.sha256, t.content, t.line_ids::integer[]
    from unnest(${sqlArray(texts.map((t) => t.sha256), 'text')}, ${sqlArray(texts.map((t) => t.content), 'text')}, ${sqlArray(lineIds, 'text')}) as t(sha256, content, line_ids)
    on conflict (sha256) do update set line_ids = excluded.line_ids where config_texts.line_ids is null`);
}

/**
 * Saves the redacted text of versions not kept yet, split into lines; a content kept already is
 * left as it is. Safe to call twice at once (a run's finish saves two pages at a time).
 */
export async function saveConfigTexts(db: Database | Tx, versions: VersionText[]): Promise<number> {
  const unique = [...new Map(versions.map((v) => [v.sha256, v])).values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
  if (unique.length === 0) return 0;
  const present = await db
    .select({ sha256: configTexts.sha256 })
    .from(configTexts)
    .where(sql`${configTexts.sha256} = any(${sqlArray(unique.map((v) => v.sha256), 'text')})`);
  const known = new Set(present.map((row) => row.sha256));
  const missing = unique.filter((v) => !known.has(v.sha256));
  for (const chunk of chunks(missing, TEXTS_PER_STATEMENT)) {
    await insertTexts(db, chunk.map((v) => ({ sha256: v.sha256, content: searchableText(v) })));
  }
  return missing.length;
}

/**
 * Splits texts saved before lines existed, `limit` at a time in sha256 order after `after`;
 * returns how many it looked at and the last one, or null when none is left.
 */
export async function splitConfigTexts(db: Database | Tx, after: string, limit = TEXTS_PER_STATEMENT): Promise<{ count: number; last: string } | null> {
  const rows = await db.execute<{ sha256: string; content: string }>(sql`
    select sha256, content from config_texts where line_ids is null and sha256 > ${after} order by sha256 limit ${limit}`);
  if (rows.length === 0) return null;
  await insertTexts(db, rows);
  return { count: rows.length, last: rows[rows.length - 1].sha256 };
}

/** Forgets lines no text holds any more (their devices were deleted, or retention removed them). */
export async function removeUnusedLines(db: Database | Tx): Promise<number> {
  const removed = await db.execute(sql`
    delete from config_lines l
    where not exists (select 1 from config_texts t where t.line_ids @> array[l.id])`);
  return (removed as unknown as { count: number }).count ?? 0;
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
