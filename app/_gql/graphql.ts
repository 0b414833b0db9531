/* eslint-disable */
// Types of the UI's documents, generated from graphql/schema.printed.graphql and the graphql() calls in app/ (codegen.config.ts).
// Do not edit: run `npm run codegen` after changing the schema or a document.

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
};

export type ArtifactType =
  | 'BINARY'
  | 'TEXT';

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

export type CredentialSetScopeInput = {
  hosts?: InputMaybe<Array<Scalars['String']['input']>>;
  ports?: InputMaybe<Array<Scalars['Int']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
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

export type DeviceSortField =
  | 'BACKUP_METHOD'
  | 'HOST'
  | 'LAST_BACKUP_AT'
  | 'LAST_STATUS'
  | 'LOCATION'
  | 'NAME';

export type RepositoryKind =
  | 'FILESYSTEM'
  | 'GIT';

export type Role =
  /** Also manages users, credential sets, repositories and API tokens. */
  | 'ADMIN'
  /** Also edits devices and runs backups. */
  | 'OPERATOR'
  /** Reads devices, backups, runs and schedules, never secrets; users, API tokens and the audit log are the admin's. */
  | 'VIEWER';

export type RunDeviceStatus =
  | 'CANCELLED'
  /** Collected, not stored: waiting for the run's store or, once the run has ended (error code STORAGE_FAILED), kept for `retryStore`. Not backed up. */
  | 'COLLECTED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  /** Collected and stored: backed up. */
  | 'SUCCEEDED';

export type RunFilter = {
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<RunStatus>;
  trigger?: InputMaybe<RunTrigger>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RunMode =
  /** Up to `concurrency` devices at once. */
  | 'PARALLEL'
  /** One device at a time, in name order. */
  | 'SEQUENTIAL';

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

export type RunStatus =
  | 'CANCELLED'
  | 'FAILED'
  /** Collection is done; the backups are being stored. */
  | 'FINISHING'
  /** Some devices failed. */
  | 'PARTIAL'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type RunTrigger =
  | 'API'
  | 'MANUAL'
  | 'SCHEDULE';

/** Whether a device's running configuration is saved to its startup configuration. */
export type SavedState =
  /** The device has no startup configuration. */
  | 'NEVER_SAVED'
  /** Running and startup configuration are the same. */
  | 'SAVED'
  /** The running configuration has changes that are not saved. */
  | 'UNSAVED';

export type SshProfile =
  /** Adds SHA-1 key exchange, ssh-rsa and CBC ciphers for old gear. */
  | 'LEGACY'
  /** ssh2's default algorithms. */
  | 'MODERN';

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SessionUserFragment = { id: string, username: string, role: Role } & { ' $fragmentName'?: 'SessionUserFragment' };

export type RunProgressSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
  afterSeq: Scalars['Int']['input'];
}>;


export type RunProgressSubscription = { runProgress: { seq: number, type: string, current: number, total: number, message: string, deviceId: string | null, deviceName: string | null, status: string | null, code: string | null, at: string } };

export type BackupMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupMethodsQuery = { backupMethods: Array<{ key: string, friendlyName: string, description: string, platform: string, artifacts: Array<string>, isBinary: boolean }> };

export type CredentialSetFormFieldsFragment = { id: string, name: string, username: string, hasPassword: boolean, hasEnableSecret: boolean, hasPrivateKey: boolean, hasPassphrase: boolean, scope: { hosts: Array<string>, tags: Array<string>, ports: Array<number> } } & { ' $fragmentName'?: 'CredentialSetFormFieldsFragment' };

export type CreateCredentialSetMutationVariables = Exact<{
  input: CreateCredentialSetInput;
}>;


export type CreateCredentialSetMutation = { createCredentialSet: { id: string } };

export type UpdateCredentialSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCredentialSetInput;
}>;


export type UpdateCredentialSetMutation = { updateCredentialSet: { id: string } };

export type CredentialSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialSetsQuery = { credentialSets: Array<{ id: string, name: string, username: string, hasPassword: boolean, hasEnableSecret: boolean, hasPrivateKey: boolean, hasPassphrase: boolean, scoped: boolean, deviceCount: number, scope: { hosts: Array<string>, tags: Array<string>, ports: Array<number> }, devices: Array<{ id: string, name: string }> }> };

export type DeleteCredentialSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCredentialSetMutation = { deleteCredentialSet: boolean };

export type EditCredentialSetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditCredentialSetQuery = { credentialSet: (
    { name: string }
    & { ' $fragmentRefs'?: { 'CredentialSetFormFieldsFragment': CredentialSetFormFieldsFragment } }
  ) | null };

