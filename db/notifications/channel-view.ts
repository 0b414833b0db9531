import type { Keyring } from '../../infra/keyring.ts';
import type { ChannelKind, ChannelTarget } from '../../notify/types.ts';
import type { ChannelSettings, NotificationChannel } from './schema.ts';

export const SECRETS_PURPOSE = 'notification-channel.secrets';

/** What is sealed: the URL (Slack's and Teams' carry their token), the signing secret, the SMTP password. */
export interface ChannelSecrets {
  url?: string;
  signingSecret?: string | null;
  password?: string | null;
}

/** What may leave the database layer: where it sends, without secrets, and flags. */
export interface ChannelView {
  id: string;
  name: string;
  kind: ChannelKind;
  enabled: boolean;
  /** e.g. "https://hooks.slack.com/…" or "smtp.example.net:587 → ops@example.net". */
  target: string;
  settings: ChannelSettings;
  createdAt: Date;
  updatedAt: Date;
}

export function describeTarget(kind: ChannelKind, settings: ChannelSettings): string {
  if (kind === 'email') return `${settings.host}:${settings.port} → ${(settings.to ?? []).join(', ')}`;
  return `${settings.urlHost ?? ''}/…`;
}

export function toChannelView(row: NotificationChannel): ChannelView {
  return { id: row.id, name: row.name, kind: row.kind, enabled: row.enabled, target: describeTarget(row.kind, row.settings), settings: row.settings, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** "https://hooks.slack.com": what a channel shows of its URL. */
export function urlHost(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

export function sealChannelSecrets(keyring: Keyring, secrets: ChannelSecrets): string {
  return keyring.seal(JSON.stringify(secrets), SECRETS_PURPOSE);
}

export function openChannelSecrets(keyring: Keyring, row: NotificationChannel): ChannelSecrets {
  return JSON.parse(keyring.open(row.secretsSealed, SECRETS_PURPOSE)) as ChannelSecrets;
}

/** The channel with its secrets opened, for sending only. */
export function channelTarget(keyring: Keyring, row: NotificationChannel): ChannelTarget {
  const secrets = openChannelSecrets(keyring, row);
  const s = row.settings;
  switch (row.kind) {
    case 'webhook':
      return { kind: 'webhook', url: secrets.url!, signingSecret: secrets.signingSecret ?? null };
    case 'slack':
      return { kind: 'slack', url: secrets.url! };
    case 'teams':
      return { kind: 'teams', url: secrets.url! };
    case 'email':
      return {
        kind: 'email',
        host: s.host!,
        port: s.port!,
        security: s.security ?? 'starttls',
        username: s.username ?? null,
        password: secrets.password ?? null,
        from: s.from!,
        to: s.to ?? [],
        caCertificate: s.caCertificate ?? null,
      };
  }
}
