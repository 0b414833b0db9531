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

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** Leave out logins. */
  hideLogins?: InputMaybe<Scalars['Boolean']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
};

/** What a bulk change sets on every selected device; at least one field. */
export type BulkDeviceChangeInput = {
  /** Added at the end of each device's tags, where missing. */
  addTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces each device's credential sets, in this order. */
  credentialSetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  removeTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Null clears the repository (runs then choose). */
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type ChangeFilter = {
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Also list each artifact's first backup (INITIAL); by default only real changes. */
  includeInitial?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches the location and everything below it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A platform id (`cisco-ios`): devices whose backup method it provides. */
  platform?: InputMaybe<Scalars['String']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type ChangeKind =
  /** A new version of an artifact stored before. */
  | 'CHANGED'
  /** The artifact's first backup: nothing to compare it with. */
  | 'INITIAL';

export type ChangeOwnPasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 8 characters. */
  newPassword: Scalars['String']['input'];
};

export type ConfigSearchFilter = {
  /** Artifact names (running-config). */
  artifacts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Locations: devices at one of them or below it (emea takes emea/ams1). */
  locations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Platform ids (cisco-ios): devices whose backup method belongs to one of them. */
  platforms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Devices with at least one of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ConfigSearchScope =
  /** The latest stored version of every text artifact. */
  | 'LATEST'
  /** Every version stored between since and until. */
  | 'RANGE';

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  /** Issue the token for another user (defaults to the caller). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateCredentialSetInput = {
  /** For HTTPS API backup methods: a PAN-OS API key, a FortiOS REST API token, or OPNsense's key and secret as "key:secret". */
  apiKey?: InputMaybe<Scalars['String']['input']>;
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
  /** Blank: not known. */
  model?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  options?: InputMaybe<Scalars['JSON']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  /** A regular expression for custom prompts; blank uses the platform's. */
  prompt?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  sshProfile?: InputMaybe<SshProfile>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 32; replaces all of them. */
  variables?: InputMaybe<Array<DeviceVariableInput>>;
};

export type CreateInventorySourceInput = {
  caBundle?: InputMaybe<Scalars['String']['input']>;
  credentialSetField?: InputMaybe<Scalars['String']['input']>;
  credentialSetId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<Scalars['JSON']['input']>;
  kind: InventorySourceKind;
  locationField?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  orphanPolicy?: InputMaybe<OrphanPolicy>;
  platformMap?: InputMaybe<Scalars['JSON']['input']>;
  portField?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  syncCron?: InputMaybe<Scalars['String']['input']>;
  syncTimeZone?: InputMaybe<Scalars['String']['input']>;
  tagFields?: InputMaybe<Array<Scalars['String']['input']>>;
  token: Scalars['String']['input'];
  url: Scalars['String']['input'];
  /** At most 32 custom field keys; an empty list stops syncing variables. */
  variableFields?: InputMaybe<Array<Scalars['String']['input']>>;
  verifyTls?: InputMaybe<Scalars['Boolean']['input']>;
  writeBackField?: InputMaybe<Scalars['String']['input']>;
  writeBackFormat?: InputMaybe<WriteBackFormat>;
};

export type CreateNotificationChannelInput = {
  /** Email: the SMTP settings. */
  email?: InputMaybe<EmailSettingsInput>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: NotificationChannelKind;
  name: Scalars['String']['input'];
  /** Webhook: the key of the HMAC-SHA256 signature. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
  /** Webhook, Slack and Teams: the URL to POST to (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateNotificationRuleInput = {
  channelIds: Array<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events: Array<NotificationEvent>;
  failedRuns?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NotificationFilterInput>;
  name: Scalars['String']['input'];
  quietHours?: InputMaybe<QuietHoursInput>;
  runStatuses?: InputMaybe<Array<RunStatus>>;
  staleHours?: InputMaybe<Scalars['Int']['input']>;
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
  /** SSH remotes: a credential set with a private key (and its passphrase). */
  remoteCredentialSetId?: InputMaybe<Scalars['ID']['input']>;
  remoteToken?: InputMaybe<Scalars['String']['input']>;
  /**
   * An http(s) smart HTTP URL without user name or password (the password goes in remoteToken), or an
   * SSH remote: ssh://user@host[:port]/path or user@host:path, which logs in with remoteCredentialSetId.
   */
  remoteUrl?: InputMaybe<Scalars['String']['input']>;
  /** Sign commits with this credential set's private key (SSH signature format). */
  signingCredentialSetId?: InputMaybe<Scalars['ID']['input']>;
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
  resolveFromSource?: InputMaybe<Scalars['Boolean']['input']>;
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

/** An address to log in to and recognise; the credential sets must be allowed there. */
export type DetectPlatformInput = {
  /** Tried in this order; at least one, at most 10. */
  credentialSetIds: Array<Scalars['ID']['input']>;
  host: Scalars['String']['input'];
  port?: InputMaybe<Scalars['Int']['input']>;
  /** A regular expression for a custom prompt. */
  prompt?: InputMaybe<Scalars['String']['input']>;
  sshProfile?: InputMaybe<SshProfile>;
  /** The device's tags, for credential sets scoped by tag. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type DeviceFilter = {
  backupMethod?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  lastStatus?: InputMaybe<Scalars['String']['input']>;
  /** Matches the location and everything below it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Matches the model as a substring, case-insensitively. */
  model?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Enabled devices without a successful backup in the last staleHours, as the dashboard counts them. */
  stale?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hours without a successful backup after which a device is stale: 1 to 8760, default 24. */
  staleHours?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The devices a bulk change acts on: either ids, or every device a filter and search match, as
 * devices(filter, search) lists them (an empty filter selects every device).
 */
export type DeviceSelectionInput = {
  filter?: InputMaybe<DeviceFilter>;
  /** At most 50000. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  search?: InputMaybe<Scalars['String']['input']>;
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

export type DeviceVariableInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type EmailSettingsInput = {
  caCertificate?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['String']['input'];
  host: Scalars['String']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  security?: InputMaybe<SmtpSecurity>;
  to: Array<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** What a connection test did with the device's host key. */
export type HostKeyStatus =
  /** The device presented another key; it waits as the pending host key for an operator to accept. */
  | 'CHANGED'
  /** The presented key is the trusted one. */
  | 'MATCHES'
  /** An address that is not a device yet: the key is shown, not stored. */
  | 'NOT_RECORDED'
  /** The device had no trusted key; the one presented is trusted from now on, as a backup would. */
  | 'TRUSTED_NOW';

export type InventorySourceKind =
  | 'NAUTOBOT'
  | 'NETBOX';

export type InventorySyncStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type NotificationChannelKind =
  /** Email over SMTP, plain text and HTML. */
  | 'EMAIL'
  /** A Slack incoming webhook (text and Block Kit blocks). */
  | 'SLACK'
  /** A Microsoft Teams incoming webhook or Workflows webhook (an Adaptive Card). */
  | 'TEAMS'
  /** A POST of the notification as JSON (version 1), signed with HMAC-SHA256 when the channel has a signing secret. */
  | 'WEBHOOK';

export type NotificationDeliveryStatus =
  /** Every attempt failed, or the answer said retrying cannot help: the dead-letter list. */
  | 'DEAD'
  /** The last attempt failed; the next one is queued. */
  | 'FAILED'
  /** Waiting for its first attempt (or for quiet hours to end). */
  | 'PENDING'
  /** An attempt is under way (or was, when a worker stopped; it is sent again). */
  | 'SENDING'
  | 'SENT';

export type NotificationEvent =
  /** Configurations changed in a run, with the redacted diff. */
  | 'CONFIG_CHANGED'
  /** A device failed the rule's number of runs in a row. */
  | 'DEVICE_FAILED'
  /** A device has had no success for the rule's number of hours. */
  | 'DEVICE_STALE'
  /** A device presented a changed host key, or an HTTPS API device a changed TLS certificate. */
  | 'HOST_KEY_CHANGED'
  /** Pushing a run's commit to the repository's remote failed. */
  | 'PUSH_FAILED'
  /** A run ended with one of the rule's statuses. */
  | 'RUN_FINISHED'
  /** A message sent with sendTestNotification. */
  | 'TEST';

export type NotificationFilterInput = {
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  locations?: InputMaybe<Array<Scalars['String']['input']>>;
  platforms?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type OptionFieldKind =
  | 'BOOLEAN'
  | 'INTEGER'
  | 'TEXT'
  /** A list of texts, one per line in a form (file paths). */
  | 'TEXT_LIST';

/** What a sync does with a device it owns that the source no longer lists. */
export type OrphanPolicy =
  | 'DELETE'
  | 'DISABLE'
  | 'KEEP';

export type QuietHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type RepositoryKind =
  | 'FILESYSTEM'
  | 'GIT';

export type RetentionPolicyInput = {
  /** Null or absent: the repository's policy. */
  deviceTag?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 0 to 3650. */
  keepAllDays: Scalars['Int']['input'];
  /** 0 to 3650. */
  keepDailyDays: Scalars['Int']['input'];
  /** 0 to 1200. */
  keepMonthlyMonths: Scalars['Int']['input'];
  /** 0 to 520. */
  keepWeeklyWeeks: Scalars['Int']['input'];
  repositoryId: Scalars['ID']['input'];
};

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
  /** Only runs that stored a new version of an artifact stored before (first backups aside). */
  withChanges?: InputMaybe<Scalars['Boolean']['input']>;
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

export type SmtpSecurity =
  /** No encryption: only for a relay on a trusted network. */
  | 'NONE'
  /** Plain connection upgraded with STARTTLS, required (usually port 587). */
  | 'STARTTLS'
  /** TLS from the start (usually port 465). */
  | 'TLS';

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
  /** Read source-owned devices again from their inventory source at start (host, backup method); one it does not list or lists without a primary IP fails, the run goes on. */
  resolveFromSource?: InputMaybe<Scalars['Boolean']['input']>;
  selection?: InputMaybe<RunSelectionInput>;
};

/** Omitted fields stay as they are; an empty string or null clears a secret. */
export type UpdateCredentialSetInput = {
  apiKey?: InputMaybe<Scalars['String']['input']>;
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
  /** Blank: not known. */
  model?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Scalars['JSON']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  /** A regular expression for custom prompts; blank uses the platform's. */
  prompt?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  sshProfile?: InputMaybe<SshProfile>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 32; replaces all of them. */
  variables?: InputMaybe<Array<DeviceVariableInput>>;
};

/** Omitted fields stay as they are; password empty or null clears it. */
export type UpdateEmailSettingsInput = {
  caCertificate?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  security?: InputMaybe<SmtpSecurity>;
  to?: InputMaybe<Array<Scalars['String']['input']>>;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields stay; an empty string clears an optional one. The token changes only when given. */
export type UpdateInventorySourceInput = {
  caBundle?: InputMaybe<Scalars['String']['input']>;
  credentialSetField?: InputMaybe<Scalars['String']['input']>;
  credentialSetId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<Scalars['JSON']['input']>;
  kind?: InputMaybe<InventorySourceKind>;
  locationField?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orphanPolicy?: InputMaybe<OrphanPolicy>;
  platformMap?: InputMaybe<Scalars['JSON']['input']>;
  portField?: InputMaybe<Scalars['String']['input']>;
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  syncCron?: InputMaybe<Scalars['String']['input']>;
  syncTimeZone?: InputMaybe<Scalars['String']['input']>;
  tagFields?: InputMaybe<Array<Scalars['String']['input']>>;
  token?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  /** At most 32 custom field keys; an empty list stops syncing variables. */
  variableFields?: InputMaybe<Array<Scalars['String']['input']>>;
  verifyTls?: InputMaybe<Scalars['Boolean']['input']>;
  writeBackField?: InputMaybe<Scalars['String']['input']>;
  writeBackFormat?: InputMaybe<WriteBackFormat>;
};

/** Omitted fields stay as they are; signingSecret empty or null clears it. The kind never changes. */
export type UpdateNotificationChannelInput = {
  email?: InputMaybe<UpdateEmailSettingsInput>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  signingSecret?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields stay as they are; quietHours null removes them; filter and channelIds replace the whole list. */
export type UpdateNotificationRuleInput = {
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<NotificationEvent>>;
  failedRuns?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NotificationFilterInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  quietHours?: InputMaybe<QuietHoursInput>;
  runStatuses?: InputMaybe<Array<RunStatus>>;
  staleHours?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateRepositoryInput = {
  authorEmail?: InputMaybe<Scalars['String']['input']>;
  authorName?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  path?: InputMaybe<Scalars['String']['input']>;
  pathTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  remoteCredentialSetId?: InputMaybe<Scalars['ID']['input']>;
  remoteToken?: InputMaybe<Scalars['String']['input']>;
  remoteUrl?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it: commits are no longer signed. */
  signingCredentialSetId?: InputMaybe<Scalars['ID']['input']>;
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
  resolveFromSource?: InputMaybe<Scalars['Boolean']['input']>;
  selection?: InputMaybe<RunSelectionInput>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

/** How the backup date is written back: 2025-03-01 or 2025-03-01T02:30:00Z (UTC). */
export type WriteBackFormat =
  | 'DATE'
  | 'DATETIME';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { version: string, me: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SessionUserFragment = { id: string, username: string, role: Role } & { ' $fragmentName'?: 'SessionUserFragment' };

export type RunProgressSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
  afterSeq: Scalars['Int']['input'];
}>;


export type RunProgressSubscription = { runProgress: { seq: number, type: string, current: number, total: number, message: string, deviceId: string | null, deviceName: string | null, status: string | null, code: string | null, at: string, payload: unknown } };

export type BackupMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupMethodsQuery = { backupMethods: Array<{ key: string, friendlyName: string, description: string, platform: string, artifacts: Array<string>, isBinary: boolean, transport: string, deviceCount: number, proof: { cases: Array<string>, labPersona: boolean, secretsCorpus: boolean, recordings: Array<{ source: string, model: string, description: string, checksSecrets: boolean }> } }> };

export type CredentialSetFormFieldsFragment = { id: string, name: string, username: string, hasPassword: boolean, hasEnableSecret: boolean, hasPrivateKey: boolean, hasPassphrase: boolean, hasApiKey: boolean, scope: { hosts: Array<string>, tags: Array<string>, ports: Array<number> } } & { ' $fragmentName'?: 'CredentialSetFormFieldsFragment' };

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


export type CredentialSetsQuery = { credentialSets: Array<{ id: string, name: string, username: string, hasPassword: boolean, hasEnableSecret: boolean, hasPrivateKey: boolean, hasPassphrase: boolean, hasApiKey: boolean, scoped: boolean, deviceCount: number, scope: { hosts: Array<string>, tags: Array<string>, ports: Array<number> }, devices: Array<{ id: string, name: string }> }> };

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

export type RecentChangesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type RecentChangesQuery = { changes: { nodes: Array<{ id: string, artifact: string, at: string, addedLines: number | null, removedLines: number | null, previous: { id: string } | null, device: { id: string, name: string } | null }> } };

export type RecentChangesAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RecentChangesAddedSubscription = { changesAdded: { id: string } };

export type SuccessChartDayFragment = { day: string, succeeded: number, failed: number, rate: number | null } & { ' $fragmentName'?: 'SuccessChartDayFragment' };

export type CompareBackupsQueryVariables = Exact<{
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  context: Scalars['Int']['input'];
  keepOrder: Scalars['Boolean']['input'];
}>;


export type CompareBackupsQuery = { diffBackups: { unified: string, unchanged: number, fromLineCount: number, toLineCount: number, fromVolatileLines: Array<number>, toVolatileLines: Array<number>, from: { id: string, artifact: string, createdAt: string, device: { id: string, name: string } | null }, to: { id: string, artifact: string, createdAt: string, device: { id: string, name: string } | null } } };

export type CompareBackupContentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompareBackupContentQuery = { backupContent: { content: string } };

export type CompareDeviceSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompareDeviceSearchQuery = { devices: { totalCount: number, nodes: Array<{ id: string, name: string, host: string }> } };

export type ComparePickerDeviceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComparePickerDeviceQuery = { deviceArtifacts: Array<string>, device: { id: string, name: string } | null };

export type ComparePickerVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  artifact: Scalars['String']['input'];
}>;


export type ComparePickerVersionsQuery = { device: { id: string, backups: { totalCount: number, nodes: Array<{ id: string, artifact: string, createdAt: string }> } } | null };

export type BackupContentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  revealSecrets: Scalars['Boolean']['input'];
}>;


export type BackupContentQuery = { backupContent: { content: string, lineCount: number, secretsRevealed: boolean, backup: { id: string, artifact: string, createdAt: string, size: number, sha256: string, downloadUrl: string, device: { id: string, name: string, keepSecrets: boolean } | null } } };

export type BackupNeighbourVersionsQueryVariables = Exact<{
  deviceId: Scalars['ID']['input'];
  artifact: Scalars['String']['input'];
}>;


export type BackupNeighbourVersionsQuery = { device: { id: string, versions: { nodes: Array<{ id: string, previousId: string | null }> } } | null };

export type CredentialSetOptionFragment = { id: string, name: string, username: string, scope: { hosts: Array<string>, tags: Array<string>, ports: Array<number> } } & { ' $fragmentName'?: 'CredentialSetOptionFragment' };

export type DetectPlatformMutationVariables = Exact<{
  input: DetectPlatformInput;
}>;


export type DetectPlatformMutation = { detectPlatform: { ok: boolean, code: string | null, message: string, elapsedMs: number, detection: { recognised: boolean, platform: string | null, backupMethod: string | null, evidence: string | null, reason: string | null } | null } };

export type DeviceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeviceDetailQuery = { device: { id: string, name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, enabled: boolean, lastBackupAt: string | null, lastSuccessAt: string | null, lastStatus: string | null, lastErrorCode: string | null, lastErrorMessage: string | null, retiredAt: string | null, lastChangedAt: string | null, savedState: SavedState | null, prompt: string | null, hostKeyFingerprint: string | null, pendingHostKeyFingerprint: string | null, model: string | null, backupMethodInfo: { friendlyName: string, transport: string } | null, repository: { id: string, name: string } | null, effectiveRepository: { isDefault: boolean, repository: { id: string, name: string } } | null, variables: Array<{ name: string, value: string }>, credentialSets: Array<{ name: string, scoped: boolean }>, source: { id: string, name: string, kind: InventorySourceKind } | null } | null };

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


export type DeviceBackupsQuery = { device: { id: string, backups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, artifact: string, type: ArtifactType, size: number, changed: boolean, initial: boolean, createdAt: string, sha256: string, downloadUrl: string, run: { id: string } | null }> } } | null };

export type DeviceRunsQueryVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type DeviceRunsQuery = { runs: { totalCount: number, nodes: Array<{ id: string, status: RunStatus, createdAt: string, startedAt: string | null, devices: Array<{ status: RunDeviceStatus, attempts: number, durationMs: number | null, errorCode: string | null, errorMessage: string | null, device: { id: string } | null, stages: Array<{ ' $fragmentRefs'?: { 'RunStageFieldsFragment': RunStageFieldsFragment } }> }> }> } };

export type BackupMethodNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupMethodNamesQuery = { backupMethods: Array<{ key: string, friendlyName: string }> };

export type DeviceFormFieldsFragment = { id: string, name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, model: string | null, enabled: boolean, sshProfile: SshProfile, keepSecrets: boolean, prompt: string | null, options: unknown, variables: Array<{ name: string, value: string }>, repository: { id: string } | null, credentialSets: Array<{ id: string }>, source: { name: string, syncedFields: Array<string> } | null } & { ' $fragmentName'?: 'DeviceFormFieldsFragment' };

export type DeviceFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceFormOptionsQuery = { backupMethods: Array<{ key: string, friendlyName: string, description: string, isBinary: boolean, optionFields: Array<{ name: string, kind: OptionFieldKind, required: boolean, defaultValue: unknown | null, pattern: string | null }> }>, credentialSets: Array<{ ' $fragmentRefs'?: { 'CredentialSetOptionFragment': CredentialSetOptionFragment } }>, repositories: Array<{ id: string, name: string }> };

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
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  sort?: InputMaybe<DeviceSort>;
}>;


export type DevicesQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<(
      { id: string, repository: { id: string } | null }
      & { ' $fragmentRefs'?: { 'DeviceTableRowFragment': DeviceTableRowFragment } }
    )> } };

export type DeviceBulkChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceBulkChoicesQuery = { repositories: Array<{ id: string, name: string }>, credentialSets: Array<{ id: string, name: string }> };

export type MatchingDeviceIdsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
}>;


