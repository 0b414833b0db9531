// Resolver types generated from graphql/schema.printed.graphql by GraphQL Code Generator (codegen.config.ts).
// Do not edit: run `npm run codegen` after changing the schema or a document.

import type { ArtifactType } from '../enums.ts';
import type { DeviceSortField } from '../enums.ts';
import type { RepositoryKind } from '../enums.ts';
import type { Role } from '../enums.ts';
import type { RunDeviceStatus } from '../enums.ts';
import type { RunMode } from '../enums.ts';
import type { RunStatus } from '../enums.ts';
import type { RunTrigger } from '../enums.ts';
import type { SavedState } from '../enums.ts';
import type { SshProfile } from '../enums.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiToken as ApiTokenModel, User as UserModel } from '../../db/auth/schema.ts';
import type { AuditEntry as AuditEntryModel } from '../../db/audit/schema.ts';
import type { Backup as BackupModel } from '../../db/backups/schema.ts';
import type { CredentialSetView as CredentialSetViewModel } from '../../db/credential-sets/view.ts';
import type { DailySuccess as DailySuccessModel, Dashboard as DashboardModel } from '../../db/dashboard/get-dashboard.ts';
import type { DeviceView as DeviceViewModel } from '../../db/devices/view.ts';
import type { RepositoryView as RepositoryViewModel } from '../../db/repositories/view.ts';
import type { Run as RunModel, RunDevice as RunDeviceModel } from '../../db/runs/schema.ts';
import type { RunResult as RunResultModel } from '../../db/runs/types.ts';
import type { Schedule as ScheduleModel } from '../../db/schedules/schema.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date | string; }
  JSON: { input: unknown; output: unknown; }
};

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the token, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  user: User;
};

export { ArtifactType };

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  /** user or system */
  actorType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One stored version of an artifact. */
export type Backup = {
  __typename?: 'Backup';
  artifact: Scalars['String']['output'];
  /** Whether it differs from the previous version (volatile lines aside). */
  changed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  device?: Maybe<Device>;
  /** Authenticated download: text/plain (.cfg/.txt) or application/octet-stream (.bin); Range requests work. */
  downloadUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isText: Scalars['Boolean']['output'];
  repository?: Maybe<Repository>;
  run?: Maybe<Run>;
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
  /** { kind: git, commit, path, blob } or { kind: filesystem, path, version } */
  storageRef: Scalars['JSON']['output'];
  type: ArtifactType;
};

export type BackupConnection = {
  __typename?: 'BackupConnection';
  edges: Array<BackupEdge>;
  nodes: Array<Backup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BackupContent = {
  __typename?: 'BackupContent';
  backup: Backup;
  content: Scalars['String']['output'];
  lineCount: Scalars['Int']['output'];
  /** True when secrets are shown (an admin asked for them on a device that keeps secrets). */
  secretsRevealed: Scalars['Boolean']['output'];
};

export type BackupDiff = {
  __typename?: 'BackupDiff';
  added: Scalars['Int']['output'];
  from: Backup;
  removed: Scalars['Int']['output'];
  to: Backup;
  unchanged: Scalars['Int']['output'];
  /** A unified diff, older version first. */
  unified: Scalars['String']['output'];
};

export type BackupEdge = {
  __typename?: 'BackupEdge';
  cursor: Scalars['String']['output'];
  node: Backup;
};

/** What a platform offers to collect from a device. */
export type BackupMethod = {
  __typename?: 'BackupMethod';
  artifacts: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  friendlyName: Scalars['String']['output'];
  isBinary: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  platform: Scalars['String']['output'];
};

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  /** Issue the token for another user (defaults to the caller). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateCredentialSetInput = {
  enableSecret?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  passphrase?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  /** A PEM or OpenSSH private key. */
  privateKey?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: any host. */
  scope?: InputMaybe<CredentialSetScopeInput>;
  username: Scalars['String']['input'];
};

