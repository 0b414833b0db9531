/**
 * What a device's host may be: an IPv4 or IPv6 address or a DNS name. Imports only zod, so the
 * device form checks a host in the browser with the same rule the server applies.
 */
import { z } from 'zod';

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
const dnsLabel = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

export function isIpAddress(value: string): boolean {
  return ipv4.safeParse(value).success || ipv6.safeParse(value).success;
}

/** An IPv4 or IPv6 address, or a DNS name (whose last label is not all digits, so 999.1.1.1 is refused). */
export function isValidHost(value: string): boolean {
  if (isIpAddress(value)) return true;
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (!name || name.length > 253) return false;
  const labels = name.split('.');
  return labels.every((label) => dnsLabel.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}

/** "[2001:db8::1]" → "2001:db8::1": brackets are how an address is often written beside a port. */
export const withoutBrackets = (value: string) => (value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value);
