/**
 * What each API enum means on screen. The enums themselves, and the shape of every result, come
 * from the schema (app/_gql); a new enum member breaks the build here until it has a label.
 */
import type { RepositoryKind, Role, RunDeviceStatus, RunMode, RunStatus, RunTrigger, SavedState, SshProfile } from '../_gql/graphql';

export type { RepositoryKind, Role, RunDeviceStatus, RunMode, RunStatus, RunTrigger, SavedState, SshProfile };

export interface RolePermissions {
  label: string;
  editDevices: boolean;
  /** Users, credential sets, repositories and API tokens. */
  administer: boolean;
}

export const rolePermissions: Record<Role, RolePermissions> = {
  VIEWER: { label: 'Viewer', editDevices: false, administer: false },
  OPERATOR: { label: 'Operator', editDevices: true, administer: false },
  ADMIN: { label: 'Admin', editDevices: true, administer: true },
};

export const sshProfileLabels: Record<SshProfile, { label: string; description: string }> = {
  MODERN: { label: 'Modern', description: 'Current key exchange and ciphers only.' },
  LEGACY: { label: 'Legacy', description: 'Also SHA-1 key exchange, ssh-rsa and CBC ciphers, for old gear.' },
};

export const repositoryKindLabels: Record<RepositoryKind, { label: string; description: string; usesGit: boolean }> = {
  GIT: { label: 'Git', description: 'Every backup is a commit; can push to a remote.', usesGit: true },
  FILESYSTEM: { label: 'Filesystem', description: 'Plain files in a folder; the latest backup only.', usesGit: false },
};

type StatusTone = 'neutral' | 'good' | 'muted' | 'info' | 'warn' | 'bad';

export const runStatusLabels: Record<RunStatus, { label: string; tone: StatusTone; active: boolean }> = {
  QUEUED: { label: 'Queued', tone: 'neutral', active: true },
  RUNNING: { label: 'Running', tone: 'info', active: true },
  FINISHING: { label: 'Finishing', tone: 'info', active: true },
  SUCCEEDED: { label: 'Succeeded', tone: 'good', active: false },
  PARTIAL: { label: 'Partial', tone: 'warn', active: false },
  FAILED: { label: 'Failed', tone: 'bad', active: false },
  CANCELLED: { label: 'Cancelled', tone: 'muted', active: false },
};

export const runDeviceStatusLabels: Record<RunDeviceStatus, { label: string; tone: StatusTone }> = {
  QUEUED: { label: 'Queued', tone: 'neutral' },
  RUNNING: { label: 'Running', tone: 'info' },
  COLLECTED: { label: 'Collected, not stored', tone: 'warn' },
  SUCCEEDED: { label: 'Succeeded', tone: 'good' },
  FAILED: { label: 'Failed', tone: 'bad' },
  CANCELLED: { label: 'Cancelled', tone: 'muted' },
};

export const runTriggerLabels: Record<RunTrigger, string> = { MANUAL: 'Manual', SCHEDULE: 'Schedule', API: 'API' };
export const runModeLabels: Record<RunMode, string> = { SEQUENTIAL: 'One at a time', PARALLEL: 'In parallel' };

/** Whether the running configuration was saved at the last backup; a saved device needs no attention. */
export const savedStateLabels: Record<SavedState, { label: string; tone: StatusTone; description: string }> = {
  SAVED: { label: 'Saved', tone: 'muted', description: 'The running configuration matches the startup configuration.' },
  UNSAVED: { label: 'Unsaved changes', tone: 'warn', description: 'The running configuration differs from the startup configuration.' },
  NEVER_SAVED: { label: 'Never saved', tone: 'warn', description: 'The device has no startup configuration.' },
};

/** A device's `lastStatus` as the API stores it (lower case). */
export const deviceStatusTones: Record<string, StatusTone> = { succeeded: 'good', failed: 'bad', cancelled: 'muted' };