export type DashboardQueryVariables = Exact<{
  staleHours: Scalars['Int']['input'];
}>;


export type DashboardQuery = { dashboard: { staleHours: number, deviceCount: number, backedUpLast24h: number, failedCount: number, staleCount: number, averageDurationMs: number | null, dailySuccess: Array<{ ' $fragmentRefs'?: { 'SuccessChartDayFragment': SuccessChartDayFragment } }>, activeRuns: Array<{ id: string, status: RunStatus, total: number, completed: number, createdAt: string, startedAt: string | null }>, failedRuns: Array<{ id: string, error: string | null, finishedAt: string | null }>, mostChangedDevices: Array<{ changes: number, lastChangedAt: string, device: { id: string, name: string } }> }, runs: { nodes: Array<{ ' $fragmentRefs'?: { 'RunTableRowFragment': RunTableRowFragment } }> } };

export type RunUpdatesSubscriptionVariables = Exact<{
  afterId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RunUpdatesSubscription = { runUpdates: { id: string, runId: string, type: string, current: number, total: number } };

export type SuccessChartDayFragment = { day: string, succeeded: number, failed: number, rate: number | null } & { ' $fragmentName'?: 'SuccessChartDayFragment' };

export type BackupContentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BackupContentQuery = { backupContent: { content: string, lineCount: number, backup: { id: string, artifact: string, createdAt: string, size: number, sha256: string, downloadUrl: string, device: { id: string, name: string } | null } } };

export type DiffBackupsQueryVariables = Exact<{
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  context: Scalars['Int']['input'];
}>;


export type DiffBackupsQuery = { diffBackups: { added: number, removed: number, unchanged: number, unified: string, from: { id: string, artifact: string, createdAt: string, device: { name: string } | null }, to: { id: string, artifact: string, createdAt: string } } };

export type CredentialSetOptionFragment = { id: string, name: string, username: string, scope: { hosts: Array<string>, tags: Array<string>, ports: Array<number> } } & { ' $fragmentName'?: 'CredentialSetOptionFragment' };

export type DeviceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeviceDetailQuery = { device: { id: string, name: string, host: string, port: number, backupMethod: string, location: string, enabled: boolean, lastBackupAt: string | null, lastSuccessAt: string | null, lastStatus: string | null, lastErrorCode: string | null, lastErrorMessage: string | null, lastChangedAt: string | null, savedState: SavedState | null, prompt: string | null, hostKeyFingerprint: string | null, pendingHostKeyFingerprint: string | null, backupMethodInfo: { friendlyName: string } | null, repository: { id: string, name: string } | null, credentialSets: Array<{ name: string, scoped: boolean }> } | null };

export type BackupDeviceMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type BackupDeviceMutation = { startRun: { id: string } };

export type AcceptHostKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptHostKeyMutation = { acceptHostKey: { id: string } };

export type DeviceBackupsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeviceBackupsQuery = { device: { id: string, backups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, artifact: string, type: ArtifactType, size: number, changed: boolean, createdAt: string, sha256: string, downloadUrl: string, run: { id: string } | null }> } } | null };

export type DeviceRunsQueryVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type DeviceRunsQuery = { runs: { totalCount: number, nodes: Array<{ id: string, status: RunStatus, createdAt: string, startedAt: string | null, devices: Array<{ status: RunDeviceStatus, attempts: number, durationMs: number | null, errorCode: string | null, errorMessage: string | null, device: { id: string } | null, stages: Array<{ ' $fragmentRefs'?: { 'RunStageFieldsFragment': RunStageFieldsFragment } }> }> }> } };

export type BackupMethodNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupMethodNamesQuery = { backupMethods: Array<{ key: string, friendlyName: string }> };

export type DeviceFormFieldsFragment = { id: string, name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, enabled: boolean, sshProfile: SshProfile, keepSecrets: boolean, prompt: string | null, repository: { id: string } | null, credentialSets: Array<{ id: string }> } & { ' $fragmentName'?: 'DeviceFormFieldsFragment' };

export type DeviceFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceFormOptionsQuery = { backupMethods: Array<{ key: string, friendlyName: string, description: string, isBinary: boolean }>, credentialSets: Array<{ ' $fragmentRefs'?: { 'CredentialSetOptionFragment': CredentialSetOptionFragment } }>, repositories: Array<{ id: string, name: string }> };

export type CreateDeviceMutationVariables = Exact<{
  input: CreateDeviceInput;
}>;


export type CreateDeviceMutation = { createDevice: { id: string } };

export type UpdateDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDeviceInput;
}>;


export type UpdateDeviceMutation = { updateDevice: { id: string } };

