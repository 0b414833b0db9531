// Resolver types generated from graphql/schema.printed.graphql by GraphQL Code Generator (codegen.config.ts).
// Do not edit: run `npm run codegen` after changing the schema or a document.

import type { ArtifactType } from '../enums.ts';
import type { ChangeKind } from '../enums.ts';
import type { ConfigSearchScope } from '../enums.ts';
import type { DeviceSortField } from '../enums.ts';
import type { HostKeyStatus } from '../enums.ts';
import type { InventorySourceKind } from '../enums.ts';
import type { InventorySyncStatus } from '../enums.ts';
import type { NotificationChannelKind } from '../enums.ts';
import type { NotificationDeliveryStatus } from '../enums.ts';
import type { NotificationEvent } from '../enums.ts';
import type { OptionFieldKind } from '../enums.ts';
import type { OrphanPolicy } from '../enums.ts';
import type { RepositoryKind } from '../enums.ts';
import type { Role } from '../enums.ts';
import type { RunDeviceStatus } from '../enums.ts';
import type { RunMode } from '../enums.ts';
import type { RunStatus } from '../enums.ts';
import type { RunTrigger } from '../enums.ts';
import type { SavedState } from '../enums.ts';
import type { SmtpSecurity } from '../enums.ts';
import type { SshProfile } from '../enums.ts';
import type { WriteBackFormat } from '../enums.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiToken as ApiTokenModel, User as UserModel } from '../../db/auth/schema.ts';
import type { AuditEntry as AuditEntryModel } from '../../db/audit/schema.ts';
import type { Backup as BackupModel } from '../../db/backups/schema.ts';
import type { BackupMethodInfo as BackupMethodInfoModel } from '../../plugins/types.ts';
import type { ChangeView as ChangeViewModel } from '../../db/changes/list-changes.ts';
import type { VersionView as VersionViewModel } from '../../db/changes/list-versions.ts';
import type { ConfigSearchDevice as ConfigSearchDeviceModel, ConfigSearchVersion as ConfigSearchVersionModel } from '../../db/config-search/search-configs.ts';
import type { CredentialSetView as CredentialSetViewModel } from '../../db/credential-sets/view.ts';
import type { DailySuccess as DailySuccessModel, Dashboard as DashboardModel } from '../../db/dashboard/get-dashboard.ts';
import type { DeviceView as DeviceViewModel } from '../../db/devices/view.ts';
import type { RepositoryView as RepositoryViewModel } from '../../db/repositories/view.ts';
import type { Run as RunModel, RunDevice as RunDeviceModel } from '../../db/runs/schema.ts';
import type { RunResult as RunResultModel } from '../../db/runs/types.ts';
import type { Schedule as ScheduleModel } from '../../db/schedules/schema.ts';
import type { RetentionPolicy as RetentionPolicyModel } from '../../db/retention/schema.ts';
import type { RetentionRemoval as RetentionRemovalModel } from '../../db/retention/plan-retention.ts';
import type { RetentionOutcome as RetentionOutcomeModel } from '../../db/retention/apply-retention.ts';
import type { ChannelView as ChannelViewModel } from '../../db/notifications/channel-view.ts';
import type { RuleView as RuleViewModel } from '../../db/notifications/rule-view.ts';
import type { NotificationDelivery as NotificationDeliveryModel } from '../../db/notifications/schema.ts';
import type { InventorySourceView as InventorySourceViewModel } from '../../db/inventory-sources/view.ts';
import type { InventorySync as InventorySyncModel } from '../../db/inventory-sources/schema.ts';
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
  /** Never a secret: which fields changed, which secrets were replaced, names. */
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Whether the target still exists (so it can be linked to). */
  targetExists: Scalars['Boolean']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  /** The target's name now, or the name the entry recorded when the target is gone. */
  targetName?: Maybe<Scalars['String']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What the audit log's filters can choose from. */
export type AuditFacets = {
  __typename?: 'AuditFacets';
  actions: Array<Scalars['String']['output']>;
  actors: Array<Scalars['String']['output']>;
  targetTypes: Array<Scalars['String']['output']>;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** Leave out logins. */
  hideLogins?: InputMaybe<Scalars['Boolean']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
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
  /** Whether it is its artifact's first backup: counted as Initial, never as a change. */
  initial: Scalars['Boolean']['output'];
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
  fromLineCount: Scalars['Int']['output'];
  /** Line numbers (from 1) of `from`'s volatile lines: its platform leaves them out when deciding whether a version changed. */
  fromVolatileLines: Array<Scalars['Int']['output']>;
  removed: Scalars['Int']['output'];
  to: Backup;
  toLineCount: Scalars['Int']['output'];
  /** Line numbers (from 1) of `to`'s volatile lines. */
  toVolatileLines: Array<Scalars['Int']['output']>;
  unchanged: Scalars['Int']['output'];
  /** A unified diff, `from` first. */
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
  /** Devices (retired ones aside) that use this method. */
  deviceCount: Scalars['Int']['output'];
  friendlyName: Scalars['String']['output'];
  isBinary: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  /** The method's options a form can edit (a device's `options`); empty when it has none. */
  optionFields: Array<BackupMethodOptionField>;
  platform: Scalars['String']['output'];
  /** What proves the method on devices Tidemark did not write: recorded sessions, lab cases, the secrets corpus. */
  proof: BackupMethodProof;
  /** How the method reaches the device: ssh-shell, ssh-exec, sftp, scp, netconf or https. */
  transport: Scalars['String']['output'];
};

export type BackupMethodOptionField = {
  __typename?: 'BackupMethodOptionField';
  /** What a device without this option gets. */
  defaultValue?: Maybe<Scalars['JSON']['output']>;
  kind: OptionFieldKind;
  /** The key in a device's `options`. */
  name: Scalars['String']['output'];
  /** A regular expression the text (or each item of a list) must match. */
  pattern?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
};

