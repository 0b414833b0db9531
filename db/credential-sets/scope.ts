/**
 * Where a credential set may be used, so that an operator cannot aim a set at a server they
 * control and read its secrets there.
 *
 * Glossary
 * - host pattern: an exact DNS name (`core-1.net.example.com`), an IP address (`10.0.0.5`,
 *   `2001:db8::5`), a wildcard (`*.net.example.com`: one or more labels in front of the rest) or a
 *   CIDR (`10.0.0.0/8`, `2001:db8::/32`). Addresses and CIDRs match devices whose host is an IP
 *   address; names and wildcards match devices whose host is a DNS name.
 * - scope: host patterns, tags and ports. A device is covered when every kind the scope lists
 *   matches: its host one of the patterns, one of its tags one of the scope's, its port one of the
 *   ports. A scope with neither host patterns nor tags is no scope: the set may be used on any host.
 */
import net from 'node:net';
import { z } from 'zod';

export interface CredentialSetScope {
  hosts: string[];
  tags: string[];
  ports: number[];
}

/** What a scope is checked against: the device as it will be connected to. */
export interface ScopeTarget {
  host: string;
  port: number;
  tags: readonly string[];
}

export const anyHost: CredentialSetScope = { hosts: [], tags: [], ports: [] };

/** False when the set may be used on any host. */
export function isScoped(scope: CredentialSetScope): boolean {
  return scope.hosts.length > 0 || scope.tags.length > 0;
}

const dnsLabel = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

function isDnsName(value: string): boolean {
  if (!value || value.length > 253) return false;
  const labels = value.split('.');
  return labels.every((label) => dnsLabel.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}

/** Lower case, without a trailing dot or IPv6 brackets: how hosts and patterns are compared. */
export function normalizeHost(value: string): string {
  let host = value.trim().toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host.endsWith('.') && !net.isIP(host)) host = host.slice(0, -1);
  return host;
}

type HostMatcher = (host: string) => boolean;

const familyOf = (address: string) => (net.isIPv6(address) ? 'ipv6' : 'ipv4');

function addressMatcher(add: (list: net.BlockList) => void): HostMatcher {
  const list = new net.BlockList();
  add(list);
  return (host) => net.isIP(host) !== 0 && list.check(host, familyOf(host));
}

/** The matcher of one normalized pattern, or why the pattern is not one. */
function compileHostPattern(pattern: string): HostMatcher | string {
  if (pattern.includes('/')) {
    const [address, bits, ...rest] = pattern.split('/');
    const family = net.isIP(address);
    const prefix = /^\d{1,3}$/.test(bits ?? '') ? Number(bits) : NaN;
    if (rest.length || family === 0 || !(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) {
      return `"${pattern}" is not a CIDR such as 10.0.0.0/8 or 2001:db8::/32`;
    }
    return addressMatcher((list) => list.addSubnet(address, prefix, familyOf(address)));
  }
  if (net.isIP(pattern)) {
    if (pattern.includes('%')) return `"${pattern}" names an IPv6 zone; give the address without it`;
    return addressMatcher((list) => list.addAddress(pattern, familyOf(pattern)));
  }
  if (pattern === '*') return '"*" would allow any host; leave the host patterns empty instead';
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    if (!isDnsName(suffix.slice(1))) return `"${pattern}" is not a wildcard such as *.net.example.com`;
    return (host) => net.isIP(host) === 0 && host.endsWith(suffix) && host.length > suffix.length;
  }
  if (!isDnsName(pattern)) return `"${pattern}" is not a host name, IP address, wildcard (*.example.com) or CIDR`;
  return (host) => host === pattern;
}

/** Why a host pattern is refused, or null when it is one. */
export function hostPatternError(pattern: string): string | null {
  const compiled = compileHostPattern(normalizeHost(pattern));
  return typeof compiled === 'string' ? compiled : null;
}

/**
 * Compiles a scope once (a run checks many devices against a few sets) into a test of targets.
 * Patterns that no longer compile match nothing.
 */
export function scopeMatcher(scope: CredentialSetScope): (target: ScopeTarget) => boolean {
  if (!isScoped(scope) && scope.ports.length === 0) return () => true;
  const hosts = scope.hosts.map((pattern) => compileHostPattern(normalizeHost(pattern))).filter((m): m is HostMatcher => typeof m !== 'string');
  return (target) => {
    const host = normalizeHost(target.host);
    if (scope.hosts.length > 0 && !hosts.some((matches) => matches(host))) return false;
    if (scope.tags.length > 0 && !target.tags.some((tag) => scope.tags.includes(tag))) return false;
    if (scope.ports.length > 0 && !scope.ports.includes(target.port)) return false;
    return true;
  };
}

export function scopeCovers(scope: CredentialSetScope, target: ScopeTarget): boolean {
  return scopeMatcher(scope)(target);
}

/** "hosts 10.0.0.0/8, *.net.example.com; tags core; ports 22", for error messages. */
export function describeScope(scope: CredentialSetScope): string {
  if (!isScoped(scope) && scope.ports.length === 0) return 'any host';
  const parts: string[] = [];
  if (scope.hosts.length) parts.push(`hosts ${scope.hosts.join(', ')}`);
  if (scope.tags.length) parts.push(`tags ${scope.tags.join(', ')}`);
  if (scope.ports.length) parts.push(`ports ${scope.ports.join(', ')}`);
  return parts.join('; ');
}

/** "10.0.0.5 port 22" or "[2001:db8::5] port 22 (tags core, dc)". */
export function describeTarget(target: ScopeTarget): string {
  const host = net.isIPv6(target.host) ? `[${target.host}]` : target.host;
  return `${host} port ${target.port}${target.tags.length ? ` (tags ${target.tags.join(', ')})` : ' (no tags)'}`;
}

/** Omitted or null: none; each value once. */
const unique = <T>(values: T[] | null | undefined): T[] => [...new Set(values ?? [])];

/** A scope as an admin gives it; lists are deduplicated, host patterns normalized. */
export const credentialSetScopeInput = z
  .object({
    hosts: z
      .array(
        z
          .string()
          .max(256, 'is longer than 256 characters')
          .transform(normalizeHost)
          .superRefine((pattern, issue) => {
            const error = hostPatternError(pattern);
            if (error) issue.addIssue({ code: 'custom', message: error });
          }),
      )
      .max(500, 'lists more than 500 host patterns')
      .nullish()
      .transform(unique),
    tags: z
      .array(z.string().trim().min(1, 'must not be empty').max(64).regex(/^[A-Za-z0-9._:-]+$/, 'may contain letters, digits and . _ : - only'))
      .max(100, 'lists more than 100 tags')
      .nullish()
      .transform(unique),
    ports: z
      .array(z.number().int('must be a whole number').min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535'))
      .max(100, 'lists more than 100 ports')
      .nullish()
      .transform(unique),
  })
  .refine((scope) => scope.ports.length === 0 || isScoped(scope), {
    message: 'limit hosts or tags too: ports alone would still let the set be used on any host',
    path: ['ports'],
  });