export type DevicesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  sort?: InputMaybe<DeviceSort>;
}>;


export type DevicesQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { id: string, repository: { id: string } | null }
      & { ' $fragmentRefs'?: { 'DeviceTableRowFragment': DeviceTableRowFragment } }
    )> } };

export type RunRepositoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RunRepositoriesQuery = { repositories: Array<{ id: string, name: string }> };

export type StartRunMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type StartRunMutation = { startRun: { id: string } };

export type DeleteDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDeviceMutation = { deleteDevice: boolean };

export type DeviceTableRowFragment = { id: string, name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, enabled: boolean, lastBackupAt: string | null, lastStatus: string | null, lastErrorCode: string | null, lastErrorMessage: string | null, lastChangedAt: string | null, savedState: SavedState | null, backupMethodInfo: { friendlyName: string, isBinary: boolean } | null } & { ' $fragmentName'?: 'DeviceTableRowFragment' };

export type EditDeviceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditDeviceQuery = { device: (
    { name: string }
    & { ' $fragmentRefs'?: { 'DeviceFormFieldsFragment': DeviceFormFieldsFragment } }
  ) | null };

export type ImportDevicesMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ImportDevicesMutation = { importDevices: { ok: boolean, dryRun: boolean, errors: Array<{ row: number, field: string | null, message: string }>, devices: Array<{ name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, enabled: boolean }> } };

export type EditRepositoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditRepositoryQuery = { repository: (
    { name: string }
    & { ' $fragmentRefs'?: { 'RepositoryFormFieldsFragment': RepositoryFormFieldsFragment } }
  ) | null };

export type PathPreviewRepositoryFragment = { id: string, name: string, pathTemplate: string } & { ' $fragmentName'?: 'PathPreviewRepositoryFragment' };

export type RepositoryDevicesQueryVariables = Exact<{
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RepositoryDevicesQuery = { using: { totalCount: number, nodes: Array<{ id: string, name: string }> }, all: { nodes: Array<{ id: string, name: string, location: string, tags: Array<string>, backupMethod: string, backupMethodInfo: { artifacts: Array<string> } | null }> } };

export type RepositoryFormFieldsFragment = { id: string, name: string, kind: RepositoryKind, path: string, remoteUrl: string | null, hasRemoteToken: boolean, branch: string, pathTemplate: string, authorName: string, authorEmail: string } & { ' $fragmentName'?: 'RepositoryFormFieldsFragment' };

export type CreateRepositoryMutationVariables = Exact<{
  input: CreateRepositoryInput;
}>;


export type CreateRepositoryMutation = { createRepository: { id: string } };

export type UpdateRepositoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRepositoryInput;
}>;


export type UpdateRepositoryMutation = { updateRepository: { id: string } };

export type RepositoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RepositoriesQuery = { repositories: Array<(
    { id: string, name: string, kind: RepositoryKind, path: string, remoteUrl: string | null, hasRemoteToken: boolean, branch: string, pathTemplate: string, deviceCount: number }
    & { ' $fragmentRefs'?: { 'PathPreviewRepositoryFragment': PathPreviewRepositoryFragment } }
  )> };

export type TestRepositoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestRepositoryQuery = { testRepository: { ok: boolean, messages: Array<string> } };

export type DeleteRepositoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRepositoryMutation = { deleteRepository: boolean };

export type RunStageFieldsFragment = { stage: string, status: string, attempt: number | null, code: string | null, message: string | null, artifact: string | null, at: string } & { ' $fragmentName'?: 'RunStageFieldsFragment' };

export type RunResultSummaryFragment = { backedUpCount: number, changedCount: number, unchangedCount: number, failedCount: number, gitStatus: string, commitDate: string | null, gitCommitStatus: { sha: string | null, filesChanged: number, pushed: boolean | null, pushError: string | null } | null } & { ' $fragmentName'?: 'RunResultSummaryFragment' };

export type RunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunQuery = { run: { id: string, status: RunStatus, trigger: RunTrigger, total: number, completed: number, succeededCount: number, failedCount: number, notStoredCount: number, storeAttempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null, mode: RunMode, concurrency: number, maxAttempts: number, error: string | null, requestedBy: { username: string } | null, repository: { name: string } | null, devices: Array<{ id: string, deviceName: string, status: RunDeviceStatus, attempts: number, durationMs: number | null, errorCode: string | null, errorMessage: string | null, device: { id: string } | null, stages: Array<{ ' $fragmentRefs'?: { 'RunStageFieldsFragment': RunStageFieldsFragment } }> }>, result: { ' $fragmentRefs'?: { 'RunResultSummaryFragment': RunResultSummaryFragment } } | null } | null };