export type MatchingDeviceIdsQuery = { deviceIds: Array<string> };

export type StartRunMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type StartRunMutation = { startRun: { id: string } };

export type DeleteDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDeviceMutation = { deleteDevice: boolean };

export type BulkUpdateDevicesMutationVariables = Exact<{
  selection: DeviceSelectionInput;
  change: BulkDeviceChangeInput;
}>;


export type BulkUpdateDevicesMutation = { bulkUpdateDevices: { count: number } };

export type BulkDeleteDevicesMutationVariables = Exact<{
  selection: DeviceSelectionInput;
}>;


export type BulkDeleteDevicesMutation = { bulkDeleteDevices: { count: number } };

export type DeviceTableRowFragment = { id: string, name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, model: string | null, enabled: boolean, lastBackupAt: string | null, lastStatus: string | null, lastErrorCode: string | null, lastErrorMessage: string | null, lastChangedAt: string | null, savedState: SavedState | null, backupMethodInfo: { friendlyName: string, isBinary: boolean, platform: string } | null, effectiveRepository: { isDefault: boolean, repository: { id: string, name: string } } | null, source: { id: string, name: string, kind: InventorySourceKind } | null } & { ' $fragmentName'?: 'DeviceTableRowFragment' };

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


export type ImportDevicesMutation = { importDevices: { ok: boolean, dryRun: boolean, errors: Array<{ row: number, field: string | null, message: string }>, detections: Array<{ row: number, name: string, backupMethod: string | null, platform: string | null, message: string }>, devices: Array<{ name: string, host: string, port: number, backupMethod: string, location: string, tags: Array<string>, enabled: boolean }> } };

