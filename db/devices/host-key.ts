import crypto from 'node:crypto';
import { certificateFingerprint, isCertificatePin } from '../../plugins/https-api/pin.ts';

/**
 * OpenSSH's fingerprint form, "SHA256:<base64 without padding>", of a key stored as "type base64";
 * for an HTTPS device's pinned certificate ("tls-sha256:<hex>"), "SHA-256 AB:CD:…" as browsers show it.
 */
export function hostKeyFingerprint(hostKey: string | null): string | null {
  if (!hostKey) return null;
  if (isCertificatePin(hostKey)) return certificateFingerprint(hostKey);
  const blob = hostKey.trim().split(/\s+/)[1] ?? hostKey.trim();
  const digest = crypto.createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '');
  return `SHA256:${digest}`;
}
