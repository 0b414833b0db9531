/**
 * A TLS certificate pinned like an SSH host key: the SHA-256 of the certificate's DER bytes,
 * stored where the host key is, as "tls-sha256:<hex>".
 */
import { createHash } from 'node:crypto';

const prefix = 'tls-sha256:';

export function certificatePin(der: Buffer): string {
  return `${prefix}${createHash('sha256').update(der).digest('hex')}`;
}

export function isCertificatePin(key: string | null | undefined): boolean {
  return typeof key === 'string' && key.startsWith(prefix);
}

/** "SHA-256 AB:CD:…", as browsers and `openssl x509 -fingerprint -sha256` show a certificate. */
export function certificateFingerprint(pin: string): string {
  const hex = pin.slice(prefix.length).toUpperCase();
  return `SHA-256 ${hex.match(/../g)?.join(':') ?? hex}`;
}