export type RetireDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireDeviceMutation = { retireDevice: { id: string, retiredAt: string | null } };

export type RestoreDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreDeviceMutation = { restoreDevice: { id: string, retiredAt: string | null } };

export type TestDeviceConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestDeviceConnectionMutation = { testDeviceConnection: { ok: boolean, code: string | null, message: string, reached: boolean, authenticated: boolean, credentialSet: string | null, hostKeyFingerprint: string | null, hostKeyStatus: HostKeyStatus | null, prompt: string | null, privileged: boolean | null, banner: string | null, elapsedMs: number, configuredPlatform: string | null, detection: { recognised: boolean, platform: string | null, backupMethod: string | null, evidence: string | null, reason: string | null, candidates: Array<string>, answers: Array<string> } | null } };

export type DeviceVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  artifact?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeviceVersionsQuery = { deviceArtifacts: Array<string>, device: { id: string, versions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, artifact: string, change: ChangeKind, firstSeenAt: string, lastConfirmedAt: string, collections: number, addedLines: number | null, removedLines: number | null, previousId: string | null, backup: { id: string, type: ArtifactType, sha256: string, downloadUrl: string, run: { id: string } | null } }> } } | null };

export type EditRepositoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditRepositoryQuery = { repository: (
    { name: string }
    & { ' $fragmentRefs'?: { 'RepositoryFormFieldsFragment': RepositoryFormFieldsFragment } }
  ) | null };

export type PathPreviewRepositoryFragment = { id: string, name: string, pathTemplate: string, isDefault: boolean, effectiveDeviceCount: number } & { ' $fragmentName'?: 'PathPreviewRepositoryFragment' };

