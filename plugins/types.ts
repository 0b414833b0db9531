/**
 * Glossary
 * - device: a router, switch, firewall or host that Tidemark backs up over SSH.
 * - platform: a declaration of how to talk to a device family (prompt, session setup,
 *   commands, cleanup, secrets, volatile lines, error patterns).
 * - backup method: what a platform offers to collect; a device refers to one by key.
 * - artifact: one file collected from a device (running-config, firmware.bin).
 * - backup: one stored version of an artifact (stored by the caller, not here).
 * - credential set: username, password or private key, and enable secret used to log in.
 * - lab: simulated devices served on 127.0.0.1 that play platforms from their fixtures.
 */
import type { z } from 'zod';

/**
 * How a backup method reaches the device: an SSH shell or exec channel (the platform's
 * declaration), SFTP or SCP file transfer, NETCONF over the SSH `netconf` subsystem, or an
 * HTTPS API. The engine for each owns framing and errors; the declaration only says which.
 */
export type Transport = 'ssh-shell' | 'ssh-exec' | 'sftp' | 'scp' | 'netconf' | 'https';

/** What the API and the UI show of a backup method. */
export interface BackupMethodInfo {
  key: string;
  friendlyName: string;
  description: string;
  isBinary: boolean;
  platform: string;
  artifacts: string[];
  transport: Transport;
}

export interface PlatformInfo {
  id: string;
  name: string;
  description: string;
  channel: 'shell' | 'exec';
  backupMethods: string[];
}

/** The subset of pino the collection uses; a pino logger satisfies it. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export type SshProfile = 'modern' | 'legacy';

export interface CollectDevice {
  name: string;
  host: string;
  port: number;
  sshProfile: SshProfile;
  /**
   * "ssh-ed25519 AAAA…" or "SHA256:…"; for an HTTPS device the pinned certificate,
   * "tls-sha256:<hex>". null trusts the first key or certificate presented.
   */
  knownHostKey: string | null;
  /** Backup-method-specific options, validated by the method's optionsSchema. */
  options: unknown;
  keepSecrets: boolean;
  /** A regular expression for the device's prompt, replacing the platform's (custom prompts). */
  prompt?: string | null;
}

export interface Credentials {
  username: string;
  password?: string;
  privateKey?: string;
  passphrase?: string;
  enableSecret?: string;
  /** An API key or token for HTTPS API backup methods (PAN-OS key, FortiOS token, OPNsense "key:secret"). */
  apiKey?: string;
}

export interface Timeouts {
  /** TCP connect, SSH handshake and authentication together. */
  connectMs?: number;
  /** Longest silence while waiting for a prompt or more output. */
  commandMs?: number;
}

export interface CollectInput {
  device: CollectDevice;
  credentials: Credentials;
  /** Where binary artifacts are streamed as they arrive; the caller owns what was staged. */
  binarySink: BinarySink;
  signal: AbortSignal;
  timeouts?: Timeouts;
  log: Logger;
}

export interface TextArtifact {
  artifact: string;
  isBinary: false;
  /** Cleaned output, secrets replaced by markers unless keepSecrets. */
  content: string;
  /** content without volatile lines, for change detection. */
  comparable: string;
  /** Names of the redactions that replaced something. */
  redactions: string[];
}

/**
 * Where a binary method writes what it downloads, as the bytes arrive: the object store of the
 * run's repository, so whichever worker stores the run reads it there (storage, `stageObject`).
 */
export interface BinarySink {
  /** `size` is announced before the first byte (SFTP's fstat, the scp header); null when unknown. */
  open(size: number | null): Promise<BinaryUpload>;
}

export interface BinaryUpload {
  /** Resolves once the chunk is taken: awaiting it is the backpressure. */
  write(chunk: Buffer): Promise<void>;
  /** All bytes are in: the staged object, its size and sha256 (hashed on the way). */
  finish(): Promise<StagedBinary>;
  /** Drops what was written. */
  abort(): Promise<void>;
}

export interface StagedBinary {
  /** The staged object's id in the run's repository. */
  id: string;
  size: number;
  sha256: string;
}

export interface BinaryArtifact {
  artifact: string;
  isBinary: true;
  /** The staged object's id in the run's repository. */
  object: string;
  size: number;
  sha256: string;
}

export type CollectedArtifact = TextArtifact | BinaryArtifact;

/** An optional artifact the device does not have (startup-config never saved), and why. */
export interface AbsentArtifact {
  artifact: string;
  reason: string;
}

/**
 * Whether the running configuration is saved: `saved` when it equals the startup
 * configuration, `unsaved` when they differ, `never-saved` when there is no startup
 * configuration. Only methods that collect both say.
 */
export type SavedState = 'saved' | 'unsaved' | 'never-saved';

export interface CollectResult {
  /** The host key the device presented, e.g. "ssh-ed25519 AAAA…", or its TLS certificate pin "tls-sha256:<hex>". */
  hostKey: string;
  artifacts: CollectedArtifact[];
  /** Optional artifacts the device answered it does not have. */
  absent?: AbsentArtifact[];
  savedState?: SavedState;
}

/** What a failed collection had already collected; stored, never dropped for another artifact's failure. */
export interface PartialResult {
  artifacts: CollectedArtifact[];
  absent: AbsentArtifact[];
}

export interface BackupMethod extends BackupMethodInfo {
  /** Validates device.options; collect rejects with OPTIONS_INVALID before connecting when they do not parse. */
  optionsSchema: z.ZodType;
  collect(input: CollectInput): Promise<CollectResult>;
}
