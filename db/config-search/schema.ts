import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('config_texts_content_trgm_idx').using('gin', t.content.op('gin_trgm_ops'))],
);

export type ConfigText = typeof configTexts.$inferSelect;