export type RepositoryDevicesQueryVariables = Exact<{
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RepositoryDevicesQuery = { using: { totalCount: number, nodes: Array<{ id: string, name: string }> }, all: { nodes: Array<{ id: string, name: string, location: string, tags: Array<string>, backupMethod: string, variables: Array<{ name: string, value: string }>, backupMethodInfo: { artifacts: Array<string> } | null }> } };

export type RepositoryFormFieldsFragment = { id: string, name: string, kind: RepositoryKind, path: string, remoteUrl: string | null, hasRemoteToken: boolean, branch: string, pathTemplate: string, authorName: string, authorEmail: string, remoteCredentialSet: { id: string } | null, signingCredentialSet: { id: string } | null } & { ' $fragmentName'?: 'RepositoryFormFieldsFragment' };

export type RepositoryKeyOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RepositoryKeyOptionsQuery = { credentialSets: Array<{ id: string, name: string, username: string, hasPrivateKey: boolean }> };

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
    { id: string, name: string, kind: RepositoryKind, path: string, remoteUrl: string | null, hasRemoteToken: boolean, remoteHostKeyFingerprint: string | null, pendingRemoteHostKeyFingerprint: string | null, branch: string, pathTemplate: string, deviceCount: number, isDefault: boolean, effectiveDeviceCount: number, remoteCredentialSet: { name: string } | null, signingCredentialSet: { name: string } | null, divergence: { localCommit: string, remoteCommit: string, at: string } | null }
    & { ' $fragmentRefs'?: { 'PathPreviewRepositoryFragment': PathPreviewRepositoryFragment } }
  )> };

export type TestRepositoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestRepositoryQuery = { testRepository: { ok: boolean, messages: Array<string> } };

export type AcceptRemoteHostKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptRemoteHostKeyMutation = { acceptRemoteHostKey: { id: string } };

export type DeleteRepositoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRepositoryMutation = { deleteRepository: boolean };

export type RepositoryRetentionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RepositoryRetentionQuery = { repository: { id: string, kind: RepositoryKind, retentionPolicies: Array<{ id: string, deviceTag: string | null, keepAllDays: number, keepDailyDays: number, keepWeeklyWeeks: number, keepMonthlyMonths: number, enabled: boolean, updatedAt: string }> } | null };

export type SetRetentionPolicyMutationVariables = Exact<{
  input: RetentionPolicyInput;
}>;


export type SetRetentionPolicyMutation = { setRetentionPolicy: { id: string } };

export type DeleteRetentionPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRetentionPolicyMutation = { deleteRetentionPolicy: boolean };

export type RetentionOutcomeFieldsFragment = { dryRun: boolean, asOf: string, backupCount: number, removeCount: number, fileCount: number, removals: Array<{ backupId: string, device: string, artifact: string, createdAt: string, path: string }>, files: Array<{ path: string, version: string }> } & { ' $fragmentName'?: 'RetentionOutcomeFieldsFragment' };

export type ApplyRetentionMutationVariables = Exact<{
  repositoryId: Scalars['ID']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ApplyRetentionMutation = { applyRetention: { ' $fragmentRefs'?: { 'RetentionOutcomeFieldsFragment': RetentionOutcomeFieldsFragment } } };

export type RunChangesQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type RunChangesQuery = { changes: { totalCount: number, nodes: Array<{ id: string, artifact: string, change: ChangeKind, at: string, addedLines: number | null, removedLines: number | null, backup: { type: ArtifactType }, previous: { id: string } | null, device: { id: string, name: string } | null }> } };

export type RunChangeDiffQueryVariables = Exact<{
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
}>;


export type RunChangeDiffQuery = { diffBackups: { unified: string } };

export type RunStageFieldsFragment = { stage: string, status: string, attempt: number | null, code: string | null, message: string | null, artifact: string | null, at: string } & { ' $fragmentName'?: 'RunStageFieldsFragment' };

export type RunResultSummaryFragment = { backedUpCount: number, changedCount: number, unchangedCount: number, failedCount: number, gitStatus: string, commitDate: string | null, gitCommitStatus: { sha: string | null, filesChanged: number, pushed: boolean | null, pushError: string | null } | null } & { ' $fragmentName'?: 'RunResultSummaryFragment' };

export type RunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<Array<RunDeviceStatus> | RunDeviceStatus>;
}>;


export type RunQuery = { run: (
    { id: string, status: RunStatus, trigger: RunTrigger, total: number, completed: number, changedArtifacts: number, initialArtifacts: number, succeededCount: number, failedCount: number, notStoredCount: number, storeAttempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null, selection: unknown, mode: RunMode, concurrency: number, maxAttempts: number, error: string | null, requestedBy: { username: string } | null, schedule: { id: string, name: string } | null, repository: { name: string } | null, devices: Array<{ id: string, deviceName: string, status: RunDeviceStatus, attempts: number, startedAt: string | null, durationMs: number | null, errorCode: string | null, errorMessage: string | null, device: { id: string } | null, stages: Array<{ ' $fragmentRefs'?: { 'RunStageFieldsFragment': RunStageFieldsFragment } }> }>, result: { ' $fragmentRefs'?: { 'RunResultSummaryFragment': RunResultSummaryFragment } } | null }
    & { ' $fragmentRefs'?: { 'RunTimestampUpdateFragment': RunTimestampUpdateFragment } }
  ) | null };

export type CancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRunMutation = { cancelRun: { id: string } };

export type RetryFailedDevicesMutationVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type RetryFailedDevicesMutation = { retryFailedDevices: { id: string } };

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

export type RunTableRowFragment = { id: string, status: RunStatus, trigger: RunTrigger, total: number, completed: number, succeededCount: number, failedCount: number, createdAt: string, startedAt: string | null, durationMs: number | null, changedArtifacts: number, initialArtifacts: number, selection: unknown, requestedBy: { username: string } | null, schedule: { name: string } | null } & { ' $fragmentName'?: 'RunTableRowFragment' };

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

export type SelectionDeviceCountQueryVariables = Exact<{
  selection: RunSelectionInput;
}>;


export type SelectionDeviceCountQuery = { selectionDeviceCount: number };

export type PreviewScheduleQueryVariables = Exact<{
  cron: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
}>;


export type PreviewScheduleQuery = { previewSchedule: { description: string, nextRuns: Array<string>, timeZone: string } };

export type SchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesQuery = { schedules: Array<{ id: string, name: string, cron: string, description: string, timeZone: string, enabled: boolean, selection: unknown, deviceCount: number, nextRuns: Array<string>, lastRun: { id: string, status: RunStatus, createdAt: string } | null }> };

export type ToggleScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateScheduleInput;
}>;


export type ToggleScheduleMutation = { updateSchedule: { id: string } };

export type DeleteScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteScheduleMutation = { deleteSchedule: boolean };

export type ConfigSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  regex?: InputMaybe<Scalars['Boolean']['input']>;
  caseSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  context?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<ConfigSearchFilter>;
  scope?: InputMaybe<ConfigSearchScope>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  invert?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConfigSearchQuery = { configSearch: { totalCount: number, searchedDevices: number, searchedVersions: number, pendingVersions: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ' $fragmentRefs'?: { 'SearchResultDeviceFragment': SearchResultDeviceFragment } }> } };

export type SearchPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchPlatformsQuery = { backupMethods: Array<{ key: string, platform: string, isBinary: boolean }> };

export type SearchResultDeviceFragment = { versionCount: number, device: { id: string, name: string, location: string, backupMethod: string }, versions: Array<{ matched: boolean, matchCount: number, truncated: boolean, backup: { id: string, artifact: string, createdAt: string }, lines: Array<{ number: number, text: string, isMatch: boolean, highlights: Array<number> }> }> } & { ' $fragmentName'?: 'SearchResultDeviceFragment' };

export type ChangeOwnPasswordMutationVariables = Exact<{
  input: ChangeOwnPasswordInput;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: { id: string } };

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
  filter?: InputMaybe<AuditFilter>;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, actorName: string, actorType: string, targetType: string, targetId: string | null, targetName: string | null, targetExists: boolean, details: unknown, createdAt: string }> } };

export type AuditFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditFacetsQuery = { auditFacets: { actors: Array<string>, actions: Array<string>, targetTypes: Array<string> } };

export type CreateNotificationChannelMutationVariables = Exact<{
  input: CreateNotificationChannelInput;
}>;


export type CreateNotificationChannelMutation = { createNotificationChannel: { id: string } };

export type UpdateNotificationChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateNotificationChannelInput;
}>;


export type UpdateNotificationChannelMutation = { updateNotificationChannel: { id: string } };

export type DeleteNotificationChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNotificationChannelMutation = { deleteNotificationChannel: boolean };

export type SendTestNotificationMutationVariables = Exact<{
  channelId: Scalars['ID']['input'];
}>;


export type SendTestNotificationMutation = { sendTestNotification: { id: string } };

