import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SavedState } from '../../plugins/types.ts';
import type { DeviceVariables } from './device-variables.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { inventorySources } from '../inventory-sources/schema.ts';
import { repositories } from '../repositories/schema.ts';

export const sshProfiles = ['modern', 'legacy'] as const;
export type SshProfile = (typeof sshProfiles)[number];
export const sshProfileEnum = pgEnum('ssh_profile', sshProfiles);

export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    host: text('host').notNull(),
    port: integer('port').notNull().default(22),
    backupMethod: text('backup_method').notNull(),
    /** Slash-separated location path, e.g. "emea/ams1". */
    location: text('location').notNull().default(''),
    tags: text('tags').array().notNull().default([]),
    /** The device type, e.g. "C9300-48P"; null: not known. */
    model: text('model'),
    /** Name → value, rendered by path templates as {var.<name>} (device-variables.ts). */
    variables: jsonb('variables').$type<DeviceVariables>().notNull().default({}),
    enabled: boolean('enabled').notNull().default(true),
    repositoryId: uuid('repository_id').references(() => repositories.id, { onDelete: 'set null' }),
    sshProfile: sshProfileEnum('ssh_profile').notNull().default('modern'),
    /** The host key trusted on first use, as "type base64". */
    hostKey: text('host_key'),
    /** A changed key the device presented, waiting for an operator to accept it. */
    pendingHostKey: text('pending_host_key'),
    /** Store secrets unredacted; off by default. */
    keepSecrets: boolean('keep_secrets').notNull().default(false),
    /** Backup method options (file lists, sizes), validated by the method. */
    options: jsonb('options').notNull().default({}),
    /** A regular expression for the device's prompt, replacing the platform's (custom prompts). */
    prompt: text('prompt'),
    /**
     * Whether the running configuration was saved at the last backup: saved, unsaved (it
     * differs from the startup configuration) or never-saved (no startup configuration).
     * Null when the backup method does not collect both.
     */
    savedState: text('saved_state').$type<SavedState>(),
    /** The credential set that last logged in, tried first next time. */
    lastCredentialSetId: uuid('last_credential_set_id').references(() => credentialSets.id, {
      onDelete: 'set null',
    }),
    lastBackupAt: timestamp('last_backup_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastStatus: text('last_status'),
    lastErrorCode: text('last_error_code'),
    lastErrorMessage: text('last_error_message'),
    /** Retired: left out of every run, its files taken out of the repository's current tree; its history stays. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /** The inventory source that owns the device and the device's id there; null: managed here. */
    sourceId: uuid('source_id').references(() => inventorySources.id, { onDelete: 'set null' }),
    sourceDeviceId: text('source_device_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('devices_backup_method_idx').on(t.backupMethod),
    index('devices_location_idx').on(t.location),
    index('devices_repository_idx').on(t.repositoryId),
    // The device list picks a page's ids in name order from this index alone (an index-only scan
    // over the rows its offset skips), not from the table.
    index('devices_name_id_idx').on(t.name, t.id),
    // The list's search by substring (db/devices/list-devices.ts), tags as one line per tag. The
    // table keeps room on its pages (fillfactor 70, in migration 0019) so that a run's updates of
    // each device's last backup need not touch these indexes.
    index('devices_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('devices_host_trgm_idx').using('gin', t.host.op('gin_trgm_ops')),
    index('devices_location_trgm_idx').using('gin', t.location.op('gin_trgm_ops')),
    index('devices_tags_trgm_idx').using('gin', sql`device_tags_text(${t.tags}) gin_trgm_ops`),
    unique('devices_source_device_unique').on(t.sourceId, t.sourceDeviceId),
    check('devices_variables_object_check', sql`jsonb_typeof(${t.variables}) = 'object'`),
  ],
);

/** A device's credential sets, tried in `position` order. */
export const deviceCredentialSets = pgTable(
  'device_credential_sets',
  {
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'cascade' }),
    credentialSetId: uuid('credential_set_id')
      .notNull()
      .references(() => credentialSets.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.deviceId, t.credentialSetId] }),
    index('device_credential_sets_set_idx').on(t.credentialSetId),
  ],
);

/**
 * How many devices there are, in one row kept by statement triggers on `devices` (migration 0009),
 * so that the device list need not count the whole table for every page.
 */
export const deviceTotals = pgTable('device_totals', {
  id: boolean('id').primaryKey().default(true),
  total: bigint('total', { mode: 'number' }).notNull(),
});

export type Device = typeof devices.$inferSelect;