export type CancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRunMutation = { cancelRun: { id: string } };

export type RetryStoreMutationVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type RetryStoreMutation = { retryStore: { id: string } };

export type RunsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
}>;


export type RunsQuery = { runs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ' $fragmentRefs'?: { 'RunTableRowFragment': RunTableRowFragment } }> } };

export type RunTableRowFragment = { id: string, status: RunStatus, trigger: RunTrigger, total: number, completed: number, succeededCount: number, failedCount: number, createdAt: string, startedAt: string | null, durationMs: number | null, requestedBy: { username: string } | null } & { ' $fragmentName'?: 'RunTableRowFragment' };

export type EditScheduleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditScheduleQuery = { schedule: (
    { name: string }
    & { ' $fragmentRefs'?: { 'ScheduleFormFieldsFragment': ScheduleFormFieldsFragment } }
  ) | null };

export type ScheduleFormFieldsFragment = { id: string, name: string, cron: string, timeZone: string, enabled: boolean, mode: RunMode, concurrency: number, selection: unknown, repository: { id: string } | null } & { ' $fragmentName'?: 'ScheduleFormFieldsFragment' };

export type ScheduleFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleFormOptionsQuery = { repositories: Array<{ id: string, name: string }>, backupMethods: Array<{ key: string, friendlyName: string }> };

export type CreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type CreateScheduleMutation = { createSchedule: { id: string } };

export type UpdateScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateScheduleInput;
}>;


export type UpdateScheduleMutation = { updateSchedule: { id: string } };

export type PreviewScheduleQueryVariables = Exact<{
  cron: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
}>;


export type PreviewScheduleQuery = { previewSchedule: { description: string, nextRuns: Array<string>, timeZone: string } };

export type SchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesQuery = { schedules: Array<{ id: string, name: string, cron: string, description: string, timeZone: string, enabled: boolean, selection: unknown, nextRuns: Array<string>, lastRun: { id: string, status: RunStatus, createdAt: string } | null }> };

export type ToggleScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateScheduleInput;
}>;


export type ToggleScheduleMutation = { updateSchedule: { id: string } };

export type DeleteScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteScheduleMutation = { deleteSchedule: boolean };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, user: { username: string } }> };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string } };

export type AuditLogQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, actorName: string, actorType: string, targetType: string, targetId: string | null, details: unknown, createdAt: string }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, username: string, role: Role, createdAt: string }> };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string } };

export type DeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUserMutation = { deleteUser: boolean };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { id: string } };

export type LoggedInQueryVariables = Exact<{ [key: string]: never; }>;


export type LoggedInQuery = { me: { id: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  username
  role
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const CredentialSetFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment CredentialSetFormFields on CredentialSet {
  id
  name
  username
  hasPassword
  hasEnableSecret
  hasPrivateKey
  hasPassphrase
  scope {
    hosts
    tags
    ports
  }
}
    `, {"fragmentName":"CredentialSetFormFields"}) as unknown as TypedDocumentString<CredentialSetFormFieldsFragment, unknown>;
export const SuccessChartDayFragmentDoc = new TypedDocumentString(`
    fragment SuccessChartDay on DailySuccess {
  day
  succeeded
  failed
  rate
}
    `, {"fragmentName":"SuccessChartDay"}) as unknown as TypedDocumentString<SuccessChartDayFragment, unknown>;
export const CredentialSetOptionFragmentDoc = new TypedDocumentString(`
    fragment CredentialSetOption on CredentialSet {
  id
  name
  username
  scope {
    hosts
    tags
    ports
  }
}
    `, {"fragmentName":"CredentialSetOption"}) as unknown as TypedDocumentString<CredentialSetOptionFragment, unknown>;
export const DeviceFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeviceFormFields on Device {
  id
  name
  host
  port
  backupMethod
  location
  tags
  enabled
  repository {
    id
  }
  credentialSets {
    id
  }
  sshProfile
  keepSecrets
  prompt
}
    `, {"fragmentName":"DeviceFormFields"}) as unknown as TypedDocumentString<DeviceFormFieldsFragment, unknown>;
export const DeviceTableRowFragmentDoc = new TypedDocumentString(`
    fragment DeviceTableRow on Device {
  id
  name
  host
  port
  backupMethod
  backupMethodInfo {
    friendlyName
    isBinary
  }
  location
  tags
  enabled
  lastBackupAt
  lastStatus
  lastErrorCode
  lastErrorMessage
  lastChangedAt
  savedState
}
    `, {"fragmentName":"DeviceTableRow"}) as unknown as TypedDocumentString<DeviceTableRowFragment, unknown>;
export const PathPreviewRepositoryFragmentDoc = new TypedDocumentString(`
    fragment PathPreviewRepository on Repository {
  id
  name
  pathTemplate
}
    `, {"fragmentName":"PathPreviewRepository"}) as unknown as TypedDocumentString<PathPreviewRepositoryFragment, unknown>;
export const RepositoryFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment RepositoryFormFields on Repository {
  id
  name
  kind
  path
  remoteUrl
  hasRemoteToken
  branch
  pathTemplate
  authorName
  authorEmail
}
    `, {"fragmentName":"RepositoryFormFields"}) as unknown as TypedDocumentString<RepositoryFormFieldsFragment, unknown>;
export const RunStageFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunStageFields on RunStage {
  stage
  status
  attempt
  code
  message
  artifact
  at
}
    `, {"fragmentName":"RunStageFields"}) as unknown as TypedDocumentString<RunStageFieldsFragment, unknown>;
