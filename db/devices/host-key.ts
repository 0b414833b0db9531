import crypto from 'node:crypto';

/** OpenSSH's fingerprint form, "SHA256:<base64 without padding>", of a key stored as "type base64". */
export function hostKeyFingerprint(hostKey: string | null): string | null {
  if (!hostKey) return null;
  const blob = hostKey.trim().split(/\s+/)[1] ?? hostKey.trim();
  const digest = crypto.createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '');
  return `SHA256:${digest}`;
}
