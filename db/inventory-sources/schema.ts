import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { InventoryFilter } from '../../inventory/types.ts';
import { users } from '../auth/schema.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { repositories } from '../repositories/schema.ts';
import type { SyncResult } from './types.ts';

export const inventorySourceKinds = ['nautobot', 'netbox'] as const;
export type InventorySourceKind = (typeof inventorySourceKinds)[number];
export const orphanPolicies = ['keep', 'disable', 'delete'] as const;
export type OrphanPolicy = (typeof orphanPolicies)[number];
export const writeBackFormats = ['date', 'datetime'] as const;
export type WriteBackFormat = (typeof writeBackFormats)[number];
export const inventorySyncStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type InventorySyncStatus = (typeof inventorySyncStatuses)[number];
export const inventorySyncTriggers = ['manual', 'schedule', 'api'] as const;
export type InventorySyncTrigger = (typeof inventorySyncTriggers)[number];

/**
 * Where devices come from. The API token is sealed (infra/keyring.ts) and never leaves the
 * database layer except towards the source itself.
 */
export const inventorySources = pgTable('inventory_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  kind: text('kind', { enum: inventorySourceKinds }).notNull(),
  url: text('url').notNull(),
  tokenSealed: text('token_sealed').notNull(),
  verifyTls: boolean('verify_tls').notNull().default(true),
  /** PEM certificates trusted besides the system's, for a source behind a private CA. */
  caBundle: text('ca_bundle'),
  /** NetBox query parameters / Nautobot GraphQL variables: location, role, tag, status, tenant. */
  filter: jsonb('filter').$type<InventoryFilter>().notNull().default({}),
  /** Platform slug → backup method key, over the defaults (platform-map.ts). */
  platformMap: jsonb('platform_map').$type<Record<string, string>>().notNull().default({}),
  /** A custom field holding the device's location; null: the location hierarchy. */
  locationField: text('location_field'),
  /** What becomes device tags: `tags`, `role`, `status`, `tenant`, `cf:<custom field>`. */
  tagFields: text('tag_fields').array().notNull().default(['tags']),
  /** A custom field holding the SSH port; null: port 22. */
  portField: text('port_field'),
  /** Custom fields that become device variables of the same names; empty: variables are set here. */
  variableFields: text('variable_fields').array().notNull().default([]),
  /** A custom field naming the device's credential set; null: `credentialSetId`. */
  credentialSetField: text('credential_set_field'),
  /** The credential set of created devices when no custom field names one. */
  credentialSetId: uuid('credential_set_id').references(() => credentialSets.id, { onDelete: 'set null' }),
  repositoryId: uuid('repository_id').references(() => repositories.id, { onDelete: 'set null' }),
  /** What happens to a device that left the source. */
  orphanPolicy: text('orphan_policy', { enum: orphanPolicies }).notNull().default('keep'),
  /** A custom field the date of each backup is written to; null: no write-back. */
  writeBackField: text('write_back_field'),
  writeBackFormat: text('write_back_format', { enum: writeBackFormats }).notNull().default('date'),
  /** When to sync, as a schedule's cron expression in `syncTimeZone`; null: on demand only. */
  syncCron: text('sync_cron'),
  syncTimeZone: text('sync_time_zone').notNull().default('UTC'),
  /** The last cron slot a tick claimed, as schedules do. */
  lastSyncSlotAt: timestamp('last_sync_slot_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One sync or preview (dry run) of a source: what it read and what it did or would do. */
export const inventorySyncs = pgTable(
  'inventory_syncs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => inventorySources.id, { onDelete: 'cascade' }),
    dryRun: boolean('dry_run').notNull(),
    trigger: text('trigger', { enum: inventorySyncTriggers }).notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: inventorySyncStatuses }).notNull().default('queued'),
    /** Devices read from the source so far. */
    readCount: integer('read_count').notNull().default(0),
    result: jsonb('result').$type<SyncResult>(),
    errorCode: text('error_code'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('inventory_syncs_source_idx').on(t.sourceId, t.createdAt)],
);

/** A sync's staging: every device read, mapped, before anything is applied (unlogged, see migration 0010). */
export const inventorySyncItems = pgTable(
  'inventory_sync_items',
  {
    syncId: uuid('sync_id').notNull(),
    seq: integer('seq').notNull(),
    sourceDeviceId: text('source_device_id').notNull(),
    name: text('name').notNull(),
    host: text('host'),
    port: integer('port'),
    backupMethod: text('backup_method'),
    platform: text('platform'),
    location: text('location').notNull().default(''),
    tags: text('tags').array().notNull().default([]),
    model: text('model'),
    variables: jsonb('variables').$type<Record<string, string>>().notNull().default({}),
    credentialSetId: uuid('credential_set_id'),
    problemCode: text('problem_code'),
    problem: text('problem'),
    deviceId: uuid('device_id'),
    action: text('action'),
  },
  (t) => [
    primaryKey({ columns: [t.syncId, t.seq] }),
    index('inventory_sync_items_source_device_idx').on(t.syncId, t.sourceDeviceId),
    index('inventory_sync_items_name_idx').on(t.syncId, t.name),
  ],
);

export type InventorySource = typeof inventorySources.$inferSelect;
export type InventorySync = typeof inventorySyncs.$inferSelect;
