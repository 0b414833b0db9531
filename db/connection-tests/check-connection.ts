/**
 * Runs a login against a device from the web process, once per credential set until one is
 * accepted, within a hard time limit, and turns the outcome into a result the API can show.
 * Nothing secret leaves: the banner is redacted, credentials stay here.
 */
import type { OpenedCredentialSet } from '../credential-sets/open-credential-sets.ts';
import { detectPlatform, type DetectionResult } from '../../plugins/detect/detect.ts';
import { isCollectionError, type CollectionErrorCode } from '../../plugins/errors.ts';
import type { CollectDevice, Logger } from '../../plugins/types.ts';

/** The longest a test may take, whatever the device does; the request waits for it. */
export const connectionTestLimitMs = 60_000;

/** What the login did with the host key: trusted it now, found the trusted one, or saw another. */
export const hostKeyStatuses = ['trusted-now', 'matches', 'changed', 'not-recorded'] as const;
export type HostKeyStatus = (typeof hostKeyStatuses)[number];

export interface ConnectionCheck {
  ok: boolean;
  /** A collection error code (UNREACHABLE, AUTH_FAILED, HOST_KEY_CHANGED, …) or CREDENTIAL_OUT_OF_SCOPE. */
  code: string | null;
  message: string;
  reached: boolean;
  authenticated: boolean;
  /** The name of the credential set that logged in. */
  credentialSet: string | null;
  /** The key the device presented, "ssh-ed25519 AAAA…". */
  hostKey: string | null;
  hostKeyStatus: HostKeyStatus | null;
  prompt: string | null;
  privileged: boolean | null;
  banner: string | null;
  elapsedMs: number;
  detection: DetectionSummary | null;
}

export interface DetectionSummary {
  recognised: boolean;
  platform: string | null;
  backupMethod: string | null;
  evidence: string | null;
  reason: string | null;
  candidates: string[];
  /** "show version: <first lines>" for each identification command that was asked. */
  answers: string[];
}

const reachedCodes = new Set<string>(['AUTH_FAILED', 'HOST_KEY_CHANGED', 'PROMPT_NOT_FOUND', 'OUTPUT_INVALID', 'COMMAND_FAILED']);
const authenticatedCodes = new Set<string>(['PROMPT_NOT_FOUND', 'OUTPUT_INVALID', 'COMMAND_FAILED']);

export function failedCheck(code: string, message: string, elapsedMs = 0, hostKey: string | null = null): ConnectionCheck {
  return {
    ok: false,
    code,
    message,
    reached: reachedCodes.has(code),
    authenticated: authenticatedCodes.has(code),
    credentialSet: null,
    hostKey,
    hostKeyStatus: code === 'HOST_KEY_CHANGED' ? 'changed' : null,
    prompt: null,
    privileged: null,
    banner: null,
    elapsedMs,
    detection: null,
  };
}

function summarise(result: DetectionResult): DetectionSummary {
  return result.recognised
    ? { recognised: true, platform: result.platform, backupMethod: result.backupMethod, evidence: result.evidence, reason: null, candidates: result.candidates, answers: [] }
    : {
        recognised: false,
        platform: null,
        backupMethod: null,
        evidence: null,
        reason: result.reason,
        candidates: result.candidates,
        answers: result.answers.map((answer) => `${answer.command}: ${answer.excerpt}`),
      };
}

export interface CheckTarget {
  device: Pick<CollectDevice, 'name' | 'host' | 'port' | 'sshProfile' | 'knownHostKey' | 'prompt'>;
  sets: OpenedCredentialSet[];
  /** The platform the device is configured with: its identification command is asked first. */
  expectedPlatform?: string;
  log: Logger;
}

/**
 * Logs in with each credential set in turn (AUTH_FAILED tries the next, like a backup), then
 * recognises the platform. Expected device failures are results, not exceptions.
 */
export async function checkConnection(target: CheckTarget): Promise<ConnectionCheck> {
  const started = Date.now();
  if (target.sets.length === 0) return failedCheck('AUTH_FAILED', 'The device has no credential set');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), connectionTestLimitMs);
  let last: { code: CollectionErrorCode; message: string; hostKey: string | null } | null = null;
  try {
    for (const set of target.sets) {
      try {
        const result = await detectPlatform({ device: target.device, credentials: set, signal: abort.signal, log: target.log, expectedPlatform: target.expectedPlatform });
        const { connection } = result;
        return {
          ok: true,
          code: null,
          message: result.recognised ? `Logged in as ${set.username} and recognised ${result.platform}` : `Logged in as ${set.username}; ${result.reason}`,
          reached: true,
          authenticated: true,
          credentialSet: set.name,
          hostKey: connection.hostKey,
          hostKeyStatus: target.device.knownHostKey ? 'matches' : 'not-recorded',
          prompt: connection.prompt,
          privileged: connection.privileged,
          banner: connection.banner,
          elapsedMs: Date.now() - started,
          detection: summarise(result),
        };
      } catch (error) {
        if (!isCollectionError(error)) throw error;
        const timedOut = error.code === 'CANCELLED' && abort.signal.aborted;
        last = {
          code: timedOut ? 'TIMEOUT' : error.code,
          message: timedOut ? `The test took longer than ${connectionTestLimitMs / 1000} s and was stopped` : error.message,
          hostKey: error.presentedHostKey?.key ?? null,
        };
        if (error.code !== 'AUTH_FAILED') break;
      }
    }
  } finally {
    clearTimeout(timer);
  }
  const tried = target.sets.length > 1 && last!.code === 'AUTH_FAILED' ? ` (tried ${target.sets.map((set) => `"${set.name}"`).join(', ')})` : '';
  target.log.warn({ device: target.device.name, code: last!.code, reason: last!.message }, 'connection test failed');
  return failedCheck(last!.code, `${last!.message}${tried}`, Date.now() - started, last!.hostKey);
}