export type NotificationDeliveriesQueryVariables = Exact<{
  statuses?: InputMaybe<Array<NotificationDeliveryStatus> | NotificationDeliveryStatus>;
}>;


export type NotificationDeliveriesQuery = { notificationDeliveries: { totalCount: number, nodes: Array<{ id: string, event: NotificationEvent, title: string, status: NotificationDeliveryStatus, attempts: number, maxAttempts: number, lastError: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string, channel: { name: string }, rule: { name: string } | null }> } };

export type RetryDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryDeliveryMutation = { retryDelivery: { id: string } };

export type NotificationChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationChannelsQuery = { notificationChannels: Array<{ id: string, name: string, kind: NotificationChannelKind, enabled: boolean, target: string, hasSigningSecret: boolean, email: { host: string, port: number, security: SmtpSecurity, username: string | null, hasPassword: boolean, from: string, to: Array<string>, caCertificate: string | null } | null }> };

export type NotificationRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationRulesQuery = { notificationRules: Array<{ id: string, name: string, enabled: boolean, events: Array<NotificationEvent>, failedRuns: number, staleHours: number, runStatuses: Array<RunStatus>, filter: { tags: Array<string>, locations: Array<string>, platforms: Array<string>, deviceIds: Array<string> }, quietHours: { start: string, end: string, timeZone: string } | null, channels: Array<{ id: string, name: string }> }> };

export type CreateNotificationRuleMutationVariables = Exact<{
  input: CreateNotificationRuleInput;
}>;


export type CreateNotificationRuleMutation = { createNotificationRule: { id: string } };

export type UpdateNotificationRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateNotificationRuleInput;
}>;


export type UpdateNotificationRuleMutation = { updateNotificationRule: { id: string } };

export type DeleteNotificationRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNotificationRuleMutation = { deleteNotificationRule: boolean };

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

export type EditInventorySourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditInventorySourceQuery = { inventorySource: (
    { name: string }
    & { ' $fragmentRefs'?: { 'SourceFormFieldsFragment': SourceFormFieldsFragment } }
  ) | null };

export type InventorySourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InventorySourceQuery = { inventorySource: { id: string, name: string, kind: InventorySourceKind, url: string, verifyTls: boolean, filter: unknown, orphanPolicy: OrphanPolicy, writeBackField: string | null, variableFields: Array<string>, syncCron: string | null, syncTimeZone: string, deviceCount: number, credentialSet: { name: string } | null, lastSync: (
      { id: string }
      & { ' $fragmentRefs'?: { 'SyncResultFieldsFragment': SyncResultFieldsFragment } }
    ) | null } | null };

export type InventorySyncProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InventorySyncProgressQuery = { inventorySync: (
    { id: string, status: InventorySyncStatus }
    & { ' $fragmentRefs'?: { 'SyncResultFieldsFragment': SyncResultFieldsFragment } }
  ) | null };

export type TestInventorySourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestInventorySourceMutation = { testInventorySource: { ok: boolean, version: string | null, code: string | null, message: string } };

export type PreviewInventorySyncMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PreviewInventorySyncMutation = { previewInventorySync: { id: string } };

export type SyncInventorySourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncInventorySourceMutation = { syncInventorySource: { id: string } };

export type DeleteInventorySourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteInventorySourceMutation = { deleteInventorySource: boolean };

export type SourceFormFieldsFragment = { id: string, name: string, kind: InventorySourceKind, url: string, verifyTls: boolean, caBundle: string | null, filter: unknown, platformMap: unknown, locationField: string | null, tagFields: Array<string>, portField: string | null, variableFields: Array<string>, credentialSetField: string | null, orphanPolicy: OrphanPolicy, writeBackField: string | null, writeBackFormat: WriteBackFormat, syncCron: string | null, syncTimeZone: string, credentialSet: { id: string } | null, repository: { id: string } | null } & { ' $fragmentName'?: 'SourceFormFieldsFragment' };

export type SourceFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceFormOptionsQuery = { credentialSets: Array<{ id: string, name: string }>, repositories: Array<{ id: string, name: string }>, inventoryPlatformDefaults: Array<{ slug: string, backupMethod: string }> };

export type CreateInventorySourceMutationVariables = Exact<{
  input: CreateInventorySourceInput;
}>;


export type CreateInventorySourceMutation = { createInventorySource: { id: string } };

export type UpdateInventorySourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateInventorySourceInput;
}>;


export type UpdateInventorySourceMutation = { updateInventorySource: { id: string } };

export type InventorySourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type InventorySourcesQuery = { inventorySources: Array<{ id: string, name: string, kind: InventorySourceKind, url: string, deviceCount: number, syncCron: string | null, syncTimeZone: string, nextSyncAt: string | null, lastSync: { id: string, status: InventorySyncStatus, finishedAt: string | null, createdAt: string } | null }> };

export type SyncResultFieldsFragment = { id: string, dryRun: boolean, status: InventorySyncStatus, readCount: number, errorCode: string | null, error: string | null, createdAt: string, finishedAt: string | null, durationMs: number | null, counts: { create: number, update: number, unchanged: number, disable: number, delete: number, keep: number, conflicts: number } | null, created: Array<{ name: string, host: string, backupMethod: string, location: string }>, updated: Array<{ name: string, changes: Array<{ field: string, from: string, to: string }> }>, orphans: Array<{ name: string, action: string }>, conflicts: Array<{ sourceDeviceId: string, name: string, code: string, message: string }> } & { ' $fragmentName'?: 'SyncResultFieldsFragment' };

export type RunTimestampUpdateFragment = { timestampUpdate: { updated: number, failed: number, errors: Array<{ device: string, message: string }> } | null } & { ' $fragmentName'?: 'RunTimestampUpdateFragment' };

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
  hasApiKey
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
  model
  variables {
    name
    value
  }
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
  options
  source {
    name
    syncedFields
  }
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
    platform
  }
  location
  tags
  model
  effectiveRepository {
    isDefault
    repository {
      id
      name
    }
  }
  enabled
  lastBackupAt
  lastStatus
  lastErrorCode
  lastErrorMessage
  lastChangedAt
  savedState
  source {
    id
    name
    kind
  }
}
    `, {"fragmentName":"DeviceTableRow"}) as unknown as TypedDocumentString<DeviceTableRowFragment, unknown>;
export const PathPreviewRepositoryFragmentDoc = new TypedDocumentString(`
    fragment PathPreviewRepository on Repository {
  id
  name
  pathTemplate
  isDefault
  effectiveDeviceCount
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
  remoteCredentialSet {
    id
  }
  signingCredentialSet {
    id
  }
  branch
  pathTemplate
  authorName
  authorEmail
}
    `, {"fragmentName":"RepositoryFormFields"}) as unknown as TypedDocumentString<RepositoryFormFieldsFragment, unknown>;
export const RetentionOutcomeFieldsFragmentDoc = new TypedDocumentString(`
    fragment RetentionOutcomeFields on RetentionResult {
  dryRun
  asOf
  backupCount
  removeCount
  fileCount
  removals(first: 100) {
    backupId
    device
    artifact
    createdAt
    path
  }
  files(first: 100) {
    path
    version
  }
}
    `, {"fragmentName":"RetentionOutcomeFields"}) as unknown as TypedDocumentString<RetentionOutcomeFieldsFragment, unknown>;
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
  changedArtifacts
  initialArtifacts
  requestedBy {
    username
  }
  selection
  schedule {
    name
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
export const SearchResultDeviceFragmentDoc = new TypedDocumentString(`
    fragment SearchResultDevice on ConfigSearchDevice {
  device {
    id
    name
    location
    backupMethod
  }
  versionCount
  versions {
    backup {
      id
      artifact
      createdAt
    }
    matched
    matchCount
    truncated
    lines(first: 100) {
      number
      text
      isMatch
      highlights
    }
  }
}
    `, {"fragmentName":"SearchResultDevice"}) as unknown as TypedDocumentString<SearchResultDeviceFragment, unknown>;
export const SourceFormFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFormFields on InventorySource {
  id
  name
  kind
  url
  verifyTls
  caBundle
  filter
  platformMap
  locationField
  tagFields
  portField
  variableFields
  credentialSetField
  credentialSet {
    id
  }
  repository {
    id
  }
  orphanPolicy
  writeBackField
  writeBackFormat
  syncCron
  syncTimeZone
}
    `, {"fragmentName":"SourceFormFields"}) as unknown as TypedDocumentString<SourceFormFieldsFragment, unknown>;
