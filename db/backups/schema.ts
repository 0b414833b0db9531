import type { StorageRef } from '../../storage/types.ts';
import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { devices } from '../devices/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { runs } from '../runs/schema.ts';

/** One stored version of an artifact. History pages read these rows, never git history. */
export const backups = pgTable(
  'backups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').references(() => runs.id, { onDelete: 'set null' }),
    repositoryId: uuid('repository_id').references(() => repositories.id, { onDelete: 'set null' }),
    artifact: text('artifact').notNull(),
    isText: boolean('is_text').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** sha256 of the text without volatile lines; what change detection compares. */
    comparableSha256: text('comparable_sha256'),
    changed: boolean('changed').notNull(),
    /** { kind: 'git', commit, path } or { kind: 'filesystem', path }. */
    storageRef: jsonb('storage_ref').$type<StorageRef>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('backups_device_artifact_idx').on(t.deviceId, t.artifact, t.createdAt),
    index('backups_run_idx').on(t.runId),
  ],
);

export type Backup = typeof backups.$inferSelect;
