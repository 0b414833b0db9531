import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * The redacted text of stored text versions, one row per distinct content: what config search
 * reads. Keyed by the sha256 of the bytes the repository holds (`backups.sha256` of the backup that
 * wrote the version), so a device whose configuration comes back to an earlier text shares its row.
 * Secrets are always redacted here, also for devices that keep them in their repository.
 */
export const configTexts = pgTable(
  'config_texts',
  {
    sha256: text('sha256').primaryKey(),
    content: text('content').notNull(),
    /**
     * The text as its lines' ids in config_lines, in order: line n of the text is
     * `config_lines.id = line_ids[n]`. Null until the text is split (texts saved before lines
     * existed, or whose lines changed under a concurrent clean-up); searched by its content then.
     */
    lineIds: integer('line_ids').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('config_texts_line_ids_idx').using('gin', t.lineIds),
    index('config_texts_unsplit_trgm_idx').using('gin', t.content.op('gin_trgm_ops')).where(sql`${t.lineIds} is null`),
  ],
);

/**
 * Every distinct line of the stored texts, once: a fleet's configurations repeat the same lines,
 * so the lines a search must check are a few percent of all lines. Keyed by the md5 of the line
 * (a btree cannot hold every line's text).
 */
export const configLines = pgTable(
  'config_lines',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    line: text('line').notNull(),
    hash: bytea('hash').notNull(),
  },
  (t) => [uniqueIndex('config_lines_hash_idx').on(t.hash), index('config_lines_line_trgm_idx').using('gin', t.line.op('gin_trgm_ops'))],
);

export type ConfigText = typeof configTexts.$inferSelect;