export const SyncResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment SyncResultFields on InventorySync {
  id
  dryRun
  status
  readCount
  errorCode
  error
  createdAt
  finishedAt
  durationMs
  counts {
    create
    update
    unchanged
    disable
    delete
    keep
    conflicts
  }
  created {
    name
    host
    backupMethod
    location
  }
  updated {
    name
    changes {
      field
      from
      to
    }
  }
  orphans {
    name
    action
  }
  conflicts {
    sourceDeviceId
    name
    code
    message
  }
}
    `, {"fragmentName":"SyncResultFields"}) as unknown as TypedDocumentString<SyncResultFieldsFragment, unknown>;
export const RunTimestampUpdateFragmentDoc = new TypedDocumentString(`
    fragment RunTimestampUpdate on Run {
  timestampUpdate {
    updated
    failed
    errors {
      device
      message
    }
  }
}
    `, {"fragmentName":"RunTimestampUpdate"}) as unknown as TypedDocumentString<RunTimestampUpdateFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
  version
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
    payload
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
    transport
    deviceCount
    proof {
      recordings {
        source
        model
        description
        checksSecrets
      }
      cases
      labPersona
      secretsCorpus
    }
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
    hasApiKey
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
  hasApiKey
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
  changedArtifacts
  initialArtifacts
  requestedBy {
    username
  }
  selection
  schedule {
    name
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
export const RecentChangesDocument = new TypedDocumentString(`
    query RecentChanges($first: Int!) {
  changes(first: $first) {
    nodes {
      id
      artifact
      at
      addedLines
      removedLines
      previous {
        id
      }
      device {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentChangesQuery, RecentChangesQueryVariables>;
export const RecentChangesAddedDocument = new TypedDocumentString(`
    subscription RecentChangesAdded {
  changesAdded {
    id
  }
}
    `) as unknown as TypedDocumentString<RecentChangesAddedSubscription, RecentChangesAddedSubscriptionVariables>;
export const CompareBackupsDocument = new TypedDocumentString(`
    query CompareBackups($fromId: ID!, $toId: ID!, $context: Int!, $keepOrder: Boolean!) {
  diffBackups(
    fromId: $fromId
    toId: $toId
    context: $context
    keepOrder: $keepOrder
  ) {
    unified
    unchanged
    fromLineCount
    toLineCount
    fromVolatileLines
    toVolatileLines
    from {
      id
      artifact
      createdAt
      device {
        id
        name
      }
    }
    to {
      id
      artifact
      createdAt
      device {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareBackupsQuery, CompareBackupsQueryVariables>;
export const CompareBackupContentDocument = new TypedDocumentString(`
    query CompareBackupContent($id: ID!) {
  backupContent(id: $id) {
    content
  }
}
    `) as unknown as TypedDocumentString<CompareBackupContentQuery, CompareBackupContentQueryVariables>;
export const CompareDeviceSearchDocument = new TypedDocumentString(`
    query CompareDeviceSearch($search: String) {
  devices(first: 20, search: $search, sort: {field: NAME}) {
    totalCount
    nodes {
      id
      name
      host
    }
  }
}
    `) as unknown as TypedDocumentString<CompareDeviceSearchQuery, CompareDeviceSearchQueryVariables>;
export const ComparePickerDeviceDocument = new TypedDocumentString(`
    query ComparePickerDevice($id: ID!) {
  device(id: $id) {
    id
    name
  }
  deviceArtifacts(deviceId: $id, textOnly: true)
}
    `) as unknown as TypedDocumentString<ComparePickerDeviceQuery, ComparePickerDeviceQueryVariables>;
export const ComparePickerVersionsDocument = new TypedDocumentString(`
    query ComparePickerVersions($id: ID!, $artifact: String!) {
  device(id: $id) {
    id
    backups(first: 200, artifact: $artifact, changedOnly: true) {
      totalCount
      nodes {
        id
        artifact
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparePickerVersionsQuery, ComparePickerVersionsQueryVariables>;
export const BackupContentDocument = new TypedDocumentString(`
    query BackupContent($id: ID!, $revealSecrets: Boolean!) {
  backupContent(id: $id, revealSecrets: $revealSecrets) {
    content
    lineCount
    secretsRevealed
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
        keepSecrets
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BackupContentQuery, BackupContentQueryVariables>;
export const BackupNeighbourVersionsDocument = new TypedDocumentString(`
    query BackupNeighbourVersions($deviceId: ID!, $artifact: String!) {
  device(id: $deviceId) {
    id
    versions(artifact: $artifact, first: 200) {
      nodes {
        id
        previousId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BackupNeighbourVersionsQuery, BackupNeighbourVersionsQueryVariables>;
export const DetectPlatformDocument = new TypedDocumentString(`
    mutation DetectPlatform($input: DetectPlatformInput!) {
  detectPlatform(input: $input) {
    ok
    code
    message
    elapsedMs
    detection {
      recognised
      platform
      backupMethod
      evidence
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DetectPlatformMutation, DetectPlatformMutationVariables>;
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
      transport
    }
    location
    tags
    enabled
    lastBackupAt
    lastSuccessAt
    lastStatus
    lastErrorCode
    lastErrorMessage
    retiredAt
    lastChangedAt
    savedState
    prompt
    hostKeyFingerprint
    pendingHostKeyFingerprint
    repository {
      id
      name
    }
    effectiveRepository {
      isDefault
      repository {
        id
        name
      }
    }
    model
    variables {
      name
      value
    }
    credentialSets {
      name
      scoped
    }
    source {
      id
      name
      kind
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
        initial
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
    optionFields {
      name
      kind
      required
      defaultValue
      pattern
    }
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
    query Devices($first: Int!, $offset: Int, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {
  devices(
    first: $first
    offset: $offset
    search: $search
    filter: $filter
    sort: $sort
  ) {
    totalCount
    pageInfo {
      hasNextPage
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
    platform
  }
  location
  tags
  model
  effectiveRepository {
    isDefault
    repository {
      id
      name
    }
  }
  enabled
  lastBackupAt
  lastStatus
  lastErrorCode
  lastErrorMessage
  lastChangedAt
  savedState
  source {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<DevicesQuery, DevicesQueryVariables>;
export const DeviceBulkChoicesDocument = new TypedDocumentString(`
    query DeviceBulkChoices {
  repositories {
    id
    name
  }
  credentialSets {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeviceBulkChoicesQuery, DeviceBulkChoicesQueryVariables>;
export const MatchingDeviceIdsDocument = new TypedDocumentString(`
    query MatchingDeviceIds($search: String, $filter: DeviceFilter) {
  deviceIds(search: $search, filter: $filter)
}
    `) as unknown as TypedDocumentString<MatchingDeviceIdsQuery, MatchingDeviceIdsQueryVariables>;
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
export const BulkUpdateDevicesDocument = new TypedDocumentString(`
    mutation BulkUpdateDevices($selection: DeviceSelectionInput!, $change: BulkDeviceChangeInput!) {
  bulkUpdateDevices(selection: $selection, change: $change) {
    count
  }
}
    `) as unknown as TypedDocumentString<BulkUpdateDevicesMutation, BulkUpdateDevicesMutationVariables>;
export const BulkDeleteDevicesDocument = new TypedDocumentString(`
    mutation BulkDeleteDevices($selection: DeviceSelectionInput!) {
  bulkDeleteDevices(selection: $selection) {
    count
  }
}
    `) as unknown as TypedDocumentString<BulkDeleteDevicesMutation, BulkDeleteDevicesMutationVariables>;
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
  model
  variables {
    name
    value
  }
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
  options
  source {
    name
    syncedFields
  }
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
    detections {
      row
      name
      backupMethod
      platform
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
export const RetireDeviceDocument = new TypedDocumentString(`
    mutation RetireDevice($id: ID!) {
  retireDevice(id: $id) {
    id
    retiredAt
  }
}
    `) as unknown as TypedDocumentString<RetireDeviceMutation, RetireDeviceMutationVariables>;
export const RestoreDeviceDocument = new TypedDocumentString(`
    mutation RestoreDevice($id: ID!) {
  restoreDevice(id: $id) {
    id
    retiredAt
  }
}
    `) as unknown as TypedDocumentString<RestoreDeviceMutation, RestoreDeviceMutationVariables>;
export const TestDeviceConnectionDocument = new TypedDocumentString(`
    mutation TestDeviceConnection($id: ID!) {
  testDeviceConnection(id: $id) {
    ok
    code
    message
    reached
    authenticated
    credentialSet
    hostKeyFingerprint
    hostKeyStatus
    prompt
    privileged
    banner
    elapsedMs
    configuredPlatform
    detection {
      recognised
      platform
      backupMethod
      evidence
      reason
      candidates
      answers
    }
  }
}
    `) as unknown as TypedDocumentString<TestDeviceConnectionMutation, TestDeviceConnectionMutationVariables>;
export const DeviceVersionsDocument = new TypedDocumentString(`
    query DeviceVersions($id: ID!, $first: Int!, $after: String, $artifact: String) {
  deviceArtifacts(deviceId: $id)
  device(id: $id) {
    id
    versions(first: $first, after: $after, artifact: $artifact) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        artifact
        change
        firstSeenAt
        lastConfirmedAt
        collections
        addedLines
        removedLines
        previousId
        backup {
          id
          type
          sha256
          downloadUrl
          run {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeviceVersionsQuery, DeviceVersionsQueryVariables>;
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
  remoteCredentialSet {
    id
  }
  signingCredentialSet {
    id
  }
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
      variables {
        name
        value
      }
      backupMethod
      backupMethodInfo {
        artifacts
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepositoryDevicesQuery, RepositoryDevicesQueryVariables>;
export const RepositoryKeyOptionsDocument = new TypedDocumentString(`
    query RepositoryKeyOptions {
  credentialSets {
    id
    name
    username
    hasPrivateKey
  }
}
    `) as unknown as TypedDocumentString<RepositoryKeyOptionsQuery, RepositoryKeyOptionsQueryVariables>;
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
    remoteCredentialSet {
      name
    }
    remoteHostKeyFingerprint
    pendingRemoteHostKeyFingerprint
    signingCredentialSet {
      name
    }
    divergence {
      localCommit
      remoteCommit
      at
    }
    branch
    pathTemplate
    deviceCount
    isDefault
    effectiveDeviceCount
    ...PathPreviewRepository
  }
}
    fragment PathPreviewRepository on Repository {
  id
  name
  pathTemplate
  isDefault
  effectiveDeviceCount
}`) as unknown as TypedDocumentString<RepositoriesQuery, RepositoriesQueryVariables>;
export const TestRepositoryDocument = new TypedDocumentString(`
    query TestRepository($id: ID!) {
  testRepository(id: $id) {
    ok
    messages
  }
}
    `) as unknown as TypedDocumentString<TestRepositoryQuery, TestRepositoryQueryVariables>;
export const AcceptRemoteHostKeyDocument = new TypedDocumentString(`
    mutation AcceptRemoteHostKey($id: ID!) {
  acceptRemoteHostKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptRemoteHostKeyMutation, AcceptRemoteHostKeyMutationVariables>;
export const DeleteRepositoryDocument = new TypedDocumentString(`
    mutation DeleteRepository($id: ID!) {
  deleteRepository(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRepositoryMutation, DeleteRepositoryMutationVariables>;
export const RepositoryRetentionDocument = new TypedDocumentString(`
    query RepositoryRetention($id: ID!) {
  repository(id: $id) {
    id
    kind
    retentionPolicies {
      id
      deviceTag
      keepAllDays
      keepDailyDays
      keepWeeklyWeeks
      keepMonthlyMonths
      enabled
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RepositoryRetentionQuery, RepositoryRetentionQueryVariables>;
export const SetRetentionPolicyDocument = new TypedDocumentString(`
    mutation SetRetentionPolicy($input: RetentionPolicyInput!) {
  setRetentionPolicy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetRetentionPolicyMutation, SetRetentionPolicyMutationVariables>;
export const DeleteRetentionPolicyDocument = new TypedDocumentString(`
    mutation DeleteRetentionPolicy($id: ID!) {
  deleteRetentionPolicy(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRetentionPolicyMutation, DeleteRetentionPolicyMutationVariables>;
export const ApplyRetentionDocument = new TypedDocumentString(`
    mutation ApplyRetention($repositoryId: ID!, $dryRun: Boolean!) {
  applyRetention(repositoryId: $repositoryId, dryRun: $dryRun) {
    ...RetentionOutcomeFields
  }
}
    fragment RetentionOutcomeFields on RetentionResult {
  dryRun
  asOf
  backupCount
  removeCount
  fileCount
  removals(first: 100) {
    backupId
    device
    artifact
    createdAt
    path
  }
  files(first: 100) {
    path
    version
  }
}`) as unknown as TypedDocumentString<ApplyRetentionMutation, ApplyRetentionMutationVariables>;
export const RunChangesDocument = new TypedDocumentString(`
    query RunChanges($runId: ID!, $first: Int!) {
  changes(first: $first, filter: {runId: $runId, includeInitial: true}) {
    totalCount
    nodes {
      id
      artifact
      change
      at
      addedLines
      removedLines
      backup {
        type
      }
      previous {
        id
      }
      device {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunChangesQuery, RunChangesQueryVariables>;
export const RunChangeDiffDocument = new TypedDocumentString(`
    query RunChangeDiff($fromId: ID!, $toId: ID!) {
  diffBackups(fromId: $fromId, toId: $toId) {
    unified
  }
}
    `) as unknown as TypedDocumentString<RunChangeDiffQuery, RunChangeDiffQueryVariables>;
export const RunDocument = new TypedDocumentString(`
    query Run($id: ID!, $status: [RunDeviceStatus!]) {
  run(id: $id) {
    id
    status
    trigger
    total
    completed
    changedArtifacts
    initialArtifacts
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
    schedule {
      id
      name
    }
    selection
    repository {
      name
    }
    mode
    concurrency
    maxAttempts
    error
    devices(status: $status, failedFirst: true) {
      id
      deviceName
      device {
        id
      }
      status
      attempts
      startedAt
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
    ...RunTimestampUpdate
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
}
fragment RunTimestampUpdate on Run {
  timestampUpdate {
    updated
    failed
    errors {
      device
      message
    }
  }
}`) as unknown as TypedDocumentString<RunQuery, RunQueryVariables>;
export const CancelRunDocument = new TypedDocumentString(`
    mutation CancelRun($id: ID!) {
  cancelRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelRunMutation, CancelRunMutationVariables>;
export const RetryFailedDevicesDocument = new TypedDocumentString(`
    mutation RetryFailedDevices($runId: ID!) {
  retryFailedDevices(runId: $runId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetryFailedDevicesMutation, RetryFailedDevicesMutationVariables>;
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
  changedArtifacts
  initialArtifacts
  requestedBy {
    username
  }
  selection
  schedule {
    name
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
export const SelectionDeviceCountDocument = new TypedDocumentString(`
    query SelectionDeviceCount($selection: RunSelectionInput!) {
  selectionDeviceCount(selection: $selection)
}
    `) as unknown as TypedDocumentString<SelectionDeviceCountQuery, SelectionDeviceCountQueryVariables>;
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
    deviceCount
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
export const ConfigSearchDocument = new TypedDocumentString(`
    query ConfigSearch($query: String!, $regex: Boolean, $caseSensitive: Boolean, $context: Int, $filter: ConfigSearchFilter, $scope: ConfigSearchScope, $since: DateTime, $until: DateTime, $invert: Boolean, $after: String) {
  configSearch(
    query: $query
    regex: $regex
    caseSensitive: $caseSensitive
    context: $context
    filter: $filter
    scope: $scope
    since: $since
    until: $until
    invert: $invert
    first: 25
    after: $after
  ) {
    totalCount
    searchedDevices
    searchedVersions
    pendingVersions
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...SearchResultDevice
    }
  }
}
    fragment SearchResultDevice on ConfigSearchDevice {
  device {
    id
    name
    location
    backupMethod
  }
  versionCount
  versions {
    backup {
      id
      artifact
      createdAt
    }
    matched
    matchCount
    truncated
    lines(first: 100) {
      number
      text
      isMatch
      highlights
    }
  }
}`) as unknown as TypedDocumentString<ConfigSearchQuery, ConfigSearchQueryVariables>;
export const SearchPlatformsDocument = new TypedDocumentString(`
    query SearchPlatforms {
  backupMethods {
    key
    platform
    isBinary
  }
}
    `) as unknown as TypedDocumentString<SearchPlatformsQuery, SearchPlatformsQueryVariables>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
  changeOwnPassword(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
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
    query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
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
      targetName
      targetExists
      details
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditFacetsDocument = new TypedDocumentString(`
    query AuditFacets {
  auditFacets {
    actors
    actions
    targetTypes
  }
}
    `) as unknown as TypedDocumentString<AuditFacetsQuery, AuditFacetsQueryVariables>;
export const CreateNotificationChannelDocument = new TypedDocumentString(`
    mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNotificationChannelMutation, CreateNotificationChannelMutationVariables>;
export const UpdateNotificationChannelDocument = new TypedDocumentString(`
    mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {
  updateNotificationChannel(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationChannelMutation, UpdateNotificationChannelMutationVariables>;
export const DeleteNotificationChannelDocument = new TypedDocumentString(`
    mutation DeleteNotificationChannel($id: ID!) {
  deleteNotificationChannel(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNotificationChannelMutation, DeleteNotificationChannelMutationVariables>;
export const SendTestNotificationDocument = new TypedDocumentString(`
    mutation SendTestNotification($channelId: ID!) {
  sendTestNotification(channelId: $channelId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendTestNotificationMutation, SendTestNotificationMutationVariables>;
export const NotificationDeliveriesDocument = new TypedDocumentString(`
    query NotificationDeliveries($statuses: [NotificationDeliveryStatus!]) {
  notificationDeliveries(first: 50, statuses: $statuses) {
    totalCount
    nodes {
      id
      event
      title
      status
      attempts
      maxAttempts
      lastError
      nextAttemptAt
      sentAt
      createdAt
      channel {
        name
      }
      rule {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationDeliveriesQuery, NotificationDeliveriesQueryVariables>;
export const RetryDeliveryDocument = new TypedDocumentString(`
    mutation RetryDelivery($id: ID!) {
  retryDelivery(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const NotificationChannelsDocument = new TypedDocumentString(`
    query NotificationChannels {
  notificationChannels {
    id
    name
    kind
    enabled
    target
    hasSigningSecret
    email {
      host
      port
      security
      username
      hasPassword
      from
      to
      caCertificate
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationChannelsQuery, NotificationChannelsQueryVariables>;
export const NotificationRulesDocument = new TypedDocumentString(`
    query NotificationRules {
  notificationRules {
    id
    name
    enabled
    events
    failedRuns
    staleHours
    runStatuses
    filter {
      tags
      locations
      platforms
      deviceIds
    }
    quietHours {
      start
      end
      timeZone
    }
    channels {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationRulesQuery, NotificationRulesQueryVariables>;
export const CreateNotificationRuleDocument = new TypedDocumentString(`
    mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {
  createNotificationRule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNotificationRuleMutation, CreateNotificationRuleMutationVariables>;
export const UpdateNotificationRuleDocument = new TypedDocumentString(`
    mutation UpdateNotificationRule($id: ID!, $input: UpdateNotificationRuleInput!) {
  updateNotificationRule(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationRuleMutation, UpdateNotificationRuleMutationVariables>;
export const DeleteNotificationRuleDocument = new TypedDocumentString(`
    mutation DeleteNotificationRule($id: ID!) {
  deleteNotificationRule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNotificationRuleMutation, DeleteNotificationRuleMutationVariables>;
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
export const EditInventorySourceDocument = new TypedDocumentString(`
    query EditInventorySource($id: ID!) {
  inventorySource(id: $id) {
    name
    ...SourceFormFields
  }
}
    fragment SourceFormFields on InventorySource {
  id
  name
  kind
  url
  verifyTls
  caBundle
  filter
  platformMap
  locationField
  tagFields
  portField
  variableFields
  credentialSetField
  credentialSet {
    id
  }
  repository {
    id
  }
  orphanPolicy
  writeBackField
  writeBackFormat
  syncCron
  syncTimeZone
}`) as unknown as TypedDocumentString<EditInventorySourceQuery, EditInventorySourceQueryVariables>;
export const InventorySourceDocument = new TypedDocumentString(`
    query InventorySource($id: ID!) {
  inventorySource(id: $id) {
    id
    name
    kind
    url
    verifyTls
    filter
    orphanPolicy
    writeBackField
    variableFields
    syncCron
    syncTimeZone
    deviceCount
    credentialSet {
      name
    }
    lastSync {
      id
      ...SyncResultFields
    }
  }
}
    fragment SyncResultFields on InventorySync {
  id
  dryRun
  status
  readCount
  errorCode
  error
  createdAt
  finishedAt
  durationMs
  counts {
    create
    update
    unchanged
    disable
    delete
    keep
    conflicts
  }
  created {
    name
    host
    backupMethod
    location
  }
  updated {
    name
    changes {
      field
      from
      to
    }
  }
  orphans {
    name
    action
  }
  conflicts {
    sourceDeviceId
    name
    code
    message
  }
}`) as unknown as TypedDocumentString<InventorySourceQuery, InventorySourceQueryVariables>;
export const InventorySyncProgressDocument = new TypedDocumentString(`
    query InventorySyncProgress($id: ID!) {
  inventorySync(id: $id) {
    id
    status
    ...SyncResultFields
  }
}
    fragment SyncResultFields on InventorySync {
  id
  dryRun
  status
  readCount
  errorCode
  error
  createdAt
  finishedAt
  durationMs
  counts {
    create
    update
    unchanged
    disable
    delete
    keep
    conflicts
  }
  created {
    name
    host
    backupMethod
    location
  }
  updated {
    name
    changes {
      field
      from
      to
    }
  }
  orphans {
    name
    action
  }
  conflicts {
    sourceDeviceId
    name
    code
    message
  }
}`) as unknown as TypedDocumentString<InventorySyncProgressQuery, InventorySyncProgressQueryVariables>;
export const TestInventorySourceDocument = new TypedDocumentString(`
    mutation TestInventorySource($id: ID!) {
  testInventorySource(id: $id) {
    ok
    version
    code
    message
  }
}
    `) as unknown as TypedDocumentString<TestInventorySourceMutation, TestInventorySourceMutationVariables>;
export const PreviewInventorySyncDocument = new TypedDocumentString(`
    mutation PreviewInventorySync($id: ID!) {
  previewInventorySync(sourceId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PreviewInventorySyncMutation, PreviewInventorySyncMutationVariables>;
export const SyncInventorySourceDocument = new TypedDocumentString(`
    mutation SyncInventorySource($id: ID!) {
  syncInventorySource(sourceId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SyncInventorySourceMutation, SyncInventorySourceMutationVariables>;
export const DeleteInventorySourceDocument = new TypedDocumentString(`
    mutation DeleteInventorySource($id: ID!) {
  deleteInventorySource(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteInventorySourceMutation, DeleteInventorySourceMutationVariables>;
export const SourceFormOptionsDocument = new TypedDocumentString(`
    query SourceFormOptions {
  credentialSets {
    id
    name
  }
  repositories {
    id
    name
  }
  inventoryPlatformDefaults {
    slug
    backupMethod
  }
}
    `) as unknown as TypedDocumentString<SourceFormOptionsQuery, SourceFormOptionsQueryVariables>;
export const CreateInventorySourceDocument = new TypedDocumentString(`
    mutation CreateInventorySource($input: CreateInventorySourceInput!) {
  createInventorySource(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateInventorySourceMutation, CreateInventorySourceMutationVariables>;
export const UpdateInventorySourceDocument = new TypedDocumentString(`
    mutation UpdateInventorySource($id: ID!, $input: UpdateInventorySourceInput!) {
  updateInventorySource(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateInventorySourceMutation, UpdateInventorySourceMutationVariables>;
export const InventorySourcesDocument = new TypedDocumentString(`
    query InventorySources {
  inventorySources {
    id
    name
    kind
    url
    deviceCount
    syncCron
    syncTimeZone
    nextSyncAt
    lastSync {
      id
      status
      finishedAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<InventorySourcesQuery, InventorySourcesQueryVariables>;
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