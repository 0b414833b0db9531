/** The shapes of GraphQL results the UI reads, and what each enum means on screen. */

export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';
export type SshProfile = 'MODERN' | 'LEGACY';
export type RepositoryKind = 'GIT' | 'FILESYSTEM';
export type SavedState = 'SAVED' | 'UNSAVED' | 'NEVER_SAVED';

export interface User {
  id: string;
  username: string;
  role: Role;
}

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

export interface BackupMethod {
  key: string;
  friendlyName: string;
  description: string;
  isBinary: boolean;
  platform: string;
}

export interface CredentialSet {
  id: string;
  name: string;
  username: string;
  hasPassword: boolean;
  hasEnableSecret: boolean;
  hasPrivateKey: boolean;
  hasPassphrase: boolean;
  deviceCount: number;
}

export interface Repository {
  id: string;
  name: string;
  kind: RepositoryKind;
  path: string;
  remoteUrl: string | null;
  hasRemoteToken: boolean;
  branch: string;
  pathTemplate: string;
  authorName: string;
  authorEmail: string;
  deviceCount: number;
}

export interface DeviceRow {
  id: string;
  name: string;
  host: string;
  port: number;
  backupMethod: string;
  backupMethodInfo: Pick<BackupMethod, 'friendlyName' | 'isBinary'> | null;
  location: string;
  tags: string[];
  enabled: boolean;
}

export interface Device extends DeviceRow {
  repository: Pick<Repository, 'id' | 'name'> | null;
  credentialSets: Pick<CredentialSet, 'id' | 'name'>[];
  sshProfile: SshProfile;
  keepSecrets: boolean;
  /** A regular expression replacing the platform's prompt; null uses the platform's. */
  prompt: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export type RunStatus = 'QUEUED' | 'RUNNING' | 'FINISHING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
export type RunDeviceStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export type RunTrigger = 'MANUAL' | 'SCHEDULE' | 'API';
export type RunMode = 'SEQUENTIAL' | 'PARALLEL';
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
  SUCCEEDED: { label: 'Succeeded', tone: 'good' },
  FAILED: { label: 'Failed', tone: 'bad' },
  CANCELLED: { label: 'Cancelled', tone: 'muted' },
};

export const runTriggerLabels: Record<RunTrigger, string> = { MANUAL: 'Manual', SCHEDULE: 'Schedule', API: 'API' };
export const runModeLabels: Record<RunMode, string> = { SEQUENTIAL: 'One at a time', PARALLEL: 'In parallel' };

/** A device's `lastStatus` as the API stores it (lower case). */
/** Whether the running configuration was saved at the last backup; a saved device needs no attention. */
export const savedStateLabels: Record<SavedState, { label: string; tone: StatusTone; description: string }> = {
  SAVED: { label: 'Saved', tone: 'muted', description: 'The running configuration matches the startup configuration.' },
  UNSAVED: { label: 'Unsaved changes', tone: 'warn', description: 'The running configuration differs from the startup configuration.' },
  NEVER_SAVED: { label: 'Never saved', tone: 'warn', description: 'The device has no startup configuration.' },
};

export const deviceStatusTones: Record<string, StatusTone> = { succeeded: 'good', failed: 'bad', cancelled: 'muted' };

export interface RunSummary {
  id: string;
  status: RunStatus;
  trigger: RunTrigger;
  total: number;
  completed: number;
  succeededCount: number;
  failedCount: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  requestedBy: Pick<User, 'username'> | null;
  repository: Pick<Repository, 'id' | 'name'> | null;
}

export interface RunEvent {
  seq: number;
  type: string;
  current: number;
  total: number;
  message: string;
  deviceId: string | null;
  deviceName: string | null;
  status: string | null;
  code: string | null;
  at: string;
}

export interface DeviceStatusFields {
  repository: Pick<Repository, 'id' | 'name'> | null;
  lastBackupAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  lastChangedAt: string | null;
  /** Null when the backup method does not collect both running and startup configuration. */
  savedState: SavedState | null;
}
