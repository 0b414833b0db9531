import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../auth/schema.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { devices } from '../devices/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { schedules } from '../schedules/schema.ts';
import type { TimestampUpdate } from '../inventory-sources/types.ts';
import type { RunEventPayload, RunFailureCode, RunResult, Selection, Stage, StagedArtifact } from './types.ts';

export const runTriggers = ['manual', 'schedule', 'api'] as const;
export const runTriggerEnum = pgEnum('run_trigger', runTriggers);
import { runModes } from './modes.ts';

export { runModes };
export const runModeEnum = pgEnum('run_mode', runModes);
export const runStatuses = ['queued', 'running', 'finishing', 'succeeded', 'partial', 'failed', 'cancelled'] as const;
export const runStatusEnum = pgEnum('run_status', runStatuses);
/**
 * `collected`: the device's artifacts were collected and are not stored yet: waiting for the run's
 * store, or (error code STORAGE_FAILED, once the run has ended) kept for a retry of the store.
 * `succeeded`: collected and stored.
 */
export const runDeviceStatuses = ['queued', 'running', 'collected', 'succeeded', 'failed', 'cancelled'] as const;
export const runDeviceStatusEnum = pgEnum('run_device_status', runDeviceStatuses);

export const runs = pgTable(
  'runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trigger: runTriggerEnum('trigger').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    scheduleId: uuid('schedule_id').references(() => schedules.id, { onDelete: 'set null' }),
    repositoryId: uuid('repository_id').references(() => repositories.id, { onDelete: 'set null' }),
    mode: runModeEnum('mode').notNull().default('parallel'),
    concurrency: integer('concurrency').notNull().default(50),
    maxAttempts: integer('max_attempts').notNull().default(3),
    selection: jsonb('selection').$type<Selection>().notNull().default({}),
    status: runStatusEnum('status').notNull().default('queued'),
    total: integer('total').notNull().default(0),
    /** The last run event number handed out; bumping it under the row lock orders events. */
    eventSeq: integer('event_seq').notNull().default(0),
    /** Devices started and finished so far, counted as they go so nobody has to count rows. */
    startedDevices: integer('started_devices').notNull().default(0),
    finishedDevices: integer('finished_devices').notNull().default(0),
    /** Devices handed to a collect-device job; each finishing device hands over the next one. */
    dispatchedDevices: integer('dispatched_devices').notNull().default(0),
    /**
     * The run's devices by outcome (`status` of run_devices), kept by a statement trigger on
     * run_devices (migration 0019) so that no list of runs counts its devices' rows.
     */
    collectedDevices: integer('collected_devices').notNull().default(0),
    succeededDevices: integer('succeeded_devices').notNull().default(0),
    failedDevices: integer('failed_devices').notNull().default(0),
    cancelledDevices: integer('cancelled_devices').notNull().default(0),
    /** Failed attempts to store what the run collected, since it was collected or last retried. */
    storeAttempts: integer('store_attempts').notNull().default(0),
    /** Re-read source-owned devices from their inventory source when the run starts. */
    resolveFromSource: boolean('resolve_from_source').notNull().default(false),
    /** What writing the backup date back to inventory sources did; null until it is done. */
    timestampUpdate: jsonb('timestamp_update').$type<TimestampUpdate>(),
    /** The run result: counts, commit status, credential info; never secrets. */
    result: jsonb('result').$type<RunResult>(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('runs_status_idx').on(t.status), index('runs_created_idx').on(t.createdAt)],
);

/** One device's part of a run: its stages, attempts and outcome. */
export const runDevices = pgTable(
  'run_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    deviceId: uuid('device_id').references(() => devices.id, { onDelete: 'set null' }),
    deviceName: text('device_name').notNull(),
    position: integer('position').notNull(),
    status: runDeviceStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    stages: jsonb('stages').$type<Stage[]>().notNull().default([]),
    credentialSetId: uuid('credential_set_id').references(() => credentialSets.id, { onDelete: 'set null' }),
    /**
     * Collected artifacts waiting for the run's commit (text inline, binary by its object staged in the repository);
     * stored uncompressed (migration 0004), since it lives only until the commit. Kept when the
     * store fails, for a retry of the store.
     */
    collected: jsonb('collected').$type<StagedArtifact[]>(),
    errorCode: text('error_code').$type<RunFailureCode>(),
    errorMessage: text('error_message'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
  },
  (t) => [
    unique('run_devices_run_device_unique').on(t.runId, t.deviceId),
    index('run_devices_run_idx').on(t.runId, t.position),
    index('run_devices_device_idx').on(t.deviceId),
  ],
);

/**
 * The fleet's device outcomes per UTC day of `run_devices.finished_at`, kept by the same trigger:
 * the dashboard's success chart and average backup duration read these rows, not run_devices.
 */
export const runDeviceDays = pgTable('run_device_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  succeeded: integer('succeeded').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  /** Successes with a duration, and the sum of their durations. */
  timedSuccesses: integer('timed_successes').notNull().default(0),
  successDurationMs: bigint('success_duration_ms', { mode: 'number' }).notNull().default(0),
});

/** Numbered progress events, persisted so a late subscriber can replay them. */
export const runEvents = pgTable(
  'run_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<RunEventPayload>().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('run_events_run_seq_unique').on(t.runId, t.seq),
    /** The live change feed looks for runs that recorded their backups (db/changes/follow-changes.ts). */
    index('run_events_finished_idx').on(t.createdAt).where(sql`${t.type} = 'run-finished'`),
  ],
);

export type Run = typeof runs.$inferSelect;
export type RunDevice = typeof runDevices.$inferSelect;
export type RunEvent = typeof runEvents.$inferSelect;
