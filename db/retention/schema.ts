import { sql } from 'drizzle-orm';
import { bigint, boolean, check, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { repositories } from '../repositories/schema.ts';

/**
 * How long a repository keeps the backups of unchanged confirmations: every one for
 * `keepAllDays`, then the last of each day for `keepDailyDays`, of each week for
 * `keepWeeklyWeeks`, of each month for `keepMonthlyMonths`. `deviceTag` null is the repository's
 * policy; a tag's policy replaces it for the devices with that tag. Changes and the latest backup
 * of every artifact are always kept.
 */
export const retentionPolicies = pgTable(
  'retention_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    repositoryId: uuid('repository_id')
      .notNull()
      .references(() => repositories.id, { onDelete: 'cascade' }),
    deviceTag: text('device_tag'),
    keepAllDays: integer('keep_all_days').notNull(),
    keepDailyDays: integer('keep_daily_days').notNull(),
    keepWeeklyWeeks: integer('keep_weekly_weeks').notNull(),
    keepMonthlyMonths: integer('keep_monthly_months').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('retention_policies_repository_tag_unique').on(t.repositoryId, t.deviceTag).nullsNotDistinct(),
    check(
      'retention_policies_periods_check',
      sql`${t.keepAllDays} >= 0 AND ${t.keepDailyDays} >= 0 AND ${t.keepWeeklyWeeks} >= 0 AND ${t.keepMonthlyMonths} >= 0`,
    ),
  ],
);

/**
 * Backups and changes ever recorded, in one row kept by a statement trigger on `backups`
 * (migration 0012): retention removes rows, these totals never go down.
 */
export const backupTotals = pgTable('backup_totals', {
  id: boolean('id').primaryKey().default(true),
  backups: bigint('backups', { mode: 'number' }).notNull(),
  changes: bigint('changes', { mode: 'number' }).notNull(),
});

export type RetentionPolicy = typeof retentionPolicies.$inferSelect;
