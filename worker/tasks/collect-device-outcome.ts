/**
 * The decisions of one device's backup, without SSH or PostgreSQL: which stage a failure belongs
 * to, how long to wait before a retry, what is staged for the commit, and what is recorded.
 */
import crypto from 'node:crypto';
import type { OpenedCredentialSet } from '../../db/credential-sets/open-credential-sets.ts';
import type { Device } from '../../db/devices/schema.ts';
import type { RunDeviceOutcome } from '../../db/runs/device-progress.ts';
import type { Run } from '../../db/runs/schema.ts';
import type { RunFailureCode, Stage, StagedArtifact, StageName } from '../../db/runs/types.ts';
import type { CollectionErrorCode } from '../../plugins/errors.ts';
import type { CollectedArtifact, CollectResult, PartialResult, SavedState } from '../../plugins/types.ts';

/** Which stage a failure belongs to, for the per-device stage results. */
export const stageOfCode: Record<CollectionErrorCode, StageName> = {
  UNREACHABLE: 'connect',
  TIMEOUT: 'connect',
  AUTH_FAILED: 'authenticate',
  HOST_KEY_CHANGED: 'authenticate',
  TLS_CERT_CHANGED: 'authenticate',
  TLS_UNTRUSTED: 'connect',
  PROMPT_NOT_FOUND: 'collect',
  TRANSPORT_UNAVAILABLE: 'connect',
  COMMAND_FAILED: 'collect',
  OUTPUT_INVALID: 'collect',
  OPTIONS_INVALID: 'resolve',
  CANCELLED: 'collect',
};

/** Exponential backoff: 1 s before the second attempt, 2 s before the third, … */
export const backoffMs = (attempt: number) => 1000 * 2 ** (attempt - 1);

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export type Outcome =
  | { ok: true; artifacts: StagedArtifact[]; credentialSet: OpenedCredentialSet; hostKey: string; attempts: number; savedState: SavedState | null }
  | {
      ok: false;
      code: RunFailureCode;
      message: string;
      attempts: number;
      pendingHostKey?: string;
      credentialSetId?: string;
      /** What the device gave before a required artifact failed: stored all the same. */
      artifacts?: StagedArtifact[];
    };

/** Stages what a collection produced, with a stage result per artifact and a warning per absent one. */
export function stageArtifacts(result: PartialResult | CollectResult, attempt: number, stage: (s: Omit<Stage, 'at'>) => void): StagedArtifact[] {
  for (const absent of result.absent ?? []) {
    stage({ stage: 'collect', status: 'warning', attempt, artifact: absent.artifact, code: 'ARTIFACT_ABSENT', message: `${absent.artifact} absent: ${absent.reason}` });
  }
  return result.artifacts.map((artifact) => {
    stage({ stage: 'collect', status: 'ok', attempt, artifact: artifact.artifact });
    return toStaged(artifact);
  });
}

export function toStaged(artifact: CollectedArtifact): StagedArtifact {
  if (artifact.isBinary) return { artifact: artifact.artifact, isBinary: true, object: artifact.object, size: artifact.size, sha256: artifact.sha256 };
  return {
    artifact: artifact.artifact,
    isBinary: false,
    content: artifact.content,
    size: Buffer.byteLength(artifact.content),
    sha256: sha256(artifact.content),
    comparableSha256: sha256(artifact.comparable),
    redactions: artifact.redactions,
  };
}

/** What finishRunDevices records of an outcome. */
export function toRecord(input: { run: Run; runDeviceId: string; deviceName: string; device: Device | undefined; outcome: Outcome; stages: Stage[]; durationMs: number }): RunDeviceOutcome {
  const { outcome } = input;
  return {
    run: input.run,
    runDeviceId: input.runDeviceId,
    deviceName: input.deviceName,
    device: input.device,
    status: outcome.ok ? 'succeeded' : outcome.code === 'CANCELLED' ? 'cancelled' : 'failed',
    attempts: outcome.attempts,
    stages: input.stages,
    collected: outcome.artifacts ?? null,
    savedState: outcome.ok ? outcome.savedState : undefined,
    credentialSetId: outcome.ok ? outcome.credentialSet.id : null,
    errorCode: outcome.ok ? null : outcome.code,
    errorMessage: outcome.ok ? null : outcome.message,
    durationMs: input.durationMs,
    hostKey: outcome.ok ? outcome.hostKey : undefined,
    pendingHostKey: outcome.ok ? undefined : outcome.pendingHostKey,
  };
}
