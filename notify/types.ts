/**
 * Glossary
 * - notification: what Tidemark tells people about one event of one run (or one stale check),
 *   as one message per rule: a digest of every device the event concerns. Versioned: the body of
 *   a webhook is this object, and `version` changes only when a field changes meaning or goes.
 * - channel: where notifications go: a generic webhook, a Slack or Microsoft Teams incoming
 *   webhook, or email over SMTP.
 * - delivery: one notification sent to one channel; its id is the idempotency key receivers see.
 */

export const NOTIFICATION_VERSION = 1;

export const notificationEvents = ['config-changed', 'device-failed', 'device-stale', 'run-finished', 'push-failed', 'host-key-changed', 'test'] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

export const channelKinds = ['webhook', 'slack', 'teams', 'email'] as const;
export type ChannelKind = (typeof channelKinds)[number];

export interface NotificationDevice {
  id: string | null;
  name: string;
  location: string;
  /** config-changed: the artifacts that changed. */
  artifacts?: string[];
  /** device-failed, host-key-changed: the failure code and message of this run. */
  code?: string | null;
  message?: string | null;
  /** device-failed: failed runs in a row; device-stale: the last success (ISO time, or null: never). */
  consecutiveFailures?: number;
  lastSuccessAt?: string | null;
}

export interface Notification {
  version: typeof NOTIFICATION_VERSION;
  event: NotificationEvent;
  /** One line, e.g. "5 devices changed in run 1a2b3c4d". */
  title: string;
  /** A sentence or two of detail. */
  summary: string;
  occurredAt: string;
  rule: { id: string; name: string } | null;
  run: { id: string; status: string; repository: string | null; commit: string | null; pushError: string | null } | null;
  /** At most MAX_NOTIFICATION_DEVICES; `moreDevices` counts the rest. */
  devices: NotificationDevice[];
  moreDevices: number;
  /** config-changed: the unified diff of every changed text artifact, secrets redacted, capped. */
  diff: { text: string; lines: number; truncated: boolean } | null;
}

export const MAX_NOTIFICATION_DEVICES = 100;
export const MAX_DIFF_LINES = 200;
export const MAX_DIFF_BYTES = 64 * 1024;

export type SmtpSecurity = 'starttls' | 'tls' | 'none';

/** A channel with its secrets opened: only the worker that sends holds one. */
export type ChannelTarget =
  | { kind: 'webhook'; url: string; signingSecret: string | null }
  | { kind: 'slack'; url: string }
  | { kind: 'teams'; url: string }
  | {
      kind: 'email';
      host: string;
      port: number;
      security: SmtpSecurity;
      username: string | null;
      password: string | null;
      from: string;
      to: string[];
      /** PEM certificates to trust besides the system's, for a server with a private CA. */
      caCertificate: string | null;
    };

/** A send that did not go through; `retryable` is false when trying again cannot help (4xx). */
export class NotifyError extends Error {
  readonly retryable: boolean;
  constructor(message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'NotifyError';
    this.retryable = options.retryable;
  }
}

export interface SendOptions {
  /** Sent as `Idempotency-Key` and `X-Tidemark-Delivery` (webhooks) or in the Message-ID (email). */
  deliveryId: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  now?: Date;
}
