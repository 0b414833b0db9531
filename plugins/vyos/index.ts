/** VyOS: the configuration as set commands. */
import { definePlatform } from '../platform.ts';
import { pagers, privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue, urlPassword } from '../shared/secrets.ts';

/** `keyword 'value'`: `show configuration commands` quotes every value. */
const after = (name: string, keywords: string) => redaction(name, String.raw`(?<![\w-])(?:${keywords})${spacedValue}`);

export const vyos = definePlatform({
  id: 'vyos',
  name: 'VyOS',
  description: 'VyOS routers.',
  detect: { banner: /Welcome to VyOS/, command: 'show version', pattern: /^Version:\s+VyOS \d/m },
  channel: 'shell',
  prompt: /@\S+:\S*[$#]$/,
  setup: ['set terminal length 0', 'set terminal width 0'],
  teardown: ['exit'],
  pagers: [pagers.lessLines],
  noise: [],
  redactions: [
    privateKeyBlock,
    // login and SNMPv3 users
    after('user-password', 'encrypted-password|plaintext-password'),
    // BGP neighbors, VRRP groups, PPPoE, dynamic DNS and local VPN users
    after('password', 'password'),
    // IPsec `pre-shared-secret 'X'` (1.3) and `authentication psk NAME secret 'X'` (1.4)
    after('ike-psk', 'pre-shared-secret|secret'),
    // WireGuard `private-key` and peer `preshared-key`, PKI `private key`
    after('private-key', 'private-key|preshared-key|private key'),
    // wifi `security wpa passphrase`
    after('wireless-psk', 'passphrase'),
    // RADIUS/TACACS+ `server X key`, OSPF `md5-key`, HTTPS API `keys id X key`; SSH and PKI public keys stay
    redaction('key', String.raw`(?<![\w-]|public |public-keys \S+ )(?:md5-key|key)${spacedValue}`),
    // `service snmp community 'X'` and `trap-target X community 'Y'`; route-map communities stay
    redaction('snmp-community', String.raw`^set service snmp (?:[^\n]* )?community${spacedValue}`),
    // commit-archive locations and other URLs: `scp://user:password@host/path`
    urlPassword,
  ],
  volatile: [],
  errors: [
    { name: 'invalid-command', pattern: /^\s*Invalid command: /m },
    { name: 'not-valid', pattern: /^Configuration path: .* is not valid/m },
  ],
  methods: [
    {
      key: 'vyos',
      friendlyName: 'VyOS configuration commands',
      description: 'show configuration commands.',
      commands: [{ command: 'show configuration commands', artifact: 'configuration' }],
    },
  ],
});