export const RunResultSummaryFragmentDoc = new TypedDocumentString(`
    fragment RunResultSummary on RunResult {
  backedUpCount
  changedCount
  unchangedCount
  failedCount
  gitStatus
  commitDate
  gitCommitStatus {
    sha
    filesChanged
    pushed
    pushError
  }
}
    `, {"fragmentName":"RunResultSummary"}) as unknown as TypedDocumentString<RunResultSummaryFragment, unknown>;
export const RunTableRowFragmentDoc = new TypedDocumentString(`
    fragment RunTableRow on Run {
  id
  status
  trigger
  total
  completed
  succeededCount
  failedCount
  createdAt
  startedAt
  durationMs
  requestedBy {
    username
  }
}
    `, {"fragmentName":"RunTableRow"}) as unknown as TypedDocumentString<RunTableRowFragment, unknown>;
export const ScheduleFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleFormFields on Schedule {
  id
  name
  cron
  timeZone
  enabled
  mode
  concurrency
  selection
  repository {
    id
  }
}
    `, {"fragmentName":"ScheduleFormFields"}) as unknown as TypedDocumentString<ScheduleFormFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  username
  role
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RunProgressDocument = new TypedDocumentString(`
    subscription RunProgress($runId: ID!, $afterSeq: Int!) {
  runProgress(runId: $runId, afterSeq: $afterSeq) {
    seq
    type
    current
    total
    message
    deviceId
    deviceName
    status
    code
    at
  }
}
    `) as unknown as TypedDocumentString<RunProgressSubscription, RunProgressSubscriptionVariables>;
export const BackupMethodsDocument = new TypedDocumentString(`
    query BackupMethods {
  backupMethods {
    key
    friendlyName
    description
    platform
    artifacts
    isBinary
  }
}
    `) as unknown as TypedDocumentString<BackupMethodsQuery, BackupMethodsQueryVariables>;
export const CreateCredentialSetDocument = new TypedDocumentString(`
    mutation CreateCredentialSet($input: CreateCredentialSetInput!) {
  createCredentialSet(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCredentialSetMutation, CreateCredentialSetMutationVariables>;
export const UpdateCredentialSetDocument = new TypedDocumentString(`
    mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {
  updateCredentialSet(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCredentialSetMutation, UpdateCredentialSetMutationVariables>;
export const CredentialSetsDocument = new TypedDocumentString(`
    query CredentialSets {
  credentialSets {
    id
    name
    username
    hasPassword
    hasEnableSecret
    hasPrivateKey
    hasPassphrase
    scoped
    scope {
      hosts
      tags
      ports
    }
    deviceCount
    devices {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CredentialSetsQuery, CredentialSetsQueryVariables>;
export const DeleteCredentialSetDocument = new TypedDocumentString(`
    mutation DeleteCredentialSet($id: ID!) {
  deleteCredentialSet(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCredentialSetMutation, DeleteCredentialSetMutationVariables>;
export const EditCredentialSetDocument = new TypedDocumentString(`
    query EditCredentialSet($id: ID!) {
  credentialSet(id: $id) {
    name
    ...CredentialSetFormFields
  }
}
    fragment CredentialSetFormFields on CredentialSet {
  id
  name
  username
  hasPassword
  hasEnableSecret
  hasPrivateKey
  hasPassphrase
  scope {
    hosts
    tags
    ports
  }
}`) as unknown as TypedDocumentString<EditCredentialSetQuery, EditCredentialSetQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($staleHours: Int!) {
  dashboard(staleHours: $staleHours) {
    staleHours
    deviceCount
    backedUpLast24h
    failedCount
    staleCount
    averageDurationMs
    dailySuccess {
      ...SuccessChartDay
    }
    activeRuns {
      id
      status
      total
      completed
      createdAt
      startedAt
    }
    failedRuns {
      id
      error
      finishedAt
    }
    mostChangedDevices(first: 10) {
      device {
        id
        name
      }
      changes
      lastChangedAt
    }
  }
  runs(first: 8) {
    nodes {
      ...RunTableRow
    }
  }
}
    fragment SuccessChartDay on DailySuccess {
  day
  succeeded
  failed
  rate
}
fragment RunTableRow on Run {
  id
  status
  trigger
  total
  completed
  succeededCount
  failedCount
  createdAt
  startedAt
  durationMs
  requestedBy {
    username
  }
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const RunUpdatesDocument = new TypedDocumentString(`
    subscription RunUpdates($afterId: ID) {
  runUpdates(afterId: $afterId) {
    id
    runId
    type
    current
    total
  }
}
    `) as unknown as TypedDocumentString<RunUpdatesSubscription, RunUpdatesSubscriptionVariables>;
export const BackupContentDocument = new TypedDocumentString(`
    query BackupContent($id: ID!) {
  backupContent(id: $id) {
    content
    lineCount
    backup {
      id
      artifact
      createdAt
      size
      sha256
      downloadUrl
      device {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BackupContentQuery, BackupContentQueryVariables>;
export const DiffBackupsDocument = new TypedDocumentString(`
    query DiffBackups($fromId: ID!, $toId: ID!, $context: Int!) {
  diffBackups(fromId: $fromId, toId: $toId, context: $context) {
    added
    removed
    unchanged
    unified
    from {
      id
      artifact
      createdAt
      device {
        name
      }
    }
    to {
      id
      artifact
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<DiffBackupsQuery, DiffBackupsQueryVariables>;
export const DeviceDetailDocument = new TypedDocumentString(`
    query DeviceDetail($id: ID!) {
  device(id: $id) {
    id
    name
    host
    port
    backupMethod
    backupMethodInfo {
      friendlyName
    }
    location
    enabled
    lastBackupAt
    lastSuccessAt
    lastStatus
    lastErrorCode
    lastErrorMessage
    lastChangedAt
    savedState
    prompt
    hostKeyFingerprint
    pendingHostKeyFingerprint
    repository {
      id
      name
    }
    credentialSets {
      name
      scoped
    }
  }
}
    `) as unknown as TypedDocumentString<DeviceDetailQuery, DeviceDetailQueryVariables>;
export const BackupDeviceDocument = new TypedDocumentString(`
    mutation BackupDevice($input: StartRunInput!) {
  startRun(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BackupDeviceMutation, BackupDeviceMutationVariables>;
export const AcceptHostKeyDocument = new TypedDocumentString(`
    mutation AcceptHostKey($id: ID!) {
  acceptHostKey(deviceId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptHostKeyMutation, AcceptHostKeyMutationVariables>;
export const DeviceBackupsDocument = new TypedDocumentString(`
    query DeviceBackups($id: ID!, $first: Int!, $after: String) {
  device(id: $id) {
    id
    backups(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        artifact
        type
        size
        changed
        createdAt
        sha256
        downloadUrl
        run {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeviceBackupsQuery, DeviceBackupsQueryVariables>;
export const DeviceRunsDocument = new TypedDocumentString(`
    query DeviceRuns($deviceId: ID!) {
  runs(first: 10, filter: {deviceId: $deviceId}) {
    totalCount
    nodes {
      id
      status
      createdAt
      startedAt
      devices(deviceIds: [$deviceId]) {
        device {
          id
        }
        status
        attempts
        durationMs
        errorCode
        errorMessage
        stages {
          ...RunStageFields
        }
      }
    }
  }
}
    fragment RunStageFields on RunStage {
  stage
  status
  attempt
  code
  message
  artifact
  at
}`) as unknown as TypedDocumentString<DeviceRunsQuery, DeviceRunsQueryVariables>;
export const BackupMethodNamesDocument = new TypedDocumentString(`
    query BackupMethodNames {
  backupMethods {
    key
    friendlyName
  }
}
    `) as unknown as TypedDocumentString<BackupMethodNamesQuery, BackupMethodNamesQueryVariables>;
export const DeviceFormOptionsDocument = new TypedDocumentString(`
    query DeviceFormOptions {
  backupMethods {
    key
    friendlyName
    description
    isBinary
  }
  credentialSets {
    ...CredentialSetOption
  }
  repositories {
    id
    name
  }
}
    fragment CredentialSetOption on CredentialSet {
  id
  name
  username
  scope {
    hosts
    tags
    ports
  }
}`) as unknown as TypedDocumentString<DeviceFormOptionsQuery, DeviceFormOptionsQueryVariables>;
export const CreateDeviceDocument = new TypedDocumentString(`
    mutation CreateDevice($input: CreateDeviceInput!) {
  createDevice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeviceMutation, CreateDeviceMutationVariables>;
export const UpdateDeviceDocument = new TypedDocumentString(`
    mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {
  updateDevice(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateDeviceMutation, UpdateDeviceMutationVariables>;
export const DevicesDocument = new TypedDocumentString(`
    query Devices($first: Int!, $after: String, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {
  devices(
    first: $first
    after: $after
    search: $search
    filter: $filter
    sort: $sort
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      repository {
        id
      }
      ...DeviceTableRow
    }
  }
}
    fragment DeviceTableRow on Device {
  id
  name
  host
  port
  backupMethod
  backupMethodInfo {
    friendlyName
    isBinary
  }
  location
  tags
  enabled
  lastBackupAt
  lastStatus
  lastErrorCode
  lastErrorMessage
  lastChangedAt
  savedState
}`) as unknown as TypedDocumentString<DevicesQuery, DevicesQueryVariables>;
export const RunRepositoriesDocument = new TypedDocumentString(`
    query RunRepositories {
  repositories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RunRepositoriesQuery, RunRepositoriesQueryVariables>;
export const StartRunDocument = new TypedDocumentString(`
    mutation StartRun($input: StartRunInput!) {
  startRun(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartRunMutation, StartRunMutationVariables>;
export const DeleteDeviceDocument = new TypedDocumentString(`
    mutation DeleteDevice($id: ID!) {
  deleteDevice(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDeviceMutation, DeleteDeviceMutationVariables>;
export const EditDeviceDocument = new TypedDocumentString(`
    query EditDevice($id: ID!) {
  device(id: $id) {
    name
    ...DeviceFormFields
  }
}
    fragment DeviceFormFields on Device {
  id
  name
  host
  port
  backupMethod
  location
  tags
  enabled
  repository {
    id
  }
  credentialSets {
    id
  }
  sshProfile
  keepSecrets
  prompt
}`) as unknown as TypedDocumentString<EditDeviceQuery, EditDeviceQueryVariables>;
export const ImportDevicesDocument = new TypedDocumentString(`
    mutation ImportDevices($csv: String!, $dryRun: Boolean!) {
  importDevices(csv: $csv, dryRun: $dryRun) {
    ok
    dryRun
    errors {
      row
      field
      message
    }
    devices {
      name
      host
      port
      backupMethod
      location
      tags
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<ImportDevicesMutation, ImportDevicesMutationVariables>;
export const EditRepositoryDocument = new TypedDocumentString(`
    query EditRepository($id: ID!) {
  repository(id: $id) {
    name
    ...RepositoryFormFields
  }
}
    fragment RepositoryFormFields on Repository {
  id
  name
  kind
  path
  remoteUrl
  hasRemoteToken
  branch
  pathTemplate
  authorName
  authorEmail
}`) as unknown as TypedDocumentString<EditRepositoryQuery, EditRepositoryQueryVariables>;
export const RepositoryDevicesDocument = new TypedDocumentString(`
    query RepositoryDevices($repositoryId: ID) {
  using: devices(first: 200, filter: {repositoryId: $repositoryId}) {
    totalCount
    nodes {
      id
      name
    }
  }
  all: devices(first: 200) {
    nodes {
      id
      name
      location
      tags
      backupMethod
      backupMethodInfo {
        artifacts
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepositoryDevicesQuery, RepositoryDevicesQueryVariables>;
export const CreateRepositoryDocument = new TypedDocumentString(`
    mutation CreateRepository($input: CreateRepositoryInput!) {
  createRepository(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRepositoryMutation, CreateRepositoryMutationVariables>;
export const UpdateRepositoryDocument = new TypedDocumentString(`
    mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {
  updateRepository(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRepositoryMutation, UpdateRepositoryMutationVariables>;
export const RepositoriesDocument = new TypedDocumentString(`
    query Repositories {
  repositories {
    id
    name
    kind
    path
    remoteUrl
    hasRemoteToken
    branch
    pathTemplate
    deviceCount
    ...PathPreviewRepository
  }
}
    fragment PathPreviewRepository on Repository {
  id
  name
  pathTemplate
}`) as unknown as TypedDocumentString<RepositoriesQuery, RepositoriesQueryVariables>;
export const TestRepositoryDocument = new TypedDocumentString(`
    query TestRepository($id: ID!) {
  testRepository(id: $id) {
    ok
    messages
  }
}
    `) as unknown as TypedDocumentString<TestRepositoryQuery, TestRepositoryQueryVariables>;
export const DeleteRepositoryDocument = new TypedDocumentString(`
    mutation DeleteRepository($id: ID!) {
  deleteRepository(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRepositoryMutation, DeleteRepositoryMutationVariables>;
export const RunDocument = new TypedDocumentString(`
    query Run($id: ID!) {
  run(id: $id) {
    id
    status
    trigger
    total
    completed
    succeededCount
    failedCount
    notStoredCount
    storeAttempts
    createdAt
    startedAt
    finishedAt
    durationMs
    requestedBy {
      username
    }
    repository {
      name
    }
    mode
    concurrency
    maxAttempts
    error
    devices {
      id
      deviceName
      device {
        id
      }
      status
      attempts
      durationMs
      errorCode
      errorMessage
      stages {
        ...RunStageFields
      }
    }
    result {
      ...RunResultSummary
    }
  }
}
    fragment RunStageFields on RunStage {
  stage
  status
  attempt
  code
  message
  artifact
  at
}
fragment RunResultSummary on RunResult {
  backedUpCount
  changedCount
  unchangedCount
  failedCount
  gitStatus
  commitDate
  gitCommitStatus {
    sha
    filesChanged
    pushed
    pushError
  }
}`) as unknown as TypedDocumentString<RunQuery, RunQueryVariables>;
export const CancelRunDocument = new TypedDocumentString(`
    mutation CancelRun($id: ID!) {
  cancelRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelRunMutation, CancelRunMutationVariables>;
export const RetryStoreDocument = new TypedDocumentString(`
    mutation RetryStore($runId: ID!) {
  retryStore(runId: $runId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetryStoreMutation, RetryStoreMutationVariables>;
export const RunsDocument = new TypedDocumentString(`
    query Runs($first: Int!, $after: String, $filter: RunFilter) {
  runs(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RunTableRow
    }
  }
}
    fragment RunTableRow on Run {
  id
  status
  trigger
  total
  completed
  succeededCount
  failedCount
  createdAt
  startedAt
  durationMs
  requestedBy {
    username
  }
}`) as unknown as TypedDocumentString<RunsQuery, RunsQueryVariables>;
export const EditScheduleDocument = new TypedDocumentString(`
    query EditSchedule($id: ID!) {
  schedule(id: $id) {
    name
    ...ScheduleFormFields
  }
}
    fragment ScheduleFormFields on Schedule {
  id
  name
  cron
  timeZone
  enabled
  mode
  concurrency
  selection
  repository {
    id
  }
}`) as unknown as TypedDocumentString<EditScheduleQuery, EditScheduleQueryVariables>;
export const ScheduleFormOptionsDocument = new TypedDocumentString(`
    query ScheduleFormOptions {
  repositories {
    id
    name
  }
  backupMethods {
    key
    friendlyName
  }
}
    `) as unknown as TypedDocumentString<ScheduleFormOptionsQuery, ScheduleFormOptionsQueryVariables>;
export const CreateScheduleDocument = new TypedDocumentString(`
    mutation CreateSchedule($input: CreateScheduleInput!) {
  createSchedule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateScheduleMutation, CreateScheduleMutationVariables>;
export const UpdateScheduleDocument = new TypedDocumentString(`
    mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {
  updateSchedule(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateScheduleMutation, UpdateScheduleMutationVariables>;
export const PreviewScheduleDocument = new TypedDocumentString(`
    query PreviewSchedule($cron: String!, $timeZone: String!) {
  previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {
    description
    nextRuns
    timeZone
  }
}
    `) as unknown as TypedDocumentString<PreviewScheduleQuery, PreviewScheduleQueryVariables>;
export const SchedulesDocument = new TypedDocumentString(`
    query Schedules {
  schedules {
    id
    name
    cron
    description
    timeZone
    enabled
    selection
    nextRuns(count: 1)
    lastRun {
      id
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<SchedulesQuery, SchedulesQueryVariables>;
export const ToggleScheduleDocument = new TypedDocumentString(`
    mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {
  updateSchedule(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ToggleScheduleMutation, ToggleScheduleMutationVariables>;
export const DeleteScheduleDocument = new TypedDocumentString(`
    mutation DeleteSchedule($id: ID!) {
  deleteSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteScheduleMutation, DeleteScheduleMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
    user {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String) {
  auditLog(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      action
      actorName
      actorType
      targetType
      targetId
      details
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    username
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LoggedInDocument = new TypedDocumentString(`
    query LoggedIn {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<LoggedInQuery, LoggedInQueryVariables>;