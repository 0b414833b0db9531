import type { StorageRef } from '../../storage/types.ts';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /**
     * The artifact's first backup: no backup of the same device and artifact before it. Kept by
     * statement triggers on backups (migration 0019); a changed backup that is not initial is a
     * real change.
     */
    initial: boolean('initial').notNull().default(false),
    /**
     * Lines added and removed against the version before, counted when the run is stored (the
     * whole text for an artifact's first backup); null when unchanged, binary, or when the version
     * before is in another repository.
     */
    addedLines: integer('added_lines'),
    removedLines: integer('removed_lines'),
    /** { kind: 'git', commit, path } or { kind: 'filesystem', path }. */
    storageRef: jsonb('storage_ref').$type<StorageRef>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('backups_device_artifact_idx').on(t.deviceId, t.artifact, t.createdAt),
    index('backups_run_idx').on(t.runId),
    // The stored versions of text artifacts, newest first per artifact, with their sha256 (INCLUDE, in
    // the migration): config search picks each artifact's latest from this index alone.
    index('backups_text_versions_idx')
      .on(t.deviceId, t.artifact, t.createdAt.desc())
      .where(sql`${t.changed} and ${t.isText}`),
    index('backups_repository_idx').on(t.repositoryId, t.deviceId, t.artifact, t.createdAt),
    index('backups_changed_created_idx').on(t.createdAt.desc(), t.id.desc()).where(sql`${t.changed}`),
    // Real changes by date, with their device (INCLUDE, in the migration): the most changed devices.
    index('backups_real_changes_idx').on(t.createdAt).where(sql`${t.changed} and not ${t.initial}`),
    // A run's changed backups, with whether each is initial (INCLUDE, in the migration): its counts of changes.
    index('backups_run_changed_idx').on(t.runId).where(sql`${t.changed}`),
  ],
);

export type Backup = typeof backups.$inferSelect;