/** What `npm test` checks a backup method against. */
export type BackupMethodProof = {
  __typename?: 'BackupMethodProof';
  /** Lab fixture cases of the method's platform. At most 100. */
  cases: Array<Scalars['String']['output']>;
  /** The platform has a lab persona, backed up over SSH by every test run. */
  labPersona: Scalars['Boolean']['output'];
  /** Recorded sessions replayed through the method: real devices' (source `oxidized`) and Tidemark's own cases (`tidemark`). At most 100. */
  recordings: Array<RecordedSession>;
  /** The platform's redaction is checked against a secrets corpus written from vendor documentation. */
  secretsCorpus: Scalars['Boolean']['output'];
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

export type BulkDevicesResult = {
  __typename?: 'BulkDevicesResult';
  /** How many devices were changed or deleted. */
  count: Scalars['Int']['output'];
};

/** A new version of an artifact that a run stored. */
export type Change = {
  __typename?: 'Change';
  /** Lines added against the version before (an INITIAL change adds them all); null for binary artifacts and when not counted. */
  addedLines?: Maybe<Scalars['Int']['output']>;
  artifact: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  backup: Backup;
  change: ChangeKind;
  device?: Maybe<Device>;
  /** The id of the backup that holds the new version. */
  id: Scalars['ID']['output'];
  /** The backup it replaced (the latest collection of the version before); null for an INITIAL change. */
  previous?: Maybe<Backup>;
  removedLines?: Maybe<Scalars['Int']['output']>;
  run?: Maybe<Run>;
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
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

export { ChangeKind };

export type ChangeOwnPasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 8 characters. */
  newPassword: Scalars['String']['input'];
};

export type ConfigSearchConnection = {
  __typename?: 'ConfigSearchConnection';
  edges: Array<ConfigSearchEdge>;
  nodes: Array<ConfigSearchDevice>;
  pageInfo: PageInfo;
  /** Searched versions whose text is still being read from the repository (stored before config search existed): left out until then. */
  pendingVersions: Scalars['Int']['output'];
  /** Devices with a searched version. */
  searchedDevices: Scalars['Int']['output'];
  searchedVersions: Scalars['Int']['output'];
  /** Devices that match (with invert: that do not). */
  totalCount: Scalars['Int']['output'];
};

/** A device with its matching versions (with invert: the versions that lack a match). */
export type ConfigSearchDevice = {
  __typename?: 'ConfigSearchDevice';
  device: Device;
  versionCount: Scalars['Int']['output'];
  /** Newest first, at most 10. */
  versions: Array<ConfigSearchVersion>;
};

export type ConfigSearchEdge = {
  __typename?: 'ConfigSearchEdge';
  cursor: Scalars['String']['output'];
  node: ConfigSearchDevice;
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

/** One line of a version shown by a search: a matching line or one of its context lines. */
export type ConfigSearchLine = {
  __typename?: 'ConfigSearchLine';
  /** Start and end offsets (UTF-16, end exclusive) of each match in text, flattened: [s1, e1, s2, e2, ...]. Empty on a matching line: the whole line matched. */
  highlights: Array<Scalars['Int']['output']>;
  isMatch: Scalars['Boolean']['output'];
  /** 1-based. */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export { ConfigSearchScope };

/** A searched version of one artifact, with its matching lines and their context. */
export type ConfigSearchVersion = {
  __typename?: 'ConfigSearchVersion';
  /** The backup that stored this version; its view page shows the whole text. */
  backup: Backup;
  /** Matching lines with their context, in line order; a gap in the numbers separates two hunks. */
  lines: Array<ConfigSearchLine>;
  /** Matching lines in the whole version. */
  matchCount: Scalars['Int']['output'];
  matched: Scalars['Boolean']['output'];
  /** More lines matched than a search shows (500 with context). */
  truncated: Scalars['Boolean']['output'];
};


/** A searched version of one artifact, with its matching lines and their context. */
export type ConfigSearchVersionLinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A login without a backup: reached, authenticated, what the device showed. Never holds a secret. */
export type ConnectionTest = {
  __typename?: 'ConnectionTest';
  authenticated: Scalars['Boolean']['output'];
  /** The first lines the device showed before its prompt (SSH banner, MOTD), secrets redacted. */
  banner?: Maybe<Scalars['String']['output']>;
  /** UNREACHABLE, TIMEOUT, AUTH_FAILED, HOST_KEY_CHANGED, PROMPT_NOT_FOUND, CREDENTIAL_OUT_OF_SCOPE, …; null when ok. */
  code?: Maybe<Scalars['String']['output']>;
  /** For a device: the platform of its backup method, to compare with detection.platform. */
  configuredPlatform?: Maybe<Scalars['String']['output']>;
  /** The name of the credential set that logged in. */
  credentialSet?: Maybe<Scalars['String']['output']>;
  detection?: Maybe<PlatformDetection>;
  elapsedMs: Scalars['Int']['output'];
  hostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  hostKeyStatus?: Maybe<HostKeyStatus>;
  message: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  /** Whether the prompt is a privileged one; null when its shape does not say. */
  privileged?: Maybe<Scalars['Boolean']['output']>;
  /** The prompt, as learnt after login. */
  prompt?: Maybe<Scalars['String']['output']>;
  reached: Scalars['Boolean']['output'];
};

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
  /** An API key or token for HTTPS API backup methods is stored. */
  hasApiKey: Scalars['Boolean']['output'];
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

/** A managed network element. */
export type Device = {
  __typename?: 'Device';
  backupMethod: Scalars['String']['output'];
  backupMethodInfo?: Maybe<BackupMethod>;
  backups: BackupConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Tried in this order; at most 10. */
  credentialSets: Array<CredentialSet>;
  /** Where the device's backups go: the repository it names or, naming none, the default (the only repository there is); null when there are several and each run chooses. */
  effectiveRepository?: Maybe<EffectiveRepository>;
  enabled: Scalars['Boolean']['output'];
  /** IPv4, IPv6 or DNS name. */
  host: Scalars['String']['output'];
  /** The host key trusted on first use; for an HTTPS API device, its pinned TLS certificate as "tls-sha256:<hex>". */
  hostKey?: Maybe<Scalars['String']['output']>;
  /** SHA256:… for an SSH host key, SHA-256 AB:CD:… for a TLS certificate. */
  hostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keepSecrets: Scalars['Boolean']['output'];
  lastBackupAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a backup of this device last differed from the one before; null when never (a first backup is no change). */
  lastChangedAt?: Maybe<Scalars['DateTime']['output']>;
  lastErrorCode?: Maybe<Scalars['String']['output']>;
  lastErrorMessage?: Maybe<Scalars['String']['output']>;
  lastStatus?: Maybe<Scalars['String']['output']>;
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** Slash-separated, e.g. emea/ams1. */
  location: Scalars['String']['output'];
  /** The device type, e.g. C9300-48P; null when not known. */
  model?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  options: Scalars['JSON']['output'];
  /** A different key or certificate the device presented, waiting to be accepted. */
  pendingHostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  port: Scalars['Int']['output'];
  /** A regular expression for the device's prompt, replacing the platform's; null uses the platform's. */
  prompt?: Maybe<Scalars['String']['output']>;
  /** The repository the device names; null: the default. */
  repository?: Maybe<Repository>;
  /** When the device was retired: left out of runs, its files out of the repository's current files. Null when active. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the running configuration was saved at the last backup; null when the backup method does not collect both. */
  savedState?: Maybe<SavedState>;
  /** The inventory source that owns the device; null: managed here. */
  source?: Maybe<DeviceSource>;
  sshProfile: SshProfile;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Rendered by path templates as {var.<name>}; by name, at most 32. */
  variables: Array<DeviceVariable>;
  /** Distinct versions of the device's artifacts (or of one), newest first. */
  versions: VersionConnection;
};


/** A managed network element. */
export type DeviceBackupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  artifact?: InputMaybe<Scalars['String']['input']>;
  changedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A managed network element. */
export type DeviceVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  artifact?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeviceChanges = {
  __typename?: 'DeviceChanges';
  /** New versions in the period, first backups aside. */
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

export { DeviceSortField };

/** Which inventory source owns a device; its synced fields are read-only. */
export type DeviceSource = {
  __typename?: 'DeviceSource';
  id: Scalars['ID']['output'];
  kind: InventorySourceKind;
  name: Scalars['String']['output'];
  /** The device's id at the source. */
  sourceDeviceId: Scalars['String']['output'];
  /** name, host, backupMethod, location, tags, model; port, credentialSetIds and variables when custom fields map them. */
  syncedFields: Array<Scalars['String']['output']>;
};

/** A name (letters, digits and _, starting with a letter or _, at most 50) and its value (at most 200 characters). */
export type DeviceVariable = {
  __typename?: 'DeviceVariable';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type DeviceVariableInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type EffectiveRepository = {
  __typename?: 'EffectiveRepository';
  /** The device names no repository and this is the only one. */
  isDefault: Scalars['Boolean']['output'];
  repository: Repository;
};

/** SMTP settings of an email channel; the password is write-only. */
export type EmailSettings = {
  __typename?: 'EmailSettings';
  /** PEM certificates trusted besides the system's. */
  caCertificate?: Maybe<Scalars['String']['output']>;
  from: Scalars['String']['output'];
  hasPassword: Scalars['Boolean']['output'];
  host: Scalars['String']['output'];
  port: Scalars['Int']['output'];
  security: SmtpSecurity;
  to: Array<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
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

export { HostKeyStatus };

/** What backup_method = detect picked for a row of an import, or why not. */
export type ImportDetection = {
  __typename?: 'ImportDetection';
  /** The backup method picked; null when nothing was. */
  backupMethod?: Maybe<Scalars['String']['output']>;
  /** The evidence, or why nothing was picked. */
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  platform?: Maybe<Scalars['String']['output']>;
  /** Line number in the CSV; the header is line 1. */
  row: Scalars['Int']['output'];
};

export type ImportDevicesResult = {
  __typename?: 'ImportDevicesResult';
  /** One per row whose backup_method is detect (at most 100 an import): each is logged in to before anything is created. */
  detections: Array<ImportDetection>;
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

/** A Nautobot or NetBox that devices are synced from. Its API token is never returned. */
export type InventorySource = {
  __typename?: 'InventorySource';
  /** PEM certificates trusted besides the system's. */
  caBundle?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The credential set of created devices when no custom field names one. */
  credentialSet?: Maybe<CredentialSet>;
  /** A custom field naming the credential set; null: credentialSet. */
  credentialSetField?: Maybe<Scalars['String']['output']>;
  /** Devices the source owns. */
  deviceCount: Scalars['Int']['output'];
  /** Keys location, role, tag, status, tenant, each a list of values (NetBox query parameters, Nautobot GraphQL variables). */
  filter: Scalars['JSON']['output'];
  hasToken: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: InventorySourceKind;
  /** The latest sync that applied (previews aside). */
  lastSync?: Maybe<InventorySync>;
  /** A custom field holding the location; null: the location hierarchy. */
  locationField?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The next scheduled sync. */
  nextSyncAt?: Maybe<Scalars['DateTime']['output']>;
  orphanPolicy: OrphanPolicy;
  /** Platform slug to backup method, over the defaults (inventoryPlatformDefaults). */
  platformMap: Scalars['JSON']['output'];
  /** A custom field holding the SSH port; null: 22. */
  portField?: Maybe<Scalars['String']['output']>;
  /** The repository of created devices. */
  repository?: Maybe<Repository>;
  /** When to sync: a five-field cron expression in syncTimeZone; null: on demand only. */
  syncCron?: Maybe<Scalars['String']['output']>;
  syncTimeZone: Scalars['String']['output'];
  /** What becomes device tags: tags, role, status, tenant, cf:<custom field>. */
  tagFields: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
  /** Custom fields that become device variables of the same names (path templates' {var.<name>}); empty: variables are set in Tidemark. */
  variableFields: Array<Scalars['String']['output']>;
  /** Off accepts any certificate; on by default. */
  verifyTls: Scalars['Boolean']['output'];
  /** A custom field the backup date is written to after each run; null: no write-back. */
  writeBackField?: Maybe<Scalars['String']['output']>;
  writeBackFormat: WriteBackFormat;
};

export { InventorySourceKind };

export type InventorySourceTest = {
  __typename?: 'InventorySourceTest';
  code?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  version?: Maybe<Scalars['String']['output']>;
};

/** One sync of a source, or a preview (dry run) that changes nothing. Counts are exact; each list holds at most 500 items. */
export type InventorySync = {
  __typename?: 'InventorySync';
  conflicts: Array<InventorySyncConflict>;
  /** Null until it succeeded. */
  counts?: Maybe<InventorySyncCounts>;
  created: Array<InventorySyncCreate>;
  createdAt: Scalars['DateTime']['output'];
  dryRun: Scalars['Boolean']['output'];
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** INVENTORY_UNREACHABLE, INVENTORY_TOKEN_REJECTED, INVENTORY_TLS, INVENTORY_BAD_RESPONSE, INVENTORY_FILTER_INVALID or INTERNAL; nothing was applied. */
  errorCode?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  orphans: Array<InventorySyncOrphan>;
  /** Devices read from the source so far. */
  readCount: Scalars['Int']['output'];
  source?: Maybe<InventorySource>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InventorySyncStatus;
  /** manual, schedule or api */
  trigger: Scalars['String']['output'];
  updated: Array<InventorySyncUpdate>;
};

export type InventorySyncChange = {
  __typename?: 'InventorySyncChange';
  field: Scalars['String']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type InventorySyncConflict = {
  __typename?: 'InventorySyncConflict';
  /** NO_PRIMARY_IP, UNMAPPED_PLATFORM, NAME_TAKEN, DUPLICATE_NAME, INVALID_NAME, INVALID_HOST, INVALID_PORT, UNKNOWN_CREDENTIAL_SET */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The device's id at the source. */
  sourceDeviceId: Scalars['String']['output'];
};

export type InventorySyncCounts = {
  __typename?: 'InventorySyncCounts';
  conflicts: Scalars['Int']['output'];
  create: Scalars['Int']['output'];
  delete: Scalars['Int']['output'];
  disable: Scalars['Int']['output'];
  /** Orphans kept as they are (orphan policy KEEP). */
  keep: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  update: Scalars['Int']['output'];
};

export type InventorySyncCreate = {
  __typename?: 'InventorySyncCreate';
  backupMethod: Scalars['String']['output'];
  host: Scalars['String']['output'];
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type InventorySyncOrphan = {
  __typename?: 'InventorySyncOrphan';
  /** keep, disable or delete */
  action: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export { InventorySyncStatus };

export type InventorySyncUpdate = {
  __typename?: 'InventorySyncUpdate';
  /** At most 9: one per synced field. */
  changes: Array<InventorySyncChange>;
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Trusts the changed host key, or TLS certificate of an HTTPS API device, a device presented. */
  acceptHostKey: Device;
  /** Trusts the changed host key the repository's SSH remote presented. Admin only. */
  acceptRemoteHostKey: Repository;
  /** Lists (dryRun: true) or removes what the repository's policies remove now; both are audited. Admin only. */
  applyRetention: RetentionResult;
  /** A run of one device. */
  backupDevice: Run;
  /** Deletes every selected device in one transaction; files already stored in repositories stay. Audited once. */
  bulkDeleteDevices: BulkDevicesResult;
  /** Changes every selected device or none: refused whole, naming the devices, when one would use a credential set outside its scope or change a field its inventory source owns. Audited once. */
  bulkUpdateDevices: BulkDevicesResult;
  /** Drops waiting devices and aborts running ones; what was collected is still stored. */
  cancelRun: Run;
  /**
   * Changes the caller's own password, given the current one (checked under the login throttle).
   * The caller's other browser sessions end; this one stays signed in.
   */
  changeOwnPassword: User;
  createApiToken: CreatedApiToken;
  createCredentialSet: CredentialSet;
  createDevice: Device;
  createInventorySource: InventorySource;
  createNotificationChannel: NotificationChannel;
  createNotificationRule: NotificationRule;
  createRepository: Repository;
  /** Fires from its first time after now, never for a time before it existed. */
  createSchedule: Schedule;
  createUser: User;
  /** Refused while a device uses the set. */
  deleteCredentialSet: Scalars['Boolean']['output'];
  deleteDevice: Scalars['Boolean']['output'];
  /** Its devices stay, managed here from then on. */
  deleteInventorySource: Scalars['Boolean']['output'];
  /** Its deliveries go with it. */
  deleteNotificationChannel: Scalars['Boolean']['output'];
  deleteNotificationRule: Scalars['Boolean']['output'];
  /** Refused while devices store into it; files on disk are kept. */
  deleteRepository: Scalars['Boolean']['output'];
  /** Without a policy nothing is removed. Admin only. */
  deleteRetentionPolicy: Scalars['Boolean']['output'];
  /** The runs it started are kept. */
  deleteSchedule: Scalars['Boolean']['output'];
  deleteUser: Scalars['Boolean']['output'];
  /** Logs in to an address that is not a device yet and recognises its platform, for the device form; at most 60 s. Audited. */
  detectPlatform: ConnectionTest;
  /** Creates every row or none. Columns: name, host, port, backup_method, location, tags, model, variables (name=value;name=value), credential_sets, enabled, repository, ssh_profile, keep_secrets, prompt. */
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
  /** Queues a dry run: what a sync would create, update, disable or delete, and the conflicts; poll inventorySync(id). */
  previewInventorySync: InventorySync;
  /** Puts a retired device back: its latest versions return to the current files and runs include it again. Admin only. */
  restoreDevice: Device;
  /**
   * Leaves the device out of every run and takes its files out of the current files of each
   * repository holding its backups (git: a commit removing them, pushed with the next run); its
   * backups and history stay. Admin only.
   */
  retireDevice: Device;
  /** Sends a failed or dead delivery again now, with a fresh set of attempts. */
  retryDelivery: NotificationDelivery;
  /** Starts a run of exactly the devices that failed in an ended run, into the same repository with the same mode, concurrency and attempts (operators). Refused while the run is under way or when none of its failed devices is left. */
  retryFailedDevices: Run;
  /** Stores again what an ended run collected but could not store (operators). Refused when it kept nothing, or a later run stored newer backups of one of its devices. */
  retryStore: Run;
  revokeApiToken: ApiToken;
  /** Queues a test message to the channel; follow it in notificationDeliveries. */
  sendTestNotification: NotificationDelivery;
  /** Creates or replaces the policy of a repository or of one device tag in it. Admin only. */
  setRetentionPolicy: RetentionPolicy;
  startRun: Run;
  /** Queues a sync; poll inventorySync(id) or the source's lastSync. */
  syncInventorySource: InventorySync;
  /** Logs in to the device with its credential sets (no backup, no configuration command) and recognises its platform; at most 60 s. Audited. */
  testDeviceConnection: ConnectionTest;
  /** Reaches the source with its URL, TLS settings and token; reads nothing else. Admin only. */
  testInventorySource: InventorySourceTest;
  updateCredentialSet: CredentialSet;
  updateDevice: Device;
  updateInventorySource: InventorySource;
  updateNotificationChannel: NotificationChannel;
  updateNotificationRule: NotificationRule;
  updateRepository: Repository;
  /** New times start from the next fire time; one that just passed is not started late. */
  updateSchedule: Schedule;
  /** Admins change a role or set a new password (a reset); a new password ends the user's browser sessions. */
  updateUser: User;
};


export type MutationAcceptHostKeyArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationAcceptRemoteHostKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApplyRetentionArgs = {
  dryRun: Scalars['Boolean']['input'];
  repositoryId: Scalars['ID']['input'];
};


export type MutationBackupDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBulkDeleteDevicesArgs = {
  selection: DeviceSelectionInput;
};


export type MutationBulkUpdateDevicesArgs = {
  change: BulkDeviceChangeInput;
  selection: DeviceSelectionInput;
};


export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeOwnPasswordArgs = {
  input: ChangeOwnPasswordInput;
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


export type MutationCreateInventorySourceArgs = {
  input: CreateInventorySourceInput;
};


export type MutationCreateNotificationChannelArgs = {
  input: CreateNotificationChannelInput;
};


export type MutationCreateNotificationRuleArgs = {
  input: CreateNotificationRuleInput;
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


export type MutationDeleteInventorySourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNotificationRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRepositoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRetentionPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetectPlatformArgs = {
  input: DetectPlatformInput;
};


export type MutationImportDevicesArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationPreviewInventorySyncArgs = {
  sourceId: Scalars['ID']['input'];
};


export type MutationRestoreDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryFailedDevicesArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationRetryStoreArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendTestNotificationArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationSetRetentionPolicyArgs = {
  input: RetentionPolicyInput;
};


export type MutationStartRunArgs = {
  input: StartRunInput;
};


export type MutationSyncInventorySourceArgs = {
  sourceId: Scalars['ID']['input'];
};


export type MutationTestDeviceConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTestInventorySourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCredentialSetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCredentialSetInput;
};


export type MutationUpdateDeviceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDeviceInput;
};


export type MutationUpdateInventorySourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInventorySourceInput;
};


export type MutationUpdateNotificationChannelArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNotificationChannelInput;
};


export type MutationUpdateNotificationRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNotificationRuleInput;
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

/** Where notifications go. Webhook URLs (Slack's and Teams' carry their token), the signing secret and the SMTP password are write-only. */
export type NotificationChannel = {
  __typename?: 'NotificationChannel';
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<EmailSettings>;
  enabled: Scalars['Boolean']['output'];
  /** Webhook channels: whether requests carry X-Tidemark-Signature. */
  hasSigningSecret: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationChannelKind;
  name: Scalars['String']['output'];
  /** Where it sends, without secrets: https://hooks.slack.com/… or smtp.example.net:587 → ops@example.net. */
  target: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export { NotificationChannelKind };

/** One notification to one channel, recorded once per rule, event, channel and run. */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attempts: Scalars['Int']['output'];
  channel: NotificationChannel;
  createdAt: Scalars['DateTime']['output'];
  event: NotificationEvent;
  id: Scalars['ID']['output'];
  /** Rule, event, channel and run (or stale check): unique. */
  idempotencyKey: Scalars['String']['output'];
  /** The last failed attempt's error; no secret (webhook errors name the host only). */
  lastError?: Maybe<Scalars['String']['output']>;
  maxAttempts: Scalars['Int']['output'];
  /** The notification as sent: the webhook body without deliveryId. */
  message: Scalars['JSON']['output'];
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null for a test or when the rule was deleted. */
  rule?: Maybe<NotificationRule>;
  run?: Maybe<Run>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: NotificationDeliveryStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type NotificationDeliveryConnection = {
  __typename?: 'NotificationDeliveryConnection';
  nodes: Array<NotificationDelivery>;
  totalCount: Scalars['Int']['output'];
};

export { NotificationDeliveryStatus };

export { NotificationEvent };

/** Which devices a rule is about: every list that is not empty must match. */
export type NotificationFilter = {
  __typename?: 'NotificationFilter';
  deviceIds: Array<Scalars['ID']['output']>;
  /** Location prefixes: emea covers emea/ams1. */
  locations: Array<Scalars['String']['output']>;
  platforms: Array<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
};

export type NotificationFilterInput = {
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  locations?: InputMaybe<Array<Scalars['String']['input']>>;
  platforms?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Which events notify which channels: one message per run per event (a digest of its devices), per channel. */
export type NotificationRule = {
  __typename?: 'NotificationRule';
  channels: Array<NotificationChannel>;
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  events: Array<NotificationEvent>;
  /** DEVICE_FAILED: notify when a device has failed this many runs in a row (once per streak). */
  failedRuns: Scalars['Int']['output'];
  filter: NotificationFilter;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  quietHours?: Maybe<QuietHours>;
  /** RUN_FINISHED: the run statuses that notify. */
  runStatuses: Array<RunStatus>;
  /** DEVICE_STALE: notify when a device has had no success for this many hours (once until it succeeds again). */
  staleHours: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export { OptionFieldKind };

export { OrphanPolicy };

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** How a device was recognised, or why not. */
export type PlatformDetection = {
  __typename?: 'PlatformDetection';
  /** For an unrecognised device: each identification command asked and the first lines of its answer, secrets redacted. */
  answers: Array<Scalars['String']['output']>;
  /** The platform's first backup method, for the device's backupMethod. */
  backupMethod?: Maybe<Scalars['String']['output']>;
  /** Every platform that matched along the way. */
  candidates: Array<Scalars['String']['output']>;
  /** The line that gave the platform away, and where it was seen. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The platform id, e.g. cisco-ios. */
  platform?: Maybe<Scalars['String']['output']>;
  /** Why no platform was picked, with what the device showed. */
  reason?: Maybe<Scalars['String']['output']>;
  recognised: Scalars['Boolean']['output'];
};

export type PlatformMapping = {
  __typename?: 'PlatformMapping';
  backupMethod: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The newest 1000. */
  apiTokens: Array<ApiToken>;
  auditFacets: AuditFacets;
  /** Newest first. */
  auditLog: AuditEntryConnection;
  backup?: Maybe<Backup>;
  /** A text backup as stored (secrets redacted), or with secrets when an admin asks and the device keeps them. */
  backupContent: BackupContent;
  /** At most 200. */
  backupMethods: Array<BackupMethod>;
  /** New versions stored by runs, newest first; by default real changes only. */
  changes: ChangeConnection;
  /**
   * Searches the stored text of configurations (secrets redacted) for a substring or a PostgreSQL
   * regular expression, line by line; devices in name order. invert lists the devices none of whose
   * searched versions matches. Errors: BAD_REGEX, SEARCH_TIMEOUT (over 5 s).
   */
  configSearch: ConfigSearchConnection;
  credentialSet?: Maybe<CredentialSet>;
  /** At most 200, by name. */
  credentialSets: Array<CredentialSet>;
  dashboard: Dashboard;
  device?: Maybe<Device>;
  /** The names of the artifacts a device has backups of; textOnly leaves binary artifacts out. */
  deviceArtifacts: Array<Scalars['String']['output']>;
  /** The ids of the devices a search and filter match, in name order; at most 50000. */
  deviceIds: Array<Scalars['ID']['output']>;
  /** A search matches name, host, location and tags as substrings. offset (a page by its number) replaces after. */
  devices: DeviceConnection;
  /** Compares two text backups, of one device or of two; the older goes on the left whichever order they are given in, unless keepOrder is true. */
  diffBackups: BackupDiff;
  /** The platform slugs every source maps without a map of its own, at most 200. */
  inventoryPlatformDefaults: Array<PlatformMapping>;
  inventorySource?: Maybe<InventorySource>;
  /** At most 200, by name. */
  inventorySources: Array<InventorySource>;
  inventorySync?: Maybe<InventorySync>;
  /** The logged-in user, or null. */
  me?: Maybe<User>;
  /** At most 200, by name. */
  notificationChannels: Array<NotificationChannel>;
  /** Newest first; statuses [DEAD] is the dead-letter list. first at most 200. */
  notificationDeliveries: NotificationDeliveryConnection;
  /** At most 200, by name. */
  notificationRules: Array<NotificationRule>;
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
  /** How many devices a selection matches now: the devices a run started now would cover. */
  selectionDeviceCount: Scalars['Int']['output'];
  /** Checks the folder (the rules a new repository's obeys) and the remote (with its token) without writing anything. Admin only. */
  testRepository: RepositoryCheck;
  /** At most 500, by user name. */
  users: Array<User>;
  /** The server's version. */
  version: Scalars['String']['output'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBackupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBackupContentArgs = {
  id: Scalars['ID']['input'];
  revealSecrets?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConfigSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  context?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<ConfigSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  invert?: InputMaybe<Scalars['Boolean']['input']>;
  query: Scalars['String']['input'];
  regex?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<ConfigSearchScope>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
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


export type QueryDeviceArtifactsArgs = {
  deviceId: Scalars['ID']['input'];
  textOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDeviceIdsArgs = {
  filter?: InputMaybe<DeviceFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<DeviceSort>;
};


export type QueryDiffBackupsArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  keepOrder?: InputMaybe<Scalars['Boolean']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryInventorySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInventorySyncArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationDeliveriesArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<NotificationDeliveryStatus>>;
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


export type QuerySelectionDeviceCountArgs = {
  selection: RunSelectionInput;
};


export type QueryTestRepositoryArgs = {
  id: Scalars['ID']['input'];
};

/** Local times HH:MM in a time zone, past midnight when end is before start: deliveries wait until the end. */
export type QuietHours = {
  __typename?: 'QuietHours';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type QuietHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type RecordedSession = {
  __typename?: 'RecordedSession';
  /** The recording names secrets that must never be stored. */
  checksSecrets: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** The model as recorded: an Oxidized model (`ios`) or a backup method key. */
  model: Scalars['String']['output'];
  /** oxidized (a real device, recorded by Oxidized's users) or tidemark (a case of ours). */
  source: Scalars['String']['output'];
};

/**
 * The remote branch has commits that change paths Tidemark owns: nothing is pushed (never forced) and
 * the local commits are kept until the remote is put right.
 */
export type RemoteDivergence = {
  __typename?: 'RemoteDivergence';
  at: Scalars['DateTime']['output'];
  /** Our unpushed head. */
  localCommit: Scalars['String']['output'];
  /** The remote branch's head. */
  remoteCommit: Scalars['String']['output'];
};

/** Where backups go. */
export type Repository = {
  __typename?: 'Repository';
  authorEmail: Scalars['String']['output'];
  authorName: Scalars['String']['output'];
  branch: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deviceCount: Scalars['Int']['output'];
  /** Set when the last push stopped with REMOTE_DIVERGED; cleared by the next push that succeeds. */
  divergence?: Maybe<RemoteDivergence>;
  /** Devices (retired ones aside) whose backups go here: those that name it and, for the default repository, those that name none. */
  effectiveDeviceCount: Scalars['Int']['output'];
  hasRemoteToken: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The only repository there is: devices that name none store here. */
  isDefault: Scalars['Boolean']['output'];
  kind: RepositoryKind;
  name: Scalars['String']['output'];
  /** The folder on the server: the bare Git repository or the filesystem root, symbolic links resolved. */
  path: Scalars['String']['output'];
  /** Where each artifact is stored, e.g. {location}/{device}/{artifact}. */
  pathTemplate: Scalars['String']['output'];
  /** A different host key the remote presented: pushes fail with HOST_KEY_CHANGED until an admin accepts it (acceptRemoteHostKey). */
  pendingRemoteHostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  /** SSH remotes: the credential set whose private key logs in. */
  remoteCredentialSet?: Maybe<CredentialSet>;
  /** SSH remotes: the host key pinned on first use, "type base64". */
  remoteHostKey?: Maybe<Scalars['String']['output']>;
  remoteHostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  /** Never with credentials: a user name or password stored by an earlier version is left out (an ssh:// URL keeps its user). */
  remoteUrl?: Maybe<Scalars['String']['output']>;
  /** The repository's policy first, then the tags' policies. */
  retentionPolicies: Array<RetentionPolicy>;
  /** Commits are signed (SSH signature) with this credential set's private key; unsigned when null. */
  signingCredentialSet?: Maybe<CredentialSet>;
  updatedAt: Scalars['DateTime']['output'];
};

export type RepositoryCheck = {
  __typename?: 'RepositoryCheck';
  /** SSH remotes: the fingerprint of the host key the remote presented. */
  hostKeyFingerprint?: Maybe<Scalars['String']['output']>;
  /** What was checked and what was found. */
  messages: Array<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
};

export { RepositoryKind };

/** A version file of a filesystem repository that no backup left points at. */
export type RetentionFile = {
  __typename?: 'RetentionFile';
  path: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/**
 * How long a repository keeps the backups of unchanged confirmations (grandfather-father-son): every
 * one for keepAllDays, then the last of each UTC day for keepDailyDays more, of each week (Monday to
 * Sunday) for keepWeeklyWeeks more, of each month for keepMonthlyMonths more. Backups that were a
 * change and the latest backup of every artifact are always kept; git history is never rewritten.
 */
export type RetentionPolicy = {
  __typename?: 'RetentionPolicy';
  /** Null: the repository's policy. A tag: the policy of the devices with that tag, in place of the repository's. */
  deviceTag?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  keepAllDays: Scalars['Int']['output'];
  keepDailyDays: Scalars['Int']['output'];
  keepMonthlyMonths: Scalars['Int']['output'];
  keepWeeklyWeeks: Scalars['Int']['output'];
  repositoryId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

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

/** A backup retention removes (or would remove): an unchanged confirmation no policy period keeps. */
export type RetentionRemoval = {
  __typename?: 'RetentionRemoval';
  artifact: Scalars['String']['output'];
  backupId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  device: Scalars['String']['output'];
  deviceId: Scalars['ID']['output'];
  /** Where its version is stored (the path in the repository). */
  path: Scalars['String']['output'];
};

export type RetentionResult = {
  __typename?: 'RetentionResult';
  /** The time the policy periods were counted back from. */
  asOf: Scalars['DateTime']['output'];
  /** Backups rows of the repository before removal. */
  backupCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  fileCount: Scalars['Int']['output'];
  files: Array<RetentionFile>;
  /** In device, artifact and date order; page with first (at most 500) and offset. */
  removals: Array<RetentionRemoval>;
  removeCount: Scalars['Int']['output'];
  repositoryId: Scalars['ID']['output'];
};


export type RetentionResultFilesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type RetentionResultRemovalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export { Role };

/** One execution over a set of devices. */
export type Run = {
  __typename?: 'Run';
  /** Artifacts this run stored a new version of, first backups aside. */
  changedArtifacts: Scalars['Int']['output'];
  /** Devices finished so far. */
  completed: Scalars['Int']['output'];
  concurrency: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The devices of the run in order (failed ones first with `failedFirst`): `first` of them (at most 500) after the first `offset`, only those in `deviceIds` and with a status in `status` when given; `total` counts them all. */
  devices: Array<RunDevice>;
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** Stored progress events after `afterSeq`, at most `first` (up to 10000) of them; continue after the last `seq`. */
  events: Array<RunEvent>;
  failedCount: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Artifacts this run stored for the first time. */
  initialArtifacts: Scalars['Int']['output'];
  maxAttempts: Scalars['Int']['output'];
  mode: RunMode;
  /** Devices collected whose artifacts are not stored: waiting for the run's store or, once the run has ended, kept for `retryStore`. */
  notStoredCount: Scalars['Int']['output'];
  repository?: Maybe<Repository>;
  requestedBy?: Maybe<User>;
  /** Source-owned devices were read again from their source at start. */
  resolveFromSource: Scalars['Boolean']['output'];
  result?: Maybe<RunResult>;
  /** The schedule that started the run, while it exists. */
  schedule?: Maybe<Schedule>;
  selection: Scalars['JSON']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunStatus;
  /** Failed attempts to store the run since its devices were collected or its store was last retried; each is tried again after a wait. */
  storeAttempts: Scalars['Int']['output'];
  succeededCount: Scalars['Int']['output'];
  /** Null until the write-back to inventory sources is done, or when there is none. */
  timestampUpdate?: Maybe<TimestampUpdate>;
  /** Devices in the run. */
  total: Scalars['Int']['output'];
  trigger: RunTrigger;
};


/** One execution over a set of devices. */
export type RunDevicesArgs = {
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  failedFirst?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RunDeviceStatus>>;
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
  /** run-started, device-started, device-stage, device-finished, run-finishing, run-store-failed, run-finished, run-cancelled, run-resumed, run-written-back */
  type: Scalars['String']['output'];
};

export type RunFilter = {
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<RunStatus>;
  trigger?: InputMaybe<RunTrigger>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only runs that stored a new version of an artifact stored before (first backups aside). */
  withChanges?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** How many devices the selection matches now. */
  deviceCount: Scalars['Int']['output'];
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
  resolveFromSource: Scalars['Boolean']['output'];
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

export { SmtpSecurity };

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
  /** Read source-owned devices again from their inventory source at start (host, backup method); one it does not list or lists without a primary IP fails, the run goes on. */
  resolveFromSource?: InputMaybe<Scalars['Boolean']['input']>;
  selection?: InputMaybe<RunSelectionInput>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New versions as runs store them, from now on, matching the filter. */
  changesAdded: Change;
  /** A tick every `intervalMs` milliseconds, to check that a live connection works. */
  heartbeat: Heartbeat;
  /** The run's stored events after `afterSeq`, then live ones until the subscriber leaves. */
  runProgress: RunEvent;
  /** Events of every run from now on (or after event `afterId`). */
  runUpdates: RunEvent;
};


export type SubscriptionChangesAddedArgs = {
  filter?: InputMaybe<ChangeFilter>;
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

/** What writing the backup date to inventory sources did for a run. */
export type TimestampUpdate = {
  __typename?: 'TimestampUpdate';
  /** At most 1000. */
  errors: Array<TimestampUpdateError>;
  failed: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type TimestampUpdateError = {
  __typename?: 'TimestampUpdateError';
  device: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  username: Scalars['String']['output'];
};

/**
 * One distinct version of an artifact: the backup that stored it and the unchanged collections
 * folded into it, up to the next change.
 */
export type Version = {
  __typename?: 'Version';
  addedLines?: Maybe<Scalars['Int']['output']>;
  artifact: Scalars['String']['output'];
  /** The version's first backup. */
  backup: Backup;
  change: ChangeKind;
  /** Collections folded into the version, its first included. */
  collections: Scalars['Int']['output'];
  /** When the version was first collected. */
  firstSeenAt: Scalars['DateTime']['output'];
  /** The id of the version's first backup. */
  id: Scalars['ID']['output'];
  /** When a collection last found it unchanged (its first collection when none has since). */
  lastConfirmedAt: Scalars['DateTime']['output'];
  /** The first backup of the version before; null for the artifact's first version. */
  previousId?: Maybe<Scalars['ID']['output']>;
  removedLines?: Maybe<Scalars['Int']['output']>;
};

export type VersionConnection = {
  __typename?: 'VersionConnection';
  edges: Array<VersionEdge>;
  nodes: Array<Version>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VersionEdge = {
  __typename?: 'VersionEdge';
  cursor: Scalars['String']['output'];
  node: Version;
};

export { WriteBackFormat };



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
  AuditFacets: ResolverTypeWrapper<AuditFacets>;
  AuditFilter: AuditFilter;
  Backup: ResolverTypeWrapper<BackupModel>;
  BackupConnection: ResolverTypeWrapper<Omit<BackupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BackupEdge']>, nodes: Array<ResolversTypes['Backup']> }>;
  BackupContent: ResolverTypeWrapper<Omit<BackupContent, 'backup'> & { backup: ResolversTypes['Backup'] }>;
  BackupDiff: ResolverTypeWrapper<Omit<BackupDiff, 'from' | 'to'> & { from: ResolversTypes['Backup'], to: ResolversTypes['Backup'] }>;
  BackupEdge: ResolverTypeWrapper<Omit<BackupEdge, 'node'> & { node: ResolversTypes['Backup'] }>;
  BackupMethod: ResolverTypeWrapper<BackupMethodInfoModel>;
  BackupMethodOptionField: ResolverTypeWrapper<BackupMethodOptionField>;
  BackupMethodProof: ResolverTypeWrapper<BackupMethodProof>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkDeviceChangeInput: BulkDeviceChangeInput;
  BulkDevicesResult: ResolverTypeWrapper<BulkDevicesResult>;
  Change: ResolverTypeWrapper<ChangeViewModel>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ChangeEdge']>, nodes: Array<ResolversTypes['Change']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeFilter: ChangeFilter;
  ChangeKind: ChangeKind;
  ChangeOwnPasswordInput: ChangeOwnPasswordInput;
  ConfigSearchConnection: ResolverTypeWrapper<Omit<ConfigSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConfigSearchEdge']>, nodes: Array<ResolversTypes['ConfigSearchDevice']> }>;
  ConfigSearchDevice: ResolverTypeWrapper<ConfigSearchDeviceModel>;
  ConfigSearchEdge: ResolverTypeWrapper<Omit<ConfigSearchEdge, 'node'> & { node: ResolversTypes['ConfigSearchDevice'] }>;
  ConfigSearchFilter: ConfigSearchFilter;
  ConfigSearchLine: ResolverTypeWrapper<ConfigSearchLine>;
  ConfigSearchScope: ConfigSearchScope;
  ConfigSearchVersion: ResolverTypeWrapper<ConfigSearchVersionModel>;
  ConnectionTest: ResolverTypeWrapper<ConnectionTest>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateCredentialSetInput: CreateCredentialSetInput;
  CreateDeviceInput: CreateDeviceInput;
  CreateInventorySourceInput: CreateInventorySourceInput;
  CreateNotificationChannelInput: CreateNotificationChannelInput;
  CreateNotificationRuleInput: CreateNotificationRuleInput;
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
  DetectPlatformInput: DetectPlatformInput;
  Device: ResolverTypeWrapper<DeviceViewModel>;
  DeviceChanges: ResolverTypeWrapper<Omit<DeviceChanges, 'device'> & { device: ResolversTypes['Device'] }>;
  DeviceConnection: ResolverTypeWrapper<Omit<DeviceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DeviceEdge']>, nodes: Array<ResolversTypes['Device']> }>;
  DeviceEdge: ResolverTypeWrapper<Omit<DeviceEdge, 'node'> & { node: ResolversTypes['Device'] }>;
  DeviceFilter: DeviceFilter;
  DeviceSelectionInput: DeviceSelectionInput;
  DeviceSort: DeviceSort;
  DeviceSortField: DeviceSortField;
  DeviceSource: ResolverTypeWrapper<DeviceSource>;
  DeviceVariable: ResolverTypeWrapper<DeviceVariable>;
  DeviceVariableInput: DeviceVariableInput;
  EffectiveRepository: ResolverTypeWrapper<Omit<EffectiveRepository, 'repository'> & { repository: ResolversTypes['Repository'] }>;
  EmailSettings: ResolverTypeWrapper<EmailSettings>;
  EmailSettingsInput: EmailSettingsInput;
  FailedDevice: ResolverTypeWrapper<FailedDevice>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GitCommitStatus: ResolverTypeWrapper<GitCommitStatus>;
  Heartbeat: ResolverTypeWrapper<Heartbeat>;
  HostKeyStatus: HostKeyStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportDetection: ResolverTypeWrapper<ImportDetection>;
  ImportDevicesResult: ResolverTypeWrapper<Omit<ImportDevicesResult, 'devices'> & { devices: Array<ResolversTypes['Device']> }>;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InventorySource: ResolverTypeWrapper<InventorySourceViewModel>;
  InventorySourceKind: InventorySourceKind;
  InventorySourceTest: ResolverTypeWrapper<InventorySourceTest>;
  InventorySync: ResolverTypeWrapper<InventorySyncModel>;
  InventorySyncChange: ResolverTypeWrapper<InventorySyncChange>;
  InventorySyncConflict: ResolverTypeWrapper<InventorySyncConflict>;
  InventorySyncCounts: ResolverTypeWrapper<InventorySyncCounts>;
  InventorySyncCreate: ResolverTypeWrapper<InventorySyncCreate>;
  InventorySyncOrphan: ResolverTypeWrapper<InventorySyncOrphan>;
  InventorySyncStatus: InventorySyncStatus;
  InventorySyncUpdate: ResolverTypeWrapper<InventorySyncUpdate>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationChannel: ResolverTypeWrapper<ChannelViewModel>;
  NotificationChannelKind: NotificationChannelKind;
  NotificationDelivery: ResolverTypeWrapper<NotificationDeliveryModel>;
  NotificationDeliveryConnection: ResolverTypeWrapper<Omit<NotificationDeliveryConnection, 'nodes'> & { nodes: Array<ResolversTypes['NotificationDelivery']> }>;
  NotificationDeliveryStatus: NotificationDeliveryStatus;
  NotificationEvent: NotificationEvent;
  NotificationFilter: ResolverTypeWrapper<NotificationFilter>;
  NotificationFilterInput: NotificationFilterInput;
  NotificationRule: ResolverTypeWrapper<RuleViewModel>;
  OptionFieldKind: OptionFieldKind;
  OrphanPolicy: OrphanPolicy;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlatformDetection: ResolverTypeWrapper<PlatformDetection>;
  PlatformMapping: ResolverTypeWrapper<PlatformMapping>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  QuietHoursInput: QuietHoursInput;
  RecordedSession: ResolverTypeWrapper<RecordedSession>;
  RemoteDivergence: ResolverTypeWrapper<RemoteDivergence>;
  Repository: ResolverTypeWrapper<RepositoryViewModel>;
  RepositoryCheck: ResolverTypeWrapper<RepositoryCheck>;
  RepositoryKind: RepositoryKind;
  RetentionFile: ResolverTypeWrapper<RetentionFile>;
  RetentionPolicy: ResolverTypeWrapper<RetentionPolicyModel>;
  RetentionPolicyInput: RetentionPolicyInput;
  RetentionRemoval: ResolverTypeWrapper<RetentionRemovalModel>;
  RetentionResult: ResolverTypeWrapper<RetentionOutcomeModel>;
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
  SmtpSecurity: SmtpSecurity;
  SshProfile: SshProfile;
  StartRunInput: StartRunInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimestampUpdate: ResolverTypeWrapper<TimestampUpdate>;
  TimestampUpdateError: ResolverTypeWrapper<TimestampUpdateError>;
  UpdateCredentialSetInput: UpdateCredentialSetInput;
  UpdateDeviceInput: UpdateDeviceInput;
  UpdateEmailSettingsInput: UpdateEmailSettingsInput;
  UpdateInventorySourceInput: UpdateInventorySourceInput;
  UpdateNotificationChannelInput: UpdateNotificationChannelInput;
  UpdateNotificationRuleInput: UpdateNotificationRuleInput;
  UpdateRepositoryInput: UpdateRepositoryInput;
  UpdateScheduleInput: UpdateScheduleInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
  Version: ResolverTypeWrapper<VersionViewModel>;
  VersionConnection: ResolverTypeWrapper<Omit<VersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VersionEdge']>, nodes: Array<ResolversTypes['Version']> }>;
  VersionEdge: ResolverTypeWrapper<Omit<VersionEdge, 'node'> & { node: ResolversTypes['Version'] }>;
  WriteBackFormat: WriteBackFormat;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiToken: ApiTokenModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditFacets: AuditFacets;
  AuditFilter: AuditFilter;
  Backup: BackupModel;
  BackupConnection: Omit<BackupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BackupEdge']>, nodes: Array<ResolversParentTypes['Backup']> };
  BackupContent: Omit<BackupContent, 'backup'> & { backup: ResolversParentTypes['Backup'] };
  BackupDiff: Omit<BackupDiff, 'from' | 'to'> & { from: ResolversParentTypes['Backup'], to: ResolversParentTypes['Backup'] };
  BackupEdge: Omit<BackupEdge, 'node'> & { node: ResolversParentTypes['Backup'] };
  BackupMethod: BackupMethodInfoModel;
  BackupMethodOptionField: BackupMethodOptionField;
  BackupMethodProof: BackupMethodProof;
  Boolean: Scalars['Boolean']['output'];
  BulkDeviceChangeInput: BulkDeviceChangeInput;
  BulkDevicesResult: BulkDevicesResult;
  Change: ChangeViewModel;
  ChangeConnection: Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ChangeEdge']>, nodes: Array<ResolversParentTypes['Change']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeFilter: ChangeFilter;
  ChangeOwnPasswordInput: ChangeOwnPasswordInput;
  ConfigSearchConnection: Omit<ConfigSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConfigSearchEdge']>, nodes: Array<ResolversParentTypes['ConfigSearchDevice']> };
  ConfigSearchDevice: ConfigSearchDeviceModel;
  ConfigSearchEdge: Omit<ConfigSearchEdge, 'node'> & { node: ResolversParentTypes['ConfigSearchDevice'] };
  ConfigSearchFilter: ConfigSearchFilter;
  ConfigSearchLine: ConfigSearchLine;
  ConfigSearchVersion: ConfigSearchVersionModel;
  ConnectionTest: ConnectionTest;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateCredentialSetInput: CreateCredentialSetInput;
  CreateDeviceInput: CreateDeviceInput;
  CreateInventorySourceInput: CreateInventorySourceInput;
  CreateNotificationChannelInput: CreateNotificationChannelInput;
  CreateNotificationRuleInput: CreateNotificationRuleInput;
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
  DetectPlatformInput: DetectPlatformInput;
  Device: DeviceViewModel;
  DeviceChanges: Omit<DeviceChanges, 'device'> & { device: ResolversParentTypes['Device'] };
  DeviceConnection: Omit<DeviceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DeviceEdge']>, nodes: Array<ResolversParentTypes['Device']> };
  DeviceEdge: Omit<DeviceEdge, 'node'> & { node: ResolversParentTypes['Device'] };
  DeviceFilter: DeviceFilter;
  DeviceSelectionInput: DeviceSelectionInput;
  DeviceSort: DeviceSort;
  DeviceSource: DeviceSource;
  DeviceVariable: DeviceVariable;
  DeviceVariableInput: DeviceVariableInput;
  EffectiveRepository: Omit<EffectiveRepository, 'repository'> & { repository: ResolversParentTypes['Repository'] };
  EmailSettings: EmailSettings;
  EmailSettingsInput: EmailSettingsInput;
  FailedDevice: FailedDevice;
  Float: Scalars['Float']['output'];
  GitCommitStatus: GitCommitStatus;
  Heartbeat: Heartbeat;
  ID: Scalars['ID']['output'];
  ImportDetection: ImportDetection;
  ImportDevicesResult: Omit<ImportDevicesResult, 'devices'> & { devices: Array<ResolversParentTypes['Device']> };
  ImportRowError: ImportRowError;
  Int: Scalars['Int']['output'];
  InventorySource: InventorySourceViewModel;
  InventorySourceTest: InventorySourceTest;
  InventorySync: InventorySyncModel;
  InventorySyncChange: InventorySyncChange;
  InventorySyncConflict: InventorySyncConflict;
  InventorySyncCounts: InventorySyncCounts;
  InventorySyncCreate: InventorySyncCreate;
  InventorySyncOrphan: InventorySyncOrphan;
  InventorySyncUpdate: InventorySyncUpdate;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  NotificationChannel: ChannelViewModel;
  NotificationDelivery: NotificationDeliveryModel;
  NotificationDeliveryConnection: Omit<NotificationDeliveryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['NotificationDelivery']> };
  NotificationFilter: NotificationFilter;
  NotificationFilterInput: NotificationFilterInput;
  NotificationRule: RuleViewModel;
  PageInfo: PageInfo;
  PlatformDetection: PlatformDetection;
  PlatformMapping: PlatformMapping;
  Query: Record<PropertyKey, never>;
  QuietHours: QuietHours;
  QuietHoursInput: QuietHoursInput;
  RecordedSession: RecordedSession;
  RemoteDivergence: RemoteDivergence;
  Repository: RepositoryViewModel;
  RepositoryCheck: RepositoryCheck;
  RetentionFile: RetentionFile;
  RetentionPolicy: RetentionPolicyModel;
  RetentionPolicyInput: RetentionPolicyInput;
  RetentionRemoval: RetentionRemovalModel;
  RetentionResult: RetentionOutcomeModel;
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
  TimestampUpdate: TimestampUpdate;
  TimestampUpdateError: TimestampUpdateError;
  UpdateCredentialSetInput: UpdateCredentialSetInput;
  UpdateDeviceInput: UpdateDeviceInput;
  UpdateEmailSettingsInput: UpdateEmailSettingsInput;
  UpdateInventorySourceInput: UpdateInventorySourceInput;
  UpdateNotificationChannelInput: UpdateNotificationChannelInput;
  UpdateNotificationRuleInput: UpdateNotificationRuleInput;
  UpdateRepositoryInput: UpdateRepositoryInput;
  UpdateScheduleInput: UpdateScheduleInput;
  UpdateUserInput: UpdateUserInput;
  User: UserModel;
  Version: VersionViewModel;
  VersionConnection: Omit<VersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VersionEdge']>, nodes: Array<ResolversParentTypes['Version']> };
  VersionEdge: Omit<VersionEdge, 'node'> & { node: ResolversParentTypes['Version'] };
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
  targetExists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditFacets'] = ResolversParentTypes['AuditFacets']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BackupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Backup'] = ResolversParentTypes['Backup']> = {
  artifact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  fromLineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromVolatileLines?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  toLineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toVolatileLines?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
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
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  friendlyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isBinary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optionFields?: Resolver<Array<ResolversTypes['BackupMethodOptionField']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proof?: Resolver<ResolversTypes['BackupMethodProof'], ParentType, ContextType>;
  transport?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BackupMethodOptionFieldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupMethodOptionField'] = ResolversParentTypes['BackupMethodOptionField']> = {
  defaultValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OptionFieldKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BackupMethodProofResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BackupMethodProof'] = ResolversParentTypes['BackupMethodProof']> = {
  cases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  labPersona?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordings?: Resolver<Array<ResolversTypes['RecordedSession']>, ParentType, ContextType>;
  secretsCorpus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BulkDevicesResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulkDevicesResult'] = ResolversParentTypes['BulkDevicesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  addedLines?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  artifact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  backup?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Backup']>, ParentType, ContextType>;
  removedLines?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeKindResolvers = EnumResolverSignature<{ CHANGED?: any, INITIAL?: any }, ResolversTypes['ChangeKind']>;

export type ConfigSearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfigSearchConnection'] = ResolversParentTypes['ConfigSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConfigSearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConfigSearchDevice']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  pendingVersions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searchedDevices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searchedVersions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConfigSearchDeviceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfigSearchDevice'] = ResolversParentTypes['ConfigSearchDevice']> = {
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  versionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ConfigSearchVersion']>, ParentType, ContextType>;
};

export type ConfigSearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfigSearchEdge'] = ResolversParentTypes['ConfigSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConfigSearchDevice'], ParentType, ContextType>;
};

export type ConfigSearchLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfigSearchLine'] = ResolversParentTypes['ConfigSearchLine']> = {
  highlights?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  isMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfigSearchScopeResolvers = EnumResolverSignature<{ LATEST?: any, RANGE?: any }, ResolversTypes['ConfigSearchScope']>;

export type ConfigSearchVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfigSearchVersion'] = ResolversParentTypes['ConfigSearchVersion']> = {
  backup?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ConfigSearchLine']>, ParentType, ContextType, RequireFields<ConfigSearchVersionLinesArgs, 'first'>>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConnectionTestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectionTest'] = ResolversParentTypes['ConnectionTest']> = {
  authenticated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  banner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  configuredPlatform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentialSet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detection?: Resolver<Maybe<ResolversTypes['PlatformDetection']>, ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostKeyStatus?: Resolver<Maybe<ResolversTypes['HostKeyStatus']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  privileged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  prompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CredentialSet'] = ResolversParentTypes['CredentialSet']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<CredentialSetDevicesArgs, 'first' | 'offset'>>;
  hasApiKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  effectiveRepository?: Resolver<Maybe<ResolversTypes['EffectiveRepository']>, ParentType, ContextType>;
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
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  pendingHostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  savedState?: Resolver<Maybe<ResolversTypes['SavedState']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['DeviceSource']>, ParentType, ContextType>;
  sshProfile?: Resolver<ResolversTypes['SshProfile'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['DeviceVariable']>, ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['VersionConnection'], ParentType, ContextType, RequireFields<DeviceVersionsArgs, 'first'>>;
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

export type DeviceSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeviceSource'] = ResolversParentTypes['DeviceSource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InventorySourceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDeviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  syncedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeviceVariableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeviceVariable'] = ResolversParentTypes['DeviceVariable']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EffectiveRepositoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EffectiveRepository'] = ResolversParentTypes['EffectiveRepository']> = {
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  repository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType>;
};

export type EmailSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EmailSettings'] = ResolversParentTypes['EmailSettings']> = {
  caCertificate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  security?: Resolver<ResolversTypes['SmtpSecurity'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

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

export type HostKeyStatusResolvers = EnumResolverSignature<{ CHANGED?: any, MATCHES?: any, NOT_RECORDED?: any, TRUSTED_NOW?: any }, ResolversTypes['HostKeyStatus']>;

export type ImportDetectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportDetection'] = ResolversParentTypes['ImportDetection']> = {
  backupMethod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportDevicesResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportDevicesResult'] = ResolversParentTypes['ImportDevicesResult']> = {
  detections?: Resolver<Array<ResolversTypes['ImportDetection']>, ParentType, ContextType>;
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

export type InventorySourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySource'] = ResolversParentTypes['InventorySource']> = {
  caBundle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credentialSet?: Resolver<Maybe<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  credentialSetField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  hasToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InventorySourceKind'], ParentType, ContextType>;
  lastSync?: Resolver<Maybe<ResolversTypes['InventorySync']>, ParentType, ContextType>;
  locationField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextSyncAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orphanPolicy?: Resolver<ResolversTypes['OrphanPolicy'], ParentType, ContextType>;
  platformMap?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  portField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  syncCron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  syncTimeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tagFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variableFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  verifyTls?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  writeBackField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  writeBackFormat?: Resolver<ResolversTypes['WriteBackFormat'], ParentType, ContextType>;
};

export type InventorySourceKindResolvers = EnumResolverSignature<{ NAUTOBOT?: any, NETBOX?: any }, ResolversTypes['InventorySourceKind']>;

export type InventorySourceTestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySourceTest'] = ResolversParentTypes['InventorySourceTest']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InventorySyncResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySync'] = ResolversParentTypes['InventorySync']> = {
  conflicts?: Resolver<Array<ResolversTypes['InventorySyncConflict']>, ParentType, ContextType>;
  counts?: Resolver<Maybe<ResolversTypes['InventorySyncCounts']>, ParentType, ContextType>;
  created?: Resolver<Array<ResolversTypes['InventorySyncCreate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orphans?: Resolver<Array<ResolversTypes['InventorySyncOrphan']>, ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['InventorySource']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InventorySyncStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<Array<ResolversTypes['InventorySyncUpdate']>, ParentType, ContextType>;
};

export type InventorySyncChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySyncChange'] = ResolversParentTypes['InventorySyncChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InventorySyncConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySyncConflict'] = ResolversParentTypes['InventorySyncConflict']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceDeviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InventorySyncCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySyncCounts'] = ResolversParentTypes['InventorySyncCounts']> = {
  conflicts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  create?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delete?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keep?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InventorySyncCreateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySyncCreate'] = ResolversParentTypes['InventorySyncCreate']> = {
  backupMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InventorySyncOrphanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySyncOrphan'] = ResolversParentTypes['InventorySyncOrphan']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InventorySyncStatusResolvers = EnumResolverSignature<{ FAILED?: any, QUEUED?: any, RUNNING?: any, SUCCEEDED?: any }, ResolversTypes['InventorySyncStatus']>;

export type InventorySyncUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InventorySyncUpdate'] = ResolversParentTypes['InventorySyncUpdate']> = {
  changes?: Resolver<Array<ResolversTypes['InventorySyncChange']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptHostKey?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationAcceptHostKeyArgs, 'deviceId'>>;
  acceptRemoteHostKey?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationAcceptRemoteHostKeyArgs, 'id'>>;
  applyRetention?: Resolver<ResolversTypes['RetentionResult'], ParentType, ContextType, RequireFields<MutationApplyRetentionArgs, 'dryRun' | 'repositoryId'>>;
  backupDevice?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationBackupDeviceArgs, 'id'>>;
  bulkDeleteDevices?: Resolver<ResolversTypes['BulkDevicesResult'], ParentType, ContextType, RequireFields<MutationBulkDeleteDevicesArgs, 'selection'>>;
  bulkUpdateDevices?: Resolver<ResolversTypes['BulkDevicesResult'], ParentType, ContextType, RequireFields<MutationBulkUpdateDevicesArgs, 'change' | 'selection'>>;
  cancelRun?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationCancelRunArgs, 'id'>>;
  changeOwnPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationChangeOwnPasswordArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createCredentialSet?: Resolver<ResolversTypes['CredentialSet'], ParentType, ContextType, RequireFields<MutationCreateCredentialSetArgs, 'input'>>;
  createDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationCreateDeviceArgs, 'input'>>;
  createInventorySource?: Resolver<ResolversTypes['InventorySource'], ParentType, ContextType, RequireFields<MutationCreateInventorySourceArgs, 'input'>>;
  createNotificationChannel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType, RequireFields<MutationCreateNotificationChannelArgs, 'input'>>;
  createNotificationRule?: Resolver<ResolversTypes['NotificationRule'], ParentType, ContextType, RequireFields<MutationCreateNotificationRuleArgs, 'input'>>;
  createRepository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationCreateRepositoryArgs, 'input'>>;
  createSchedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationCreateScheduleArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteCredentialSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCredentialSetArgs, 'id'>>;
  deleteDevice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDeviceArgs, 'id'>>;
  deleteInventorySource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteInventorySourceArgs, 'id'>>;
  deleteNotificationChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNotificationChannelArgs, 'id'>>;
  deleteNotificationRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNotificationRuleArgs, 'id'>>;
  deleteRepository?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRepositoryArgs, 'id'>>;
  deleteRetentionPolicy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRetentionPolicyArgs, 'id'>>;
  deleteSchedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteScheduleArgs, 'id'>>;
  deleteUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'id'>>;
  detectPlatform?: Resolver<ResolversTypes['ConnectionTest'], ParentType, ContextType, RequireFields<MutationDetectPlatformArgs, 'input'>>;
  importDevices?: Resolver<ResolversTypes['ImportDevicesResult'], ParentType, ContextType, RequireFields<MutationImportDevicesArgs, 'csv' | 'dryRun'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previewInventorySync?: Resolver<ResolversTypes['InventorySync'], ParentType, ContextType, RequireFields<MutationPreviewInventorySyncArgs, 'sourceId'>>;
  restoreDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationRestoreDeviceArgs, 'id'>>;
  retireDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationRetireDeviceArgs, 'id'>>;
  retryDelivery?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType, RequireFields<MutationRetryDeliveryArgs, 'id'>>;
  retryFailedDevices?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationRetryFailedDevicesArgs, 'runId'>>;
  retryStore?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationRetryStoreArgs, 'runId'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  sendTestNotification?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType, RequireFields<MutationSendTestNotificationArgs, 'channelId'>>;
  setRetentionPolicy?: Resolver<ResolversTypes['RetentionPolicy'], ParentType, ContextType, RequireFields<MutationSetRetentionPolicyArgs, 'input'>>;
  startRun?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationStartRunArgs, 'input'>>;
  syncInventorySource?: Resolver<ResolversTypes['InventorySync'], ParentType, ContextType, RequireFields<MutationSyncInventorySourceArgs, 'sourceId'>>;
  testDeviceConnection?: Resolver<ResolversTypes['ConnectionTest'], ParentType, ContextType, RequireFields<MutationTestDeviceConnectionArgs, 'id'>>;
  testInventorySource?: Resolver<ResolversTypes['InventorySourceTest'], ParentType, ContextType, RequireFields<MutationTestInventorySourceArgs, 'id'>>;
  updateCredentialSet?: Resolver<ResolversTypes['CredentialSet'], ParentType, ContextType, RequireFields<MutationUpdateCredentialSetArgs, 'id' | 'input'>>;
  updateDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationUpdateDeviceArgs, 'id' | 'input'>>;
  updateInventorySource?: Resolver<ResolversTypes['InventorySource'], ParentType, ContextType, RequireFields<MutationUpdateInventorySourceArgs, 'id' | 'input'>>;
  updateNotificationChannel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType, RequireFields<MutationUpdateNotificationChannelArgs, 'id' | 'input'>>;
  updateNotificationRule?: Resolver<ResolversTypes['NotificationRule'], ParentType, ContextType, RequireFields<MutationUpdateNotificationRuleArgs, 'id' | 'input'>>;
  updateRepository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationUpdateRepositoryArgs, 'id' | 'input'>>;
  updateSchedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationUpdateScheduleArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
};

export type NotificationChannelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationChannel'] = ResolversParentTypes['NotificationChannel']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailSettings']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasSigningSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationChannelKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type NotificationChannelKindResolvers = EnumResolverSignature<{ EMAIL?: any, SLACK?: any, TEAMS?: any, WEBHOOK?: any }, ResolversTypes['NotificationChannelKind']>;

export type NotificationDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationDelivery'] = ResolversParentTypes['NotificationDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['NotificationEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['NotificationRule']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationDeliveryStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type NotificationDeliveryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationDeliveryConnection'] = ResolversParentTypes['NotificationDeliveryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['NotificationDelivery']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationDeliveryStatusResolvers = EnumResolverSignature<{ DEAD?: any, FAILED?: any, PENDING?: any, SENDING?: any, SENT?: any }, ResolversTypes['NotificationDeliveryStatus']>;

export type NotificationEventResolvers = EnumResolverSignature<{ CONFIG_CHANGED?: any, DEVICE_FAILED?: any, DEVICE_STALE?: any, HOST_KEY_CHANGED?: any, PUSH_FAILED?: any, RUN_FINISHED?: any, TEST?: any }, ResolversTypes['NotificationEvent']>;

export type NotificationFilterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationFilter'] = ResolversParentTypes['NotificationFilter']> = {
  deviceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationRule'] = ResolversParentTypes['NotificationRule']> = {
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['NotificationEvent']>, ParentType, ContextType>;
  failedRuns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['NotificationFilter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
  runStatuses?: Resolver<Array<ResolversTypes['RunStatus']>, ParentType, ContextType>;
  staleHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OptionFieldKindResolvers = EnumResolverSignature<{ BOOLEAN?: any, INTEGER?: any, TEXT?: any, TEXT_LIST?: any }, ResolversTypes['OptionFieldKind']>;

export type OrphanPolicyResolvers = EnumResolverSignature<{ DELETE?: any, DISABLE?: any, KEEP?: any }, ResolversTypes['OrphanPolicy']>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlatformDetectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformDetection'] = ResolversParentTypes['PlatformDetection']> = {
  answers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  backupMethod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recognised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlatformMappingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformMapping'] = ResolversParentTypes['PlatformMapping']> = {
  backupMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  auditFacets?: Resolver<ResolversTypes['AuditFacets'], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  backup?: Resolver<Maybe<ResolversTypes['Backup']>, ParentType, ContextType, RequireFields<QueryBackupArgs, 'id'>>;
  backupContent?: Resolver<ResolversTypes['BackupContent'], ParentType, ContextType, RequireFields<QueryBackupContentArgs, 'id' | 'revealSecrets'>>;
  backupMethods?: Resolver<Array<ResolversTypes['BackupMethod']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  configSearch?: Resolver<ResolversTypes['ConfigSearchConnection'], ParentType, ContextType, RequireFields<QueryConfigSearchArgs, 'caseSensitive' | 'context' | 'first' | 'invert' | 'query' | 'regex' | 'scope'>>;
  credentialSet?: Resolver<Maybe<ResolversTypes['CredentialSet']>, ParentType, ContextType, RequireFields<QueryCredentialSetArgs, 'id'>>;
  credentialSets?: Resolver<Array<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<QueryDashboardArgs, 'staleHours'>>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<QueryDeviceArgs, 'id'>>;
  deviceArtifacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryDeviceArtifactsArgs, 'deviceId' | 'textOnly'>>;
  deviceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, Partial<QueryDeviceIdsArgs>>;
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, RequireFields<QueryDevicesArgs, 'first'>>;
  diffBackups?: Resolver<ResolversTypes['BackupDiff'], ParentType, ContextType, RequireFields<QueryDiffBackupsArgs, 'context' | 'fromId' | 'keepOrder' | 'toId'>>;
  inventoryPlatformDefaults?: Resolver<Array<ResolversTypes['PlatformMapping']>, ParentType, ContextType>;
  inventorySource?: Resolver<Maybe<ResolversTypes['InventorySource']>, ParentType, ContextType, RequireFields<QueryInventorySourceArgs, 'id'>>;
  inventorySources?: Resolver<Array<ResolversTypes['InventorySource']>, ParentType, ContextType>;
  inventorySync?: Resolver<Maybe<ResolversTypes['InventorySync']>, ParentType, ContextType, RequireFields<QueryInventorySyncArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  notificationChannels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  notificationDeliveries?: Resolver<ResolversTypes['NotificationDeliveryConnection'], ParentType, ContextType, RequireFields<QueryNotificationDeliveriesArgs, 'first' | 'offset'>>;
  notificationRules?: Resolver<Array<ResolversTypes['NotificationRule']>, ParentType, ContextType>;
  previewSchedule?: Resolver<ResolversTypes['SchedulePreview'], ParentType, ContextType, RequireFields<QueryPreviewScheduleArgs, 'count' | 'cron' | 'timeZone'>>;
  repositories?: Resolver<Array<ResolversTypes['Repository']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType, RequireFields<QueryRepositoryArgs, 'id'>>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType, RequireFields<QueryRunArgs, 'id'>>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, RequireFields<QueryRunsArgs, 'first'>>;
  schedule?: Resolver<Maybe<ResolversTypes['Schedule']>, ParentType, ContextType, RequireFields<QueryScheduleArgs, 'id'>>;
  schedules?: Resolver<Array<ResolversTypes['Schedule']>, ParentType, ContextType>;
  selectionDeviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QuerySelectionDeviceCountArgs, 'selection'>>;
  testRepository?: Resolver<ResolversTypes['RepositoryCheck'], ParentType, ContextType, RequireFields<QueryTestRepositoryArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuietHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordedSessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordedSession'] = ResolversParentTypes['RecordedSession']> = {
  checksSecrets?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RemoteDivergenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoteDivergence'] = ResolversParentTypes['RemoteDivergence']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localCommit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remoteCommit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RepositoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Repository'] = ResolversParentTypes['Repository']> = {
  authorEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  divergence?: Resolver<Maybe<ResolversTypes['RemoteDivergence']>, ParentType, ContextType>;
  effectiveDeviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasRemoteToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RepositoryKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pathTemplate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingRemoteHostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remoteCredentialSet?: Resolver<Maybe<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  remoteHostKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remoteHostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remoteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retentionPolicies?: Resolver<Array<ResolversTypes['RetentionPolicy']>, ParentType, ContextType>;
  signingCredentialSet?: Resolver<Maybe<ResolversTypes['CredentialSet']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RepositoryCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepositoryCheck'] = ResolversParentTypes['RepositoryCheck']> = {
  hostKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RepositoryKindResolvers = EnumResolverSignature<{ FILESYSTEM?: any, GIT?: any }, ResolversTypes['RepositoryKind']>;

export type RetentionFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetentionFile'] = ResolversParentTypes['RetentionFile']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetentionPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetentionPolicy'] = ResolversParentTypes['RetentionPolicy']> = {
  deviceTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keepAllDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keepDailyDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keepMonthlyMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keepWeeklyWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repositoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RetentionRemovalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetentionRemoval'] = ResolversParentTypes['RetentionRemoval']> = {
  artifact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetentionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetentionResult'] = ResolversParentTypes['RetentionResult']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  backupCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fileCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['RetentionFile']>, ParentType, ContextType, RequireFields<RetentionResultFilesArgs, 'first' | 'offset'>>;
  removals?: Resolver<Array<ResolversTypes['RetentionRemoval']>, ParentType, ContextType, RequireFields<RetentionResultRemovalsArgs, 'first' | 'offset'>>;
  removeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repositoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, OPERATOR?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type RunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Run'] = ResolversParentTypes['Run']> = {
  changedArtifacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['RunDevice']>, ParentType, ContextType, RequireFields<RunDevicesArgs, 'failedFirst' | 'first' | 'offset'>>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['RunEvent']>, ParentType, ContextType, RequireFields<RunEventsArgs, 'afterSeq' | 'first'>>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initialArtifacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RunMode'], ParentType, ContextType>;
  notStoredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  resolveFromSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['RunResult']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['Schedule']>, ParentType, ContextType>;
  selection?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  storeAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  succeededCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timestampUpdate?: Resolver<Maybe<ResolversTypes['TimestampUpdate']>, ParentType, ContextType>;
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
  deviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  lastSlotAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RunMode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRuns?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType, RequireFields<ScheduleNextRunsArgs, 'count'>>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  resolveFromSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type SmtpSecurityResolvers = EnumResolverSignature<{ NONE?: any, STARTTLS?: any, TLS?: any }, ResolversTypes['SmtpSecurity']>;

export type SshProfileResolvers = EnumResolverSignature<{ LEGACY?: any, MODERN?: any }, ResolversTypes['SshProfile']>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changesAdded?: SubscriptionResolver<ResolversTypes['Change'], "changesAdded", ParentType, ContextType, Partial<SubscriptionChangesAddedArgs>>;
  heartbeat?: SubscriptionResolver<ResolversTypes['Heartbeat'], "heartbeat", ParentType, ContextType, RequireFields<SubscriptionHeartbeatArgs, 'intervalMs'>>;
  runProgress?: SubscriptionResolver<ResolversTypes['RunEvent'], "runProgress", ParentType, ContextType, RequireFields<SubscriptionRunProgressArgs, 'afterSeq' | 'runId'>>;
  runUpdates?: SubscriptionResolver<ResolversTypes['RunEvent'], "runUpdates", ParentType, ContextType, Partial<SubscriptionRunUpdatesArgs>>;
};

export type TimestampUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimestampUpdate'] = ResolversParentTypes['TimestampUpdate']> = {
  errors?: Resolver<Array<ResolversTypes['TimestampUpdateError']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimestampUpdateErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimestampUpdateError'] = ResolversParentTypes['TimestampUpdateError']> = {
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Version'] = ResolversParentTypes['Version']> = {
  addedLines?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  artifact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backup?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  collections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastConfirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  removedLines?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type VersionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VersionConnection'] = ResolversParentTypes['VersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Version']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VersionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VersionEdge'] = ResolversParentTypes['VersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Version'], ParentType, ContextType>;
};

export type WriteBackFormatResolvers = EnumResolverSignature<{ DATE?: any, DATETIME?: any }, ResolversTypes['WriteBackFormat']>;

export type Resolvers<ContextType = GraphQLContext> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  ArtifactType?: ArtifactTypeResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditFacets?: AuditFacetsResolvers<ContextType>;
  Backup?: BackupResolvers<ContextType>;
  BackupConnection?: BackupConnectionResolvers<ContextType>;
  BackupContent?: BackupContentResolvers<ContextType>;
  BackupDiff?: BackupDiffResolvers<ContextType>;
  BackupEdge?: BackupEdgeResolvers<ContextType>;
  BackupMethod?: BackupMethodResolvers<ContextType>;
  BackupMethodOptionField?: BackupMethodOptionFieldResolvers<ContextType>;
  BackupMethodProof?: BackupMethodProofResolvers<ContextType>;
  BulkDevicesResult?: BulkDevicesResultResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeKind?: ChangeKindResolvers;
  ConfigSearchConnection?: ConfigSearchConnectionResolvers<ContextType>;
  ConfigSearchDevice?: ConfigSearchDeviceResolvers<ContextType>;
  ConfigSearchEdge?: ConfigSearchEdgeResolvers<ContextType>;
  ConfigSearchLine?: ConfigSearchLineResolvers<ContextType>;
  ConfigSearchScope?: ConfigSearchScopeResolvers;
  ConfigSearchVersion?: ConfigSearchVersionResolvers<ContextType>;
  ConnectionTest?: ConnectionTestResolvers<ContextType>;
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
  DeviceSource?: DeviceSourceResolvers<ContextType>;
  DeviceVariable?: DeviceVariableResolvers<ContextType>;
  EffectiveRepository?: EffectiveRepositoryResolvers<ContextType>;
  EmailSettings?: EmailSettingsResolvers<ContextType>;
  FailedDevice?: FailedDeviceResolvers<ContextType>;
  GitCommitStatus?: GitCommitStatusResolvers<ContextType>;
  Heartbeat?: HeartbeatResolvers<ContextType>;
  HostKeyStatus?: HostKeyStatusResolvers;
  ImportDetection?: ImportDetectionResolvers<ContextType>;
  ImportDevicesResult?: ImportDevicesResultResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  InventorySource?: InventorySourceResolvers<ContextType>;
  InventorySourceKind?: InventorySourceKindResolvers;
  InventorySourceTest?: InventorySourceTestResolvers<ContextType>;
  InventorySync?: InventorySyncResolvers<ContextType>;
  InventorySyncChange?: InventorySyncChangeResolvers<ContextType>;
  InventorySyncConflict?: InventorySyncConflictResolvers<ContextType>;
  InventorySyncCounts?: InventorySyncCountsResolvers<ContextType>;
  InventorySyncCreate?: InventorySyncCreateResolvers<ContextType>;
  InventorySyncOrphan?: InventorySyncOrphanResolvers<ContextType>;
  InventorySyncStatus?: InventorySyncStatusResolvers;
  InventorySyncUpdate?: InventorySyncUpdateResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotificationChannel?: NotificationChannelResolvers<ContextType>;
  NotificationChannelKind?: NotificationChannelKindResolvers;
  NotificationDelivery?: NotificationDeliveryResolvers<ContextType>;
  NotificationDeliveryConnection?: NotificationDeliveryConnectionResolvers<ContextType>;
  NotificationDeliveryStatus?: NotificationDeliveryStatusResolvers;
  NotificationEvent?: NotificationEventResolvers;
  NotificationFilter?: NotificationFilterResolvers<ContextType>;
  NotificationRule?: NotificationRuleResolvers<ContextType>;
  OptionFieldKind?: OptionFieldKindResolvers;
  OrphanPolicy?: OrphanPolicyResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformDetection?: PlatformDetectionResolvers<ContextType>;
  PlatformMapping?: PlatformMappingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
  RecordedSession?: RecordedSessionResolvers<ContextType>;
  RemoteDivergence?: RemoteDivergenceResolvers<ContextType>;
  Repository?: RepositoryResolvers<ContextType>;
  RepositoryCheck?: RepositoryCheckResolvers<ContextType>;
  RepositoryKind?: RepositoryKindResolvers;
  RetentionFile?: RetentionFileResolvers<ContextType>;
  RetentionPolicy?: RetentionPolicyResolvers<ContextType>;
  RetentionRemoval?: RetentionRemovalResolvers<ContextType>;
  RetentionResult?: RetentionResultResolvers<ContextType>;
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
  SmtpSecurity?: SmtpSecurityResolvers;
  SshProfile?: SshProfileResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimestampUpdate?: TimestampUpdateResolvers<ContextType>;
  TimestampUpdateError?: TimestampUpdateErrorResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Version?: VersionResolvers<ContextType>;
  VersionConnection?: VersionConnectionResolvers<ContextType>;
  VersionEdge?: VersionEdgeResolvers<ContextType>;
  WriteBackFormat?: WriteBackFormatResolvers;
};

