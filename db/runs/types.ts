/**
 * The shapes the run pipeline keeps in jsonb columns, declared once: the worker writes them, the
 * API reads them, and the columns are typed with them (`$type`), so no reader casts.
 */
import { z } from 'zod';
import type { CollectionErrorCode } from '../../plugins/errors.ts';

/**
 * Why a device of a run failed: a collection error, or one of the pipeline's own reasons
 * (the device was deleted, an unexpected error, the run was cancelled before collection, no
 * credential set of the device may be used where it points, the device has no credential set at
 * all, the run's store failed for good: the device was collected, not stored).
 */
export type RunFailureCode = CollectionErrorCode | 'NOT_FOUND' | 'INTERNAL' | 'CREDENTIAL_OUT_OF_SCOPE' | 'NO_CREDENTIAL_SET' | 'STORAGE_FAILED' | SourceLookupFailureCode;

/**
 * Why a run that resolves its devices from their inventory source at start could not: the source
 * does not list the device, lists it without a primary IP or with an unmapped platform, or could
 * not be read.
 */
export type SourceLookupFailureCode = 'SOURCE_NOT_FOUND' | 'SOURCE_NO_PRIMARY_IP' | 'SOURCE_UNMAPPED_PLATFORM' | 'SOURCE_UNAVAILABLE';

/** Codes a stage reports besides failures: an optional artifact absent, unsaved changes. */
export type StageWarningCode = 'ARTIFACT_ABSENT' | 'UNSAVED_CHANGES';

export type StageName = 'resolve' | 'connect' | 'authenticate' | 'collect' | 'store';

/** One step of one device's backup, as `run_devices.stages` keeps it. */
export interface Stage {
  stage: StageName;
  /** warning: the stage succeeded with something to look at (an optional artifact absent, unsaved changes). */
  status: 'ok' | 'warning' | 'failed' | 'skipped';
  attempt?: number;
  credentialSet?: string;
  artifact?: string;
  code?: RunFailureCode | StageWarningCode;
  message?: string;
  at: string;
}

/** The artifacts of one device, waiting in `run_devices.collected` for the run's commit. */
export type StagedArtifact =
  | { artifact: string; isBinary: false; content: string; size: number; sha256: string; comparableSha256: string; redactions: string[] }
  /**
   * A binary artifact: staged in the run's repository while it was collected (`object`, see
   * storage `stageObject`), or, collected by a version before that, a file in the collecting
   * worker's data folder (`file`).
   */
  | ({ artifact: string; isBinary: true; size: number; sha256: string } & ({ object: string } | { file: string }));

/** What `runs.result` says of a finished run: counts, commit status, credential info; never secrets. */
export interface RunResult {
  success: boolean;
  backedUpCount: number;
  failedCount: number;
  changedCount: number;
  unchangedCount: number;
  backedUpDevices: string[];
  failedDevices: { device: string; code: RunFailureCode; message: string }[];
  gitStatus: string;
  gitCommitStatus: { sha: string | null; filesChanged: number; pushed: boolean | null; pushError: string | null } | null;
  credentialInfo: { device: string; credentialSet: string }[];
  repository: { id: string; name: string; kind: string } | null;
  commitDate: string | null;
  durationMs: number;
}

/** What `run_events` records, in order per run; subscribers get them live. */
export const runEventTypes = [
  'run-started',
  'device-started',
  'device-stage',
  'device-finished',
  'run-finishing',
  /** Storing the run failed; another attempt is scheduled. */
  'run-store-failed',
  'run-finished',
  'run-cancelled',
  /** The watchdog found the run stalled (no job left to move it) and resumed it. */
  'run-resumed',
  /** The backup date was written to an inventory source's devices (run.timestampUpdate). */
  'run-written-back',
] as const;
export type RunEventType = (typeof runEventTypes)[number];

export interface RunEventPayload {
  /** Devices finished so far, and in all. */
  current: number;
  total: number;
  /** What a person reads: "Backing up device 5/10: switch-05". */
  message: string;
  deviceId?: string;
  deviceName?: string;
  runDeviceId?: string;
  stage?: string;
  status?: string;
  code?: string | null;
  attempt?: number;
  [key: string]: unknown;
}

/** Which devices a run or schedule covers; resolved when the run starts, not when it is asked for. */
export const selectionSchema = z
  .object({
    deviceIds: z.array(z.string().uuid('is not a device id')).min(1, 'lists no device').optional(),
    all: z.boolean().optional(),
    tags: z.array(z.string().min(1)).optional(),
    backupMethods: z.array(z.string().min(1)).optional(),
    location: z.string().optional(),
    /** Skip disabled devices; on by default for selections, off for devices named by id. */
    enabledOnly: z.boolean().optional(),
  })
  .refine((s) => s.deviceIds || s.all || s.tags?.length || s.backupMethods?.length || s.location, {
    message: 'choose devices: deviceIds, all, tags, backupMethods or location',
  });
export type Selection = z.infer<typeof selectionSchema>;
