/**
 * GraphQL enums are the db's string constants in SCREAMING_SNAKE_CASE: MODERN ⇄ 'modern',
 * NEVER_SAVED ⇄ 'never-saved', LAST_BACKUP_AT ⇄ 'lastBackupAt'. Resolvers take and return the db
 * values; `graphqlEnum` builds the map that translates them at the transport, and the generated
 * resolver types use the unions below for each enum (codegen.config.ts `enumValues`).
 */
import { roles } from '../db/auth/schema.ts';
import type { ChangeKind } from '../db/changes/change-kinds.ts';
import { deviceSortFields } from '../db/devices/list-devices.ts';
import { sshProfiles } from '../db/devices/schema.ts';
import { repositoryKinds } from '../db/repositories/schema.ts';
import { runModes } from '../db/runs/modes.ts';
import { runDeviceStatuses, runStatuses, runTriggers } from '../db/runs/schema.ts';
import type { SavedState } from '../plugins/types.ts';

type ScreamingSnake<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends '-' ? '_' : C extends Lowercase<C> ? Uppercase<C> : `_${C}`}${ScreamingSnake<Rest>}`
  : '';

/** An enum's resolver map: each GraphQL member name to its db value. */
export function graphqlEnum<const V extends string>(values: readonly V[]): { [K in V as ScreamingSnake<K>]: K } {
  return Object.fromEntries(values.map((value) => [value.replace(/[A-Z]/g, '_$&').replace(/-/g, '_').toUpperCase(), value])) as never;
}

/** A backup is text or binary; the table keeps that as `is_text`. */
export const artifactTypes = ['text', 'binary'] as const;

/** plugins/types.ts declares SavedState as a type only; a Record keeps this list complete. */
const savedStateSet: Record<SavedState, true> = { saved: true, unsaved: true, 'never-saved': true };
export const savedStates = Object.keys(savedStateSet) as SavedState[];

export type ArtifactType = (typeof artifactTypes)[number];
export type { ChangeKind };
export type { ConfigSearchScope } from '../db/config-search/search-configs.ts';
export type DeviceSortField = (typeof deviceSortFields)[number];
export type RepositoryKind = (typeof repositoryKinds)[number];
export type Role = (typeof roles)[number];
export type RunDeviceStatus = (typeof runDeviceStatuses)[number];
export type RunMode = (typeof runModes)[number];
export type RunStatus = (typeof runStatuses)[number];
export type RunTrigger = (typeof runTriggers)[number];
export type { SavedState };
export type { OptionFieldKind } from '../plugins/option-fields.ts';
export type SshProfile = (typeof sshProfiles)[number];
export type { HostKeyStatus } from '../db/connection-tests/check-connection.ts';
export type { InventorySourceKind, InventorySyncStatus, OrphanPolicy, WriteBackFormat } from '../db/inventory-sources/schema.ts';
export type { ChannelKind as NotificationChannelKind, NotificationEvent, SmtpSecurity } from '../notify/types.ts';
export type { DeliveryStatus as NotificationDeliveryStatus } from '../db/notifications/schema.ts';
