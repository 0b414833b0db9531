import type { PartialResult } from './types.ts';

export type CollectionErrorCode =
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'AUTH_FAILED'
  | 'HOST_KEY_CHANGED'
  | 'TLS_CERT_CHANGED'
  | 'TLS_UNTRUSTED'
  | 'PROMPT_NOT_FOUND'
  | 'TRANSPORT_UNAVAILABLE'
  | 'COMMAND_FAILED'
  | 'OUTPUT_INVALID'
  | 'OPTIONS_INVALID'
  | 'CANCELLED';

/**
 * Whether trying the same device again later can help.
 * - PROMPT_NOT_FOUND: the device answers but not like the platform expects; usually the
 *   wrong backup method, which a retry does not fix.
 * - TRANSPORT_UNAVAILABLE: the device does not offer the method's transport (no `netconf`
 *   subsystem, no NETCONF base capability); it has to be enabled on the device first.
 * - TLS_CERT_CHANGED, TLS_UNTRUSTED: an HTTPS API device's certificate is not the pinned one,
 *   or does not verify against the device's CAs; an operator has to accept or fix it.
 * - OUTPUT_INVALID: output cut short or a connection dropped mid-command is usually
 *   transient, so a retry is worth its small cost.
 */
export const retryableByCode: Record<CollectionErrorCode, boolean> = {
  UNREACHABLE: true,
  TIMEOUT: true,
  AUTH_FAILED: false,
  HOST_KEY_CHANGED: false,
  TLS_CERT_CHANGED: false,
  TLS_UNTRUSTED: false,
  PROMPT_NOT_FOUND: false,
  TRANSPORT_UNAVAILABLE: false,
  COMMAND_FAILED: false,
  OUTPUT_INVALID: true,
  OPTIONS_INVALID: false,
  CANCELLED: false,
};

/** The SSH host key, or the TLS certificate pin, a device presented. */
export interface PresentedHostKey {
  /** "ssh-ed25519 AAAA…", or "tls-sha256:<hex>" for an HTTPS device's certificate. */
  key: string;
  /** "SHA256:…" as OpenSSH prints it, or "SHA-256 AB:CD:…" as browsers print a certificate's. */
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
