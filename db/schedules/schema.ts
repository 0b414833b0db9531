import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { repositories } from '../repositories/schema.ts';
import { runModes } from '../runs/modes.ts';
import type { Selection } from '../runs/types.ts';

export const schedules = pgTable('schedules', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  cron: text('cron').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  selection: jsonb('selection').$type<Selection>().notNull().default({ all: true }),
  repositoryId: uuid('repository_id').references(() => repositories.id, { onDelete: 'set null' }),
  mode: text('mode', { enum: runModes }).notNull().default('parallel'),
  concurrency: integer('concurrency').notNull().default(50),
  enabled: boolean('enabled').notNull().default(true),
  /** Its runs re-read source-owned devices from their inventory source when they start. */
  resolveFromSource: boolean('resolve_from_source').notNull().default(false),
  /**
   * The last slot claimed: a run was started for it (or could not be), or it was passed over
   * because the times changed or the schedule was switched on after it. Claiming a slot is what
   * makes a tick start it once.
   */
  lastSlotAt: timestamp('last_slot_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Schedule = typeof schedules.$inferSelect;