export type CreateDeviceInput = {
  backupMethod: Scalars['String']['input'];
  credentialSetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  host: Scalars['String']['input'];
  keepSecrets?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  options?: InputMaybe<Scalars['JSON']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  /** A regular expression for custom prompts; blank uses the platform's. */
  prompt?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  sshProfile?: InputMaybe<SshProfile>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateRepositoryInput = {
  authorEmail?: InputMaybe<Scalars['String']['input']>;
  authorName?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  kind: RepositoryKind;
  name: Scalars['String']['input'];
  /**
   * Defaults to a folder named after the repository in the first repository root. Relative paths
   * start at the data folder. The folder must lie inside a repository root (TIDEMARK_REPOSITORY_ROOTS),
   * be missing, empty or a repository Tidemark made of this kind, and be no other repository's folder,
   * nor inside or around one.
   */
  path?: InputMaybe<Scalars['String']['input']>;
  pathTemplate?: InputMaybe<Scalars['String']['input']>;
  remoteToken?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) smart HTTP URL without user name or password: the password goes in remoteToken. */
  remoteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type CreateScheduleInput = {
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  cron: Scalars['String']['input'];
  /** Back up exactly these devices (disabled ones too); give this or selection. */
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<RunMode>;
  name: Scalars['String']['input'];
  /** Defaults to the only repository when there is one. */
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  selection?: InputMaybe<RunSelectionInput>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  password: Scalars['String']['input'];
  role: Role;
  username: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  /** Shown once: only its hash is stored. */
  token: Scalars['String']['output'];
};

/** A login for devices. Secrets are write-only: only flags say which are set. */
export type CredentialSet = {
  __typename?: 'CredentialSet';
  createdAt: Scalars['DateTime']['output'];
  /** How many devices use this set. */
  deviceCount: Scalars['Int']['output'];
  /** The devices that use this set, by name: `first` of them (at most 500) after the first `offset`; `deviceCount` counts them all. */
  devices: Array<Device>;
  hasEnableSecret: Scalars['Boolean']['output'];
  hasPassphrase: Scalars['Boolean']['output'];
  hasPassword: Scalars['Boolean']['output'];
  hasPrivateKey: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where the set may be used; devices outside it are refused and never sent the secrets. */
  scope: CredentialSetScope;
  /** False when the set may be used on any host (no host patterns or tags): operators can then aim it at a host they control. */
  scoped: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
};


/** A login for devices. Secrets are write-only: only flags say which are set. */
export type CredentialSetDevicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Where a credential set may be used. A device is covered when every list that is not empty
 * matches: its host one of `hosts`, one of its tags one of `tags`, its port one of `ports`.
 * Neither hosts nor tags: any host.
 */
export type CredentialSetScope = {
  __typename?: 'CredentialSetScope';
  /** Host names, IP addresses, wildcards (*.net.example.com: any name under it) and CIDRs (10.0.0.0/8, 2001:db8::/32). Addresses and CIDRs match devices whose host is an IP address. */
  hosts: Array<Scalars['String']['output']>;
  /** Ports, on top of hosts or tags. */
  ports: Array<Scalars['Int']['output']>;
  /** Device tags; operators set tags, so only host patterns keep the set from a host an operator controls. */
  tags: Array<Scalars['String']['output']>;
};

export type CredentialSetScopeInput = {
  hosts?: InputMaybe<Array<Scalars['String']['input']>>;
  ports?: InputMaybe<Array<Scalars['Int']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CredentialUse = {
  __typename?: 'CredentialUse';
  credentialSet: Scalars['String']['output'];
  device: Scalars['String']['output'];
};

export type DailySuccess = {
  __typename?: 'DailySuccess';
  /** YYYY-MM-DD, in UTC. */
  day: Scalars['String']['output'];
  failed: Scalars['Int']['output'];
  /** succeeded / (succeeded + failed); null on a day without finished device backups. */
  rate?: Maybe<Scalars['Float']['output']>;
  succeeded: Scalars['Int']['output'];
};

/** Fleet health at a glance. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Runs that are queued, running or finishing, oldest first (at most 20). */
  activeRuns: Array<Run>;
  /** Mean duration of the successful device backups of the last 30 days; null when there were none. */
  averageDurationMs?: Maybe<Scalars['Int']['output']>;
  /** Devices with a successful backup in the last 24 hours. */
  backedUpLast24h: Scalars['Int']['output'];
  /** Device backups that finished on each of the last 30 days (UTC), oldest first. */
  dailySuccess: Array<DailySuccess>;
  deviceCount: Scalars['Int']['output'];
  /** Devices whose last backup failed. */
  failedCount: Scalars['Int']['output'];
  /** Runs that could not finish (storing failed, or the watchdog ended them) in the last 24 hours, newest first (at most 10); each has its error. */
  failedRuns: Array<Run>;
  /** Devices with the most changed backups in the last 30 days, most first. */
  mostChangedDevices: Array<DeviceChanges>;
  /** Enabled devices with no successful backup for `staleHours` hours, or never. */
  staleCount: Scalars['Int']['output'];
  /** The hours without a successful backup after which an enabled device counts as stale. */
  staleHours: Scalars['Int']['output'];
};


/** Fleet health at a glance. */
export type DashboardMostChangedDevicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A managed network element. */
export type Device = {
  __typename?: 'Device';
  backupMethod: Scalars['String']['output'];
  backupMethodInfo?: Maybe<BackupMethod>;
  backups: BackupConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Tried in this order; at most 10. */
  credentialSets: Array<CredentialSet>;
  enabled: Scalars['Boolean']['output'];
  /** IPv4, IPv6 or DNS name. */
  host: Scalars['String']['output'];
  /** The host key trusted on first use. */
  hostKey?: Maybe<Scalars['String']['output']>;
  hostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keepSecrets: Scalars['Boolean']['output'];
  lastBackupAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a backup of this device last differed from the one before; null when never. */
  lastChangedAt?: Maybe<Scalars['DateTime']['output']>;
  lastErrorCode?: Maybe<Scalars['String']['output']>;
  lastErrorMessage?: Maybe<Scalars['String']['output']>;
  lastStatus?: Maybe<Scalars['String']['output']>;
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** Slash-separated, e.g. emea/ams1. */
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  options: Scalars['JSON']['output'];
  /** A different key the device presented, waiting to be accepted. */
  pendingHostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  port: Scalars['Int']['output'];
  /** A regular expression for the device's prompt, replacing the platform's; null uses the platform's. */
  prompt?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Repository>;
  /** Whether the running configuration was saved at the last backup; null when the backup method does not collect both. */
  savedState?: Maybe<SavedState>;
  sshProfile: SshProfile;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A managed network element. */
export type DeviceBackupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  artifact?: InputMaybe<Scalars['String']['input']>;
  changedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeviceChanges = {
  __typename?: 'DeviceChanges';
  /** Backups with changed = true in the period. */
  changes: Scalars['Int']['output'];
  device: Device;
  lastChangedAt: Scalars['DateTime']['output'];
};

export type DeviceConnection = {
  __typename?: 'DeviceConnection';
  edges: Array<DeviceEdge>;
  nodes: Array<Device>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeviceEdge = {
  __typename?: 'DeviceEdge';
  cursor: Scalars['String']['output'];
  node: Device;
};

export type DeviceFilter = {
  backupMethod?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  lastStatus?: InputMaybe<Scalars['String']['input']>;
  /** Matches the location and everything below it. */
  location?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type DeviceSort = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  field: DeviceSortField;
};

export { DeviceSortField };

export type FailedDevice = {
  __typename?: 'FailedDevice';
  code: Scalars['String']['output'];
  device: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type GitCommitStatus = {
  __typename?: 'GitCommitStatus';
  filesChanged: Scalars['Int']['output'];
  pushError?: Maybe<Scalars['String']['output']>;
  /** Null when the repository has no remote. */
  pushed?: Maybe<Scalars['Boolean']['output']>;
  sha?: Maybe<Scalars['String']['output']>;
};

export type Heartbeat = {
  __typename?: 'Heartbeat';
  at: Scalars['DateTime']['output'];
  seq: Scalars['Int']['output'];
};

export type ImportDevicesResult = {
  __typename?: 'ImportDevicesResult';
  /** The devices created (a CSV holds at most 2000 rows). */
  devices: Array<Device>;
  dryRun: Scalars['Boolean']['output'];
  errors: Array<ImportRowError>;
  /** True when every row is valid (and, unless dryRun, was created). */
  ok: Scalars['Boolean']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** Line number in the CSV; the header is line 1. */
  row: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Trusts the changed host key a device presented. */
  acceptHostKey: Device;
  /** A run of one device. */
  backupDevice: Run;
  /** Drops waiting devices and aborts running ones; what was collected is still stored. */
  cancelRun: Run;
  createApiToken: CreatedApiToken;
  createCredentialSet: CredentialSet;
  createDevice: Device;
  createRepository: Repository;
  /** Fires from its first time after now, never for a time before it existed. */
  createSchedule: Schedule;
  createUser: User;
  /** Refused while a device uses the set. */
  deleteCredentialSet: Scalars['Boolean']['output'];
  deleteDevice: Scalars['Boolean']['output'];
  /** Refused while devices store into it; files on disk are kept. */
  deleteRepository: Scalars['Boolean']['output'];
  /** The runs it started are kept. */
  deleteSchedule: Scalars['Boolean']['output'];
  deleteUser: Scalars['Boolean']['output'];
  /** Creates every row or none. Columns: name, host, port, backup_method, location, tags, credential_sets, enabled, repository, ssh_profile, keep_secrets. */
  importDevices: ImportDevicesResult;
  /**
   * Checks the password and sets the session cookie. After 5 failures for a username (from any
   * address) or from an address (for any username), every attempt is refused unchecked, the right
   * password too, with TOO_MANY_ATTEMPTS and `extensions.details.retryAfterSeconds`, for a lock
   * that doubles with each further failure from 1 second to 15 minutes.
   */
  login: User;
  /** Ends the browser session and clears its cookie. */
  logout: Scalars['Boolean']['output'];
  /** Stores again what an ended run collected but could not store (operators). Refused when it kept nothing, or a later run stored newer backups of one of its devices. */
  retryStore: Run;
  revokeApiToken: ApiToken;
  startRun: Run;
  updateCredentialSet: CredentialSet;
  updateDevice: Device;
  updateRepository: Repository;
  /** New times start from the next fire time; one that just passed is not started late. */
  updateSchedule: Schedule;
  updateUser: User;
};


export type MutationAcceptHostKeyArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationBackupDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCredentialSetArgs = {
  input: CreateCredentialSetInput;
};


export type MutationCreateDeviceArgs = {
  input: CreateDeviceInput;
};


export type MutationCreateRepositoryArgs = {
  input: CreateRepositoryInput;
};


export type MutationCreateScheduleArgs = {
  input: CreateScheduleInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteCredentialSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRepositoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportDevicesArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRetryStoreArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartRunArgs = {
  input: StartRunInput;
};


export type MutationUpdateCredentialSetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCredentialSetInput;
};


export type MutationUpdateDeviceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeviceInput;
};


export type MutationUpdateRepositoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRepositoryInput;
};


export type MutationUpdateScheduleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateScheduleInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The newest 1000. */
  apiTokens: Array<ApiToken>;
  auditLog: AuditEntryConnection;
  backup?: Maybe<Backup>;
  /** A text backup as stored (secrets redacted), or with secrets when an admin asks and the device keeps them. */
  backupContent: BackupContent;
  /** At most 200. */
  backupMethods: Array<BackupMethod>;
  credentialSet?: Maybe<CredentialSet>;
  /** At most 200, by name. */
  credentialSets: Array<CredentialSet>;
  dashboard: Dashboard;
  device?: Maybe<Device>;
  devices: DeviceConnection;
  /** Compares two text backups; the older goes on the left whichever order they are given in. */
  diffBackups: BackupDiff;
  /** The logged-in user, or null. */
  me?: Maybe<User>;
  /** The description and next fire times of a cron expression (at most 100). */
  previewSchedule: SchedulePreview;
  /** At most 200, by name. */
  repositories: Array<Repository>;
  repository?: Maybe<Repository>;
  run?: Maybe<Run>;
  runs: RunConnection;
  schedule?: Maybe<Schedule>;
  /** At most 200, by name. */
  schedules: Array<Schedule>;
  /** Checks the folder (the rules a new repository's obeys) and the remote (with its token) without writing anything. Admin only. */
  testRepository: RepositoryCheck;
  /** At most 500, by user name. */
  users: Array<User>;
  /** The server's version. */
  version: Scalars['String']['output'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBackupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBackupContentArgs = {
  id: Scalars['ID']['input'];
  revealSecrets?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCredentialSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDashboardArgs = {
  staleHours?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<DeviceSort>;
};


export type QueryDiffBackupsArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QueryPreviewScheduleArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  cron: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRepositoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTestRepositoryArgs = {
  id: Scalars['ID']['input'];
};

/** Where backups go. */
export type Repository = {
  __typename?: 'Repository';
  authorEmail: Scalars['String']['output'];
  authorName: Scalars['String']['output'];
  branch: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deviceCount: Scalars['Int']['output'];
  hasRemoteToken: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: RepositoryKind;
  name: Scalars['String']['output'];
  /** The folder on the server: the bare Git repository or the filesystem root, symbolic links resolved. */
  path: Scalars['String']['output'];
  /** Where each artifact is stored, e.g. {location}/{device}/{artifact}. */
  pathTemplate: Scalars['String']['output'];
  /** Never with credentials: a user name or password stored by an earlier version is left out. */
  remoteUrl?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type RepositoryCheck = {
  __typename?: 'RepositoryCheck';
  /** What was checked and what was found. */
  messages: Array<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
};

export { RepositoryKind };

export { Role };

/** One execution over a set of devices. */
export type Run = {
  __typename?: 'Run';
  /** Devices finished so far. */
  completed: Scalars['Int']['output'];
  concurrency: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The devices of the run in order: `first` of them (at most 500) after the first `offset`, only those in `deviceIds` when given; `total` counts them all. */
  devices: Array<RunDevice>;
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** Stored progress events after `afterSeq`, at most `first` (up to 10000) of them; continue after the last `seq`. */
  events: Array<RunEvent>;
  failedCount: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  maxAttempts: Scalars['Int']['output'];
  mode: RunMode;
  /** Devices collected whose artifacts are not stored: waiting for the run's store or, once the run has ended, kept for `retryStore`. */
  notStoredCount: Scalars['Int']['output'];
  repository?: Maybe<Repository>;
  requestedBy?: Maybe<User>;
  result?: Maybe<RunResult>;
  selection: Scalars['JSON']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunStatus;
  /** Failed attempts to store the run since its devices were collected or its store was last retried; each is tried again after a wait. */
  storeAttempts: Scalars['Int']['output'];
  succeededCount: Scalars['Int']['output'];
  /** Devices in the run. */
  total: Scalars['Int']['output'];
  trigger: RunTrigger;
};


/** One execution over a set of devices. */
export type RunDevicesArgs = {
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** One execution over a set of devices. */
export type RunEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RunConnection = {
  __typename?: 'RunConnection';
  edges: Array<RunEdge>;
  nodes: Array<Run>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One device's part in a run. */
export type RunDevice = {
  __typename?: 'RunDevice';
  attempts: Scalars['Int']['output'];
  /** The credential set that logged in; never its secrets. */
  credentialSet?: Maybe<CredentialSet>;
  device?: Maybe<Device>;
  deviceName: Scalars['String']['output'];
  durationMs?: Maybe<Scalars['Int']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** The last 50 stages, oldest first. */
  stages: Array<RunStage>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunDeviceStatus;
};

export { RunDeviceStatus };

export type RunEdge = {
  __typename?: 'RunEdge';
  cursor: Scalars['String']['output'];
  node: Run;
};

/** A numbered progress event of a run. */
export type RunEvent = {
  __typename?: 'RunEvent';
  at: Scalars['DateTime']['output'];
  code?: Maybe<Scalars['String']['output']>;
  current: Scalars['Int']['output'];
  deviceId?: Maybe<Scalars['ID']['output']>;
  deviceName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** For people: Backing up device 5/10: switch-05 */
  message: Scalars['String']['output'];
  payload: Scalars['JSON']['output'];
  runId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  status?: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
  /** run-started, device-started, device-stage, device-finished, run-finishing, run-store-failed, run-finished, run-cancelled, run-resumed */
  type: Scalars['String']['output'];
};

export type RunFilter = {
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<RunStatus>;
  trigger?: InputMaybe<RunTrigger>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export { RunMode };

export type RunResult = {
  __typename?: 'RunResult';
  backedUpCount: Scalars['Int']['output'];
  backedUpDevices: Array<Scalars['String']['output']>;
  changedCount: Scalars['Int']['output'];
  commitDate?: Maybe<Scalars['DateTime']['output']>;
  /** At most 10000. */
  credentialInfo: Array<CredentialUse>;
  durationMs: Scalars['Int']['output'];
  failedCount: Scalars['Int']['output'];
  /** At most 10000. */
  failedDevices: Array<FailedDevice>;
  gitCommitStatus?: Maybe<GitCommitStatus>;
  gitStatus: Scalars['String']['output'];
  repository?: Maybe<RunResultRepository>;
  success: Scalars['Boolean']['output'];
  unchangedCount: Scalars['Int']['output'];
};

export type RunResultRepository = {
  __typename?: 'RunResultRepository';
  id: Scalars['ID']['output'];
  kind: RepositoryKind;
  name: Scalars['String']['output'];
};

/** Which devices a run covers, resolved when it starts. */
export type RunSelectionInput = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  backupMethods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Skip disabled devices (default true). */
  enabledOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches the location and everything below it. */
  location?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One stage of a device's backup: resolve, connect, authenticate, collect or store. */
export type RunStage = {
  __typename?: 'RunStage';
  artifact?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  attempt?: Maybe<Scalars['Int']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  credentialSet?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  stage: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export { RunStatus };

export { RunTrigger };

export { SavedState };

/** Starts runs at the times of a cron expression, read in the schedule's time zone. */
export type Schedule = {
  __typename?: 'Schedule';
  concurrency: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Five fields: minute hour day-of-month month day-of-week, e.g. 30 2 * * *. */
  cron: Scalars['String']['output'];
  /** The cron expression in words, e.g. At 02:30 every day. */
  description: Scalars['String']['output'];
  /** Disabled schedules never fire. */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The latest run this schedule started. */
  lastRun?: Maybe<Run>;
  /** The last fire time that was claimed: started, or passed over after the times changed. */
  lastSlotAt?: Maybe<Scalars['DateTime']['output']>;
  mode: RunMode;
  name: Scalars['String']['output'];
  /** The next times it fires (at most 100); empty while disabled. */
  nextRuns: Array<Scalars['DateTime']['output']>;
  repository?: Maybe<Repository>;
  /** Which devices each run covers, resolved when the run starts. */
  selection: Scalars['JSON']['output'];
  /** IANA time zone name, e.g. Europe/Amsterdam. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** Starts runs at the times of a cron expression, read in the schedule's time zone. */
export type ScheduleNextRunsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};

/** A cron expression explained before it is saved. */
export type SchedulePreview = {
  __typename?: 'SchedulePreview';
  /** The expression with its whitespace normalised. */
  cron: Scalars['String']['output'];
  description: Scalars['String']['output'];
  nextRuns: Array<Scalars['DateTime']['output']>;
  /** The canonical name of the time zone. */
  timeZone: Scalars['String']['output'];
};

export { SshProfile };

export type StartRunInput = {
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  /** Back up exactly these devices (disabled ones too). */
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Attempts per device for retryable failures (unreachable, timeout). */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<RunMode>;
  /** Defaults to the only repository when there is one. */
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  selection?: InputMaybe<RunSelectionInput>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A tick every `intervalMs` milliseconds, to check that a live connection works. */
  heartbeat: Heartbeat;
  /** The run's stored events after `afterSeq`, then live ones until the subscriber leaves. */
  runProgress: RunEvent;
  /** Events of every run from now on (or after event `afterId`). */
  runUpdates: RunEvent;
};


export type SubscriptionHeartbeatArgs = {
  intervalMs?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionRunProgressArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
};


export type SubscriptionRunUpdatesArgs = {
  afterId?: InputMaybe<Scalars['ID']['input']>;
};

/** Omitted fields stay as they are; an empty string or null clears a secret. */
export type UpdateCredentialSetInput = {
  enableSecret?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  passphrase?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  privateKey?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole scope; null: any host. */
  scope?: InputMaybe<CredentialSetScopeInput>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDeviceInput = {
  backupMethod?: InputMaybe<Scalars['String']['input']>;
  credentialSetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  keepSecrets?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Scalars['JSON']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  /** A regular expression for custom prompts; blank uses the platform's. */
  prompt?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  sshProfile?: InputMaybe<SshProfile>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateRepositoryInput = {
  authorEmail?: InputMaybe<Scalars['String']['input']>;
  authorName?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  path?: InputMaybe<Scalars['String']['input']>;
  pathTemplate?: InputMaybe<Scalars['String']['input']>;
  remoteToken?: InputMaybe<Scalars['String']['input']>;
  remoteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateScheduleInput = {
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  cron?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the selection; give this or selection. */
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Switching a schedule on does not start a run for a time that passed while it was off. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<RunMode>;
  name?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  selection?: InputMaybe<RunSelectionInput>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  username: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ArtifactType: ArtifactType;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  Backup: ResolverTypeWrapper<BackupModel>;
  BackupConnection: ResolverTypeWrapper<Omit<BackupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BackupEdge']>, nodes: Array<ResolversTypes['Backup']> }>;
  BackupContent: ResolverTypeWrapper<Omit<BackupContent, 'backup'> & { backup: ResolversTypes['Backup'] }>;
  BackupDiff: ResolverTypeWrapper<Omit<BackupDiff, 'from' | 'to'> & { from: ResolversTypes['Backup'], to: ResolversTypes['Backup'] }>;
  BackupEdge: ResolverTypeWrapper<Omit<BackupEdge, 'node'> & { node: ResolversTypes['Backup'] }>;
  BackupMethod: ResolverTypeWrapper<BackupMethod>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateCredentialSetInput: CreateCredentialSetInput;
  CreateDeviceInput: CreateDeviceInput;
  CreateRepositoryInput: CreateRepositoryInput;
  CreateScheduleInput: CreateScheduleInput;
  CreateUserInput: CreateUserInput;
  CreatedApiToken: ResolverTypeWrapper<Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  CredentialSet: ResolverTypeWrapper<CredentialSetViewModel>;
  CredentialSetScope: ResolverTypeWrapper<CredentialSetScope>;
  CredentialSetScopeInput: CredentialSetScopeInput;
  CredentialUse: ResolverTypeWrapper<CredentialUse>;
  DailySuccess: ResolverTypeWrapper<DailySuccessModel>;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<DeviceViewModel>;
  DeviceChanges: ResolverTypeWrapper<Omit<DeviceChanges, 'device'> & { device: ResolversTypes['Device'] }>;
  DeviceConnection: ResolverTypeWrapper<Omit<DeviceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DeviceEdge']>, nodes: Array<ResolversTypes['Device']> }>;
  DeviceEdge: ResolverTypeWrapper<Omit<DeviceEdge, 'node'> & { node: ResolversTypes['Device'] }>;
  DeviceFilter: DeviceFilter;
  DeviceSort: DeviceSort;
  DeviceSortField: DeviceSortField;
  FailedDevice: ResolverTypeWrapper<FailedDevice>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GitCommitStatus: ResolverTypeWrapper<GitCommitStatus>;
  Heartbeat: ResolverTypeWrapper<Heartbeat>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportDevicesResult: ResolverTypeWrapper<Omit<ImportDevicesResult, 'devices'> & { devices: Array<ResolversTypes['Device']> }>;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Repository: ResolverTypeWrapper<RepositoryViewModel>;
  RepositoryCheck: ResolverTypeWrapper<RepositoryCheck>;
  RepositoryKind: RepositoryKind;
  Role: Role;
  Run: ResolverTypeWrapper<RunModel>;
  RunConnection: ResolverTypeWrapper<Omit<RunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RunEdge']>, nodes: Array<ResolversTypes['Run']> }>;
  RunDevice: ResolverTypeWrapper<RunDeviceModel>;
  RunDeviceStatus: RunDeviceStatus;
  RunEdge: ResolverTypeWrapper<Omit<RunEdge, 'node'> & { node: ResolversTypes['Run'] }>;
  RunEvent: ResolverTypeWrapper<RunEvent>;
  RunFilter: RunFilter;
  RunMode: RunMode;
  RunResult: ResolverTypeWrapper<RunResultModel>;
  RunResultRepository: ResolverTypeWrapper<NonNullable<RunResultModel['repository']>>;
  RunSelectionInput: RunSelectionInput;
  RunStage: ResolverTypeWrapper<RunStage>;
  RunStatus: RunStatus;
  RunTrigger: RunTrigger;
  SavedState: SavedState;
  Schedule: ResolverTypeWrapper<ScheduleModel>;
  SchedulePreview: ResolverTypeWrapper<SchedulePreview>;
  SshProfile: SshProfile;
  StartRunInput: StartRunInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCredentialSetInput: UpdateCredentialSetInput;
  UpdateDeviceInput: UpdateDeviceInput;
  UpdateRepositoryInput: UpdateRepositoryInput;
  UpdateScheduleInput: UpdateScheduleInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiToken: ApiTokenModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  Backup: BackupModel;
  BackupConnection: Omit<BackupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BackupEdge']>, nodes: Array<ResolversParentTypes['Backup']> };
  BackupContent: Omit<BackupContent, 'backup'> & { backup: ResolversParentTypes['Backup'] };
  BackupDiff: Omit<BackupDiff, 'from' | 'to'> & { from: ResolversParentTypes['Backup'], to: ResolversParentTypes['Backup'] };
  BackupEdge: Omit<BackupEdge, 'node'> & { node: ResolversParentTypes['Backup'] };
  BackupMethod: BackupMethod;
  Boolean: Scalars['Boolean']['output'];
  CreateApiTokenInput: CreateApiTokenInput;
  CreateCredentialSetInput: CreateCredentialSetInput;
  CreateDeviceInput: CreateDeviceInput;
  CreateRepositoryInput: CreateRepositoryInput;
  CreateScheduleInput: CreateScheduleInput;
  CreateUserInput: CreateUserInput;
  CreatedApiToken: Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CredentialSet: CredentialSetViewModel;
  CredentialSetScope: CredentialSetScope;
  CredentialSetScopeInput: CredentialSetScopeInput;
  CredentialUse: CredentialUse;
  DailySuccess: DailySuccessModel;
  Dashboard: DashboardModel;
  DateTime: Scalars['DateTime']['output'];
  Device: DeviceViewModel;
  DeviceChanges: Omit<DeviceChanges, 'device'> & { device: ResolversParentTypes['Device'] };
  DeviceConnection: Omit<DeviceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DeviceEdge']>, nodes: Array<ResolversParentTypes['Device']> };
  DeviceEdge: Omit<DeviceEdge, 'node'> & { node: ResolversParentTypes['Device'] };
  DeviceFilter: DeviceFilter;
  DeviceSort: DeviceSort;
  FailedDevice: FailedDevice;
  Float: Scalars['Float']['output'];
  GitCommitStatus: GitCommitStatus;
  Heartbeat: Heartbeat;
  ID: Scalars['ID']['output'];
  ImportDevicesResult: Omit<ImportDevicesResult, 'devices'> & { devices: Array<ResolversParentTypes['Device']> };
  ImportRowError: ImportRowError;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Repository: RepositoryViewModel;
  RepositoryCheck: RepositoryCheck;
  Run: RunModel;
  RunConnection: Omit<RunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RunEdge']>, nodes: Array<ResolversParentTypes['Run']> };
  RunDevice: RunDeviceModel;
  RunEdge: Omit<RunEdge, 'node'> & { node: ResolversParentTypes['Run'] };
  RunEvent: RunEvent;
  RunFilter: RunFilter;
  RunResult: RunResultModel;
  RunResultRepository: NonNullable<RunResultModel['repository']>;
  RunSelectionInput: RunSelectionInput;
  RunStage: RunStage;
  Schedule: ScheduleModel;
  SchedulePreview: SchedulePreview;
  StartRunInput: StartRunInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  UpdateCredentialSetInput: UpdateCredentialSetInput;
  UpdateDeviceInput: UpdateDeviceInput;
  UpdateRepositoryInput: UpdateRepositoryInput;
  UpdateScheduleInput: UpdateScheduleInput;
  UpdateUserInput: UpdateUserInput;
  User: UserModel;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ArtifactTypeResolvers = EnumResolverSignature<{ BINARY?: any, TEXT?: any }, ResolversTypes['ArtifactType']>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BackupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Backup'] = ResolversParentTypes['Backup']> = {
  artifact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isText?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  storageRef?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ArtifactType'], ParentType, ContextType>;
};

export type BackupConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupConnection'] = ResolversParentTypes['BackupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BackupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Backup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BackupContentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupContent'] = ResolversParentTypes['BackupContent']> = {
  backup?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secretsRevealed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BackupDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupDiff'] = ResolversParentTypes['BackupDiff']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unified?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BackupEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupEdge'] = ResolversParentTypes['BackupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
};

export type BackupMethodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupMethod'] = ResolversParentTypes['BackupMethod']> = {
  artifacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  friendlyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isBinary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CredentialSet'] = ResolversParentTypes['CredentialSet']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<CredentialSetDevicesArgs, 'first' | 'offset'>>;
  hasEnableSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPassphrase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPrivateKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CredentialSetScope'], ParentType, ContextType>;
  scoped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialSetScopeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CredentialSetScope'] = ResolversParentTypes['CredentialSetScope']> = {
  hosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredentialUseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CredentialUse'] = ResolversParentTypes['CredentialUse']> = {
  credentialSet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DailySuccessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DailySuccess'] = ResolversParentTypes['DailySuccess']> = {
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
  activeRuns?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  averageDurationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  backedUpLast24h?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dailySuccess?: Resolver<Array<ResolversTypes['DailySuccess']>, ParentType, ContextType>;
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedRuns?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  mostChangedDevices?: Resolver<Array<ResolversTypes['DeviceChanges']>, ParentType, ContextType, RequireFields<DashboardMostChangedDevicesArgs, 'first'>>;
  staleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device']> = {
  backupMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backupMethodInfo?: Resolver<Maybe<ResolversTypes['BackupMethod']>, ParentType, ContextType>;
  backups?: Resolver<ResolversTypes['BackupConnection'], ParentType, ContextType, RequireFields<DeviceBackupsArgs, 'changedOnly' | 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credentialSets?: Resolver<Array<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keepSecrets?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastBackupAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastErrorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  pendingHostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  savedState?: Resolver<Maybe<ResolversTypes['SavedState']>, ParentType, ContextType>;
  sshProfile?: Resolver<ResolversTypes['SshProfile'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DeviceChangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeviceChanges'] = ResolversParentTypes['DeviceChanges']> = {
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  lastChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DeviceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeviceConnection'] = ResolversParentTypes['DeviceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeviceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeviceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeviceEdge'] = ResolversParentTypes['DeviceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
};

export type DeviceSortFieldResolvers = EnumResolverSignature<{ BACKUP_METHOD?: any, HOST?: any, LAST_BACKUP_AT?: any, LAST_STATUS?: any, LOCATION?: any, NAME?: any }, ResolversTypes['DeviceSortField']>;

export type FailedDeviceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FailedDevice'] = ResolversParentTypes['FailedDevice']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GitCommitStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GitCommitStatus'] = ResolversParentTypes['GitCommitStatus']> = {
  filesChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pushError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pushed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sha?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HeartbeatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Heartbeat'] = ResolversParentTypes['Heartbeat']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportDevicesResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportDevicesResult'] = ResolversParentTypes['ImportDevicesResult']> = {
  devices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportRowErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptHostKey?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationAcceptHostKeyArgs, 'deviceId'>>;
  backupDevice?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationBackupDeviceArgs, 'id'>>;
  cancelRun?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationCancelRunArgs, 'id'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createCredentialSet?: Resolver<ResolversTypes['CredentialSet'], ParentType, ContextType, RequireFields<MutationCreateCredentialSetArgs, 'input'>>;
  createDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationCreateDeviceArgs, 'input'>>;
  createRepository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationCreateRepositoryArgs, 'input'>>;
  createSchedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationCreateScheduleArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteCredentialSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCredentialSetArgs, 'id'>>;
  deleteDevice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDeviceArgs, 'id'>>;
  deleteRepository?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRepositoryArgs, 'id'>>;
  deleteSchedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteScheduleArgs, 'id'>>;
  deleteUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'id'>>;
  importDevices?: Resolver<ResolversTypes['ImportDevicesResult'], ParentType, ContextType, RequireFields<MutationImportDevicesArgs, 'csv' | 'dryRun'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retryStore?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationRetryStoreArgs, 'runId'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  startRun?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationStartRunArgs, 'input'>>;
  updateCredentialSet?: Resolver<ResolversTypes['CredentialSet'], ParentType, ContextType, RequireFields<MutationUpdateCredentialSetArgs, 'id' | 'input'>>;
  updateDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationUpdateDeviceArgs, 'id' | 'input'>>;
  updateRepository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationUpdateRepositoryArgs, 'id' | 'input'>>;
  updateSchedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationUpdateScheduleArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  backup?: Resolver<Maybe<ResolversTypes['Backup']>, ParentType, ContextType, RequireFields<QueryBackupArgs, 'id'>>;
  backupContent?: Resolver<ResolversTypes['BackupContent'], ParentType, ContextType, RequireFields<QueryBackupContentArgs, 'id' | 'revealSecrets'>>;
  backupMethods?: Resolver<Array<ResolversTypes['BackupMethod']>, ParentType, ContextType>;
  credentialSet?: Resolver<Maybe<ResolversTypes['CredentialSet']>, ParentType, ContextType, RequireFields<QueryCredentialSetArgs, 'id'>>;
  credentialSets?: Resolver<Array<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<QueryDashboardArgs, 'staleHours'>>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<QueryDeviceArgs, 'id'>>;
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, RequireFields<QueryDevicesArgs, 'first'>>;
  diffBackups?: Resolver<ResolversTypes['BackupDiff'], ParentType, ContextType, RequireFields<QueryDiffBackupsArgs, 'context' | 'fromId' | 'toId'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  previewSchedule?: Resolver<ResolversTypes['SchedulePreview'], ParentType, ContextType, RequireFields<QueryPreviewScheduleArgs, 'count' | 'cron' | 'timeZone'>>;
  repositories?: Resolver<Array<ResolversTypes['Repository']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType, RequireFields<QueryRepositoryArgs, 'id'>>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType, RequireFields<QueryRunArgs, 'id'>>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, RequireFields<QueryRunsArgs, 'first'>>;
  schedule?: Resolver<Maybe<ResolversTypes['Schedule']>, ParentType, ContextType, RequireFields<QueryScheduleArgs, 'id'>>;
  schedules?: Resolver<Array<ResolversTypes['Schedule']>, ParentType, ContextType>;
  testRepository?: Resolver<ResolversTypes['RepositoryCheck'], ParentType, ContextType, RequireFields<QueryTestRepositoryArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RepositoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Repository'] = ResolversParentTypes['Repository']> = {
  authorEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasRemoteToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RepositoryKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pathTemplate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remoteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RepositoryCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepositoryCheck'] = ResolversParentTypes['RepositoryCheck']> = {
  messages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RepositoryKindResolvers = EnumResolverSignature<{ FILESYSTEM?: any, GIT?: any }, ResolversTypes['RepositoryKind']>;

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, OPERATOR?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type RunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Run'] = ResolversParentTypes['Run']> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['RunDevice']>, ParentType, ContextType, RequireFields<RunDevicesArgs, 'first' | 'offset'>>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['RunEvent']>, ParentType, ContextType, RequireFields<RunEventsArgs, 'afterSeq' | 'first'>>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RunMode'], ParentType, ContextType>;
  notStoredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['RunResult']>, ParentType, ContextType>;
  selection?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  storeAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  succeededCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['RunTrigger'], ParentType, ContextType>;
};

export type RunConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunConnection'] = ResolversParentTypes['RunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunDeviceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunDevice'] = ResolversParentTypes['RunDevice']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  credentialSet?: Resolver<Maybe<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  deviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['RunStage']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunDeviceStatus'], ParentType, ContextType>;
};

export type RunDeviceStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, COLLECTED?: any, FAILED?: any, QUEUED?: any, RUNNING?: any, SUCCEEDED?: any }, ResolversTypes['RunDeviceStatus']>;

export type RunEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunEdge'] = ResolversParentTypes['RunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
};

export type RunEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunEvent'] = ResolversParentTypes['RunEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunModeResolvers = EnumResolverSignature<{ PARALLEL?: any, SEQUENTIAL?: any }, ResolversTypes['RunMode']>;

export type RunResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunResult'] = ResolversParentTypes['RunResult']> = {
  backedUpCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backedUpDevices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  changedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  credentialInfo?: Resolver<Array<ResolversTypes['CredentialUse']>, ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedDevices?: Resolver<Array<ResolversTypes['FailedDevice']>, ParentType, ContextType>;
  gitCommitStatus?: Resolver<Maybe<ResolversTypes['GitCommitStatus']>, ParentType, ContextType>;
  gitStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['RunResultRepository']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunResultRepositoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunResultRepository'] = ResolversParentTypes['RunResultRepository']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RepositoryKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunStageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunStage'] = ResolversParentTypes['RunStage']> = {
  artifact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attempt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentialSet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, FAILED?: any, FINISHING?: any, PARTIAL?: any, QUEUED?: any, RUNNING?: any, SUCCEEDED?: any }, ResolversTypes['RunStatus']>;

export type RunTriggerResolvers = EnumResolverSignature<{ API?: any, MANUAL?: any, SCHEDULE?: any }, ResolversTypes['RunTrigger']>;

export type SavedStateResolvers = EnumResolverSignature<{ NEVER_SAVED?: any, SAVED?: any, UNSAVED?: any }, ResolversTypes['SavedState']>;

export type ScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Schedule'] = ResolversParentTypes['Schedule']> = {
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cron?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  lastSlotAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RunMode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRuns?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType, RequireFields<ScheduleNextRunsArgs, 'count'>>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  selection?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SchedulePreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchedulePreview'] = ResolversParentTypes['SchedulePreview']> = {
  cron?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRuns?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SshProfileResolvers = EnumResolverSignature<{ LEGACY?: any, MODERN?: any }, ResolversTypes['SshProfile']>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  heartbeat?: SubscriptionResolver<ResolversTypes['Heartbeat'], "heartbeat", ParentType, ContextType, RequireFields<SubscriptionHeartbeatArgs, 'intervalMs'>>;
  runProgress?: SubscriptionResolver<ResolversTypes['RunEvent'], "runProgress", ParentType, ContextType, RequireFields<SubscriptionRunProgressArgs, 'afterSeq' | 'runId'>>;
  runUpdates?: SubscriptionResolver<ResolversTypes['RunEvent'], "runUpdates", ParentType, ContextType, Partial<SubscriptionRunUpdatesArgs>>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  ArtifactType?: ArtifactTypeResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  Backup?: BackupResolvers<ContextType>;
  BackupConnection?: BackupConnectionResolvers<ContextType>;
  BackupContent?: BackupContentResolvers<ContextType>;
  BackupDiff?: BackupDiffResolvers<ContextType>;
  BackupEdge?: BackupEdgeResolvers<ContextType>;
  BackupMethod?: BackupMethodResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  CredentialSet?: CredentialSetResolvers<ContextType>;
  CredentialSetScope?: CredentialSetScopeResolvers<ContextType>;
  CredentialUse?: CredentialUseResolvers<ContextType>;
  DailySuccess?: DailySuccessResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  DeviceChanges?: DeviceChangesResolvers<ContextType>;
  DeviceConnection?: DeviceConnectionResolvers<ContextType>;
  DeviceEdge?: DeviceEdgeResolvers<ContextType>;
  DeviceSortField?: DeviceSortFieldResolvers;
  FailedDevice?: FailedDeviceResolvers<ContextType>;
  GitCommitStatus?: GitCommitStatusResolvers<ContextType>;
  Heartbeat?: HeartbeatResolvers<ContextType>;
  ImportDevicesResult?: ImportDevicesResultResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Repository?: RepositoryResolvers<ContextType>;
  RepositoryCheck?: RepositoryCheckResolvers<ContextType>;
  RepositoryKind?: RepositoryKindResolvers;
  Role?: RoleResolvers;
  Run?: RunResolvers<ContextType>;
  RunConnection?: RunConnectionResolvers<ContextType>;
  RunDevice?: RunDeviceResolvers<ContextType>;
  RunDeviceStatus?: RunDeviceStatusResolvers;
  RunEdge?: RunEdgeResolvers<ContextType>;
  RunEvent?: RunEventResolvers<ContextType>;
  RunMode?: RunModeResolvers;
  RunResult?: RunResultResolvers<ContextType>;
  RunResultRepository?: RunResultRepositoryResolvers<ContextType>;
  RunStage?: RunStageResolvers<ContextType>;
  RunStatus?: RunStatusResolvers;
  RunTrigger?: RunTriggerResolvers;
  SavedState?: SavedStateResolvers;
  Schedule?: ScheduleResolvers<ContextType>;
  SchedulePreview?: SchedulePreviewResolvers<ContextType>;
  SshProfile?: SshProfileResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

