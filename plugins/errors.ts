import type { PartialResult } from './types.ts';

export type CollectionErrorCode =
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'AUTH_FAILED'
  | 'HOST_KEY_CHANGED'
  | 'PROMPT_NOT_FOUND'
  | 'COMMAND_FAILED'
  | 'OUTPUT_INVALID'
  | 'OPTIONS_INVALID'
  | 'CANCELLED';

/**
 * Whether trying the same device again later can help.
 * - PROMPT_NOT_FOUND: the device answers but not like the platform expects; usually the
 *   wrong backup method, which a retry does not fix.
 * - OUTPUT_INVALID: output cut short or a connection dropped mid-command is usually
 *   transient, so a retry is worth its small cost.
 */
export const retryableByCode: Record<CollectionErrorCode, boolean> = {
  UNREACHABLE: true,
  TIMEOUT: true,
  AUTH_FAILED: false,
  HOST_KEY_CHANGED: false,
  PROMPT_NOT_FOUND: false,
  COMMAND_FAILED: false,
  OUTPUT_INVALID: true,
  OPTIONS_INVALID: false,
  CANCELLED: false,
};

export interface PresentedHostKey {
  /** "ssh-ed25519 AAAA…" */
  key: string;
  /** "SHA256:…" as OpenSSH prints it. */
  fingerprint: string;
}

export class CollectionError extends Error {
  readonly code: CollectionErrorCode;
  readonly retryable: boolean;
  readonly presentedHostKey?: PresentedHostKey;
  /** The artifacts collected before the failure (a required artifact failed after others). */
  partial?: PartialResult;

  constructor(
    code: CollectionErrorCode,
    message: string,
    options: { cause?: unknown; presentedHostKey?: PresentedHostKey } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'CollectionError';
    this.code = code;
    this.retryable = retryableByCode[code];
    if (options.presentedHostKey) this.presentedHostKey = options.presentedHostKey;
  }
}

export function isCollectionError(error: unknown): error is CollectionError {
  return error instanceof CollectionError;
}
