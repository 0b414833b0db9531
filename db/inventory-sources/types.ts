/**
 * Glossary
 * - source: an inventory system (Nautobot, NetBox) devices are read from.
 * - owned device: a device a source created; its synced fields follow the source.
 * - synced fields: name, host, backup method, location and tags; the port and credential sets too
 *   when a custom field maps them. They are read-only while the source owns the device.
 * - orphan: an owned device the source no longer lists; the source's orphan policy keeps,
 *   disables or deletes it.
 * - conflict: a source device that cannot be applied and is reported instead of guessed: no
 *   primary IP, an unmapped platform, a name another device holds, an invalid value.
 */

export const conflictCodes = [
  'NO_PRIMARY_IP',
  'UNMAPPED_PLATFORM',
  'NAME_TAKEN',
  'DUPLICATE_NAME',
  'INVALID_NAME',
  'INVALID_HOST',
  'INVALID_PORT',
  'UNKNOWN_CREDENTIAL_SET',
] as const;
export type ConflictCode = (typeof conflictCodes)[number];

/** How many items each list of a sync result keeps; the counts are always exact. */
export const SYNC_LIST_LIMIT = 500;

export interface SyncFieldChange {
  field: string;
  from: string;
  to: string;
}

export interface SyncResult {
  /** Devices read from the source. */
  read: number;
  counts: { create: number; update: number; unchanged: number; disable: number; delete: number; keep: number; conflicts: number };
  created: { name: string; host: string; backupMethod: string; location: string }[];
  updated: { name: string; changes: SyncFieldChange[] }[];
  /** Owned devices the source no longer lists, and what the orphan policy does with each. */
  orphans: { name: string; action: 'keep' | 'disable' | 'delete' }[];
  conflicts: { sourceDeviceId: string; name: string; code: ConflictCode; message: string }[];
  durationMs: number;
}

/** Written to a run once its write-backs are done: how many devices got the backup date. */
export interface TimestampUpdate {
  updated: number;
  failed: number;
  errors: { device: string; message: string }[];
}
