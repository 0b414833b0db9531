import { describe, expect, test } from 'vitest';
import { anyHost, credentialSetScopeInput, hostPatternError, isScoped, scopeCovers, type CredentialSetScope } from './scope.ts';

const scope = (partial: Partial<CredentialSetScope>): CredentialSetScope => ({ ...anyHost, ...partial });
const at = (host: string, port = 22, tags: string[] = []) => ({ host, port, tags });

describe('F4: credential set scope matcher', () => {
  test('F4: a scope with neither hosts nor tags covers any host', () => {
    expect(isScoped(anyHost)).toBe(false);
    expect(scopeCovers(anyHost, at('203.0.113.66', 2222))).toBe(true);
    expect(scopeCovers(anyHost, at('evil.example.org'))).toBe(true);
  });

  test('F4: IPv4 CIDRs and addresses match IPv4 hosts (and IPv4-mapped IPv6) only inside them', () => {
    const s = scope({ hosts: ['10.20.0.0/16', '192.0.2.7'] });
    expect(isScoped(s)).toBe(true);
    expect(scopeCovers(s, at('10.20.0.1'))).toBe(true);
    expect(scopeCovers(s, at('10.20.255.254'))).toBe(true);
    expect(scopeCovers(s, at('::ffff:10.20.3.4'))).toBe(true);
    expect(scopeCovers(s, at('10.21.0.1'))).toBe(false);
    expect(scopeCovers(s, at('192.0.2.7'))).toBe(true);
    expect(scopeCovers(s, at('192.0.2.8'))).toBe(false);
    expect(scopeCovers(s, at('127.0.0.1'))).toBe(false);
    expect(scopeCovers(scope({ hosts: ['0.0.0.0/0'] }), at('198.51.100.1'))).toBe(true);
    expect(scopeCovers(scope({ hosts: ['10.0.0.5/32'] }), at('10.0.0.6'))).toBe(false);
  });

  test('F4: IPv6 CIDRs and addresses match whatever way the address is written', () => {
    const s = scope({ hosts: ['2001:db8:aa::/48', '2001:db8::1'] });
    expect(scopeCovers(s, at('2001:db8:aa::1'))).toBe(true);
    expect(scopeCovers(s, at('2001:DB8:AA:0:0:0:0:ff'))).toBe(true);
    expect(scopeCovers(s, at('[2001:db8:aa:1::2]'))).toBe(true);
    expect(scopeCovers(s, at('2001:db8:ab::1'))).toBe(false);
    expect(scopeCovers(s, at('2001:0db8:0000::0001'))).toBe(true);
    expect(scopeCovers(s, at('2001:db8::2'))).toBe(false);
    expect(scopeCovers(s, at('fe80::1%eth0'))).toBe(false);
    // An IPv4 CIDR says nothing of IPv6 hosts, and the other way round.
    expect(scopeCovers(scope({ hosts: ['0.0.0.0/0'] }), at('2001:db8::1'))).toBe(false);
    expect(scopeCovers(scope({ hosts: ['::/0'] }), at('2001:db8::1'))).toBe(true);
  });

  test('F4: names match exactly, any case, trailing dot or not; wildcards match names under them only', () => {
    const s = scope({ hosts: ['core-1.net.example.com', '*.dc.example.com'] });
    expect(scopeCovers(s, at('core-1.net.example.com'))).toBe(true);
    expect(scopeCovers(s, at('CORE-1.Net.Example.com.'))).toBe(true);
    expect(scopeCovers(s, at('core-2.net.example.com'))).toBe(false);
    expect(scopeCovers(s, at('sw1.dc.example.com'))).toBe(true);
    expect(scopeCovers(s, at('a.b.dc.example.com'))).toBe(true);
    expect(scopeCovers(s, at('dc.example.com'))).toBe(false);
    expect(scopeCovers(s, at('sw1.dc.example.com.evil.org'))).toBe(false);
    expect(scopeCovers(s, at('evildc.example.com'))).toBe(false);
    // Names never match addresses: a CIDR is needed for those.
    expect(scopeCovers(scope({ hosts: ['*.example.com'] }), at('10.0.0.1'))).toBe(false);
    expect(scopeCovers(scope({ hosts: ['10.0.0.0/8'] }), at('router.example.com'))).toBe(false);
  });

  test('F4: tags need one shared tag; every kind the scope lists must match, ports included', () => {
    const tagged = scope({ tags: ['core', 'pci'] });
    expect(isScoped(tagged)).toBe(true);
    expect(scopeCovers(tagged, at('10.0.0.1', 22, ['edge', 'pci']))).toBe(true);
    expect(scopeCovers(tagged, at('10.0.0.1', 22, ['edge']))).toBe(false);
    expect(scopeCovers(tagged, at('10.0.0.1', 22, ['Core']))).toBe(false);

    const all = scope({ hosts: ['10.0.0.0/8'], tags: ['core'], ports: [22, 830] });
    expect(scopeCovers(all, at('10.1.1.1', 22, ['core']))).toBe(true);
    expect(scopeCovers(all, at('10.1.1.1', 830, ['core']))).toBe(true);
    expect(scopeCovers(all, at('10.1.1.1', 2222, ['core']))).toBe(false);
    expect(scopeCovers(all, at('10.1.1.1', 22, []))).toBe(false);
    expect(scopeCovers(all, at('11.1.1.1', 22, ['core']))).toBe(false);
  });

  test('F4: malformed patterns are refused with the reason, and never match', () => {
    for (const pattern of ['*', '10.0.0.0/33', '2001:db8::/129', '10.0.0/8', 'a*.example.com', '*.', 'bad host', '10.0.0.0/8/1', '999.1.1.1', 'fe80::1%eth0']) {
      expect(hostPatternError(pattern), pattern).not.toBeNull();
    }
    for (const pattern of ['10.0.0.0/8', '2001:db8::/32', '[2001:db8::1]', '*.net.example.com', 'router-1', 'Core.Example.com.']) {
      expect(hostPatternError(pattern), pattern).toBeNull();
    }
    expect(scopeCovers(scope({ hosts: ['10.0.0.0/33'] }), at('10.0.0.1'))).toBe(false);
  });

  test('F4: scope input is normalized, deduplicated, and ports alone are refused', () => {
    const parsed = credentialSetScopeInput.parse({ hosts: [' Core.Example.com. ', 'core.example.com', '[2001:db8::1]'], tags: ['a', 'a'], ports: [22, 22] });
    expect(parsed).toEqual({ hosts: ['core.example.com', '2001:db8::1'], tags: ['a'], ports: [22] });
    expect(credentialSetScopeInput.parse({ hosts: null, tags: undefined })).toEqual(anyHost);
    const portsOnly = credentialSetScopeInput.safeParse({ ports: [22] });
    expect(portsOnly.success).toBe(false);
    expect(portsOnly.error?.issues[0].path).toEqual(['ports']);
    const bad = credentialSetScopeInput.safeParse({ hosts: ['10.0.0.0/8', '*'] });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['hosts', 1], message: expect.stringContaining('any host') });
  });
});
