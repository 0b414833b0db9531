/**
 * Juniper (NetScreen) ScreenOS firewalls: prompt `host->` (`host(M)->` on an HA master,
 * `host(vsys1)->` inside a virtual system), `set console page 0`, `get config`.
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

export const juniperScreenos = definePlatform({
  id: 'juniper-screenos',
  name: 'Juniper ScreenOS',
  description: 'Juniper NetScreen and SSG firewalls running ScreenOS 5 and 6.',
  channel: 'shell',
  prompt: /^[\w.-]+(?:\([\w.-]+\))?->$/,
  setup: ['set console page 0'],
  teardown: ['exit'],
  pagers: [{ name: 'more', prompt: /--- more ---/, answer: ' ' }],
  noise: [{ name: 'config-size', pattern: /^Total Config size \d+:$/ }],
  // ScreenOS quotes values and stores secrets as its own reversible encoding (`nKVUM2rw…`).
  redactions: [
    privateKeyBlock,
    // `set admin password "X"`, `set admin user "u" password "X" privilege "all"`, `set user "u" password "X"`
    redaction('user-password', String.raw`^set (?:admin(?: user "[^"\n]*")?|user "[^"\n]*")[ \t]+password${spacedValue}`),
    // `set auth-server "r1" radius secret "X"`, `set auth-server "t1" tacacs secret "X"`
    redaction('auth-server-secret', String.raw`^set auth-server "[^"\n]*"[^\n]*?[ \t]secret${spacedValue}`),
    // `set ike gateway "gw" address 192.0.2.1 Main outgoing-interface "e0/0" preshare "X" sec-level standard`
    redaction('ike-psk', String.raw`^set ike gateway "[^"\n]*"[^\n]*?[ \t]preshare${spacedValue}`),
    // `set vpn "v" manual 256 256 gateway 192.0.2.1 … esp 3des password "X" auth sha-1 password "Y"`
    redaction('vpn-key', String.raw`(?<![\w-])(?:password|key)(?<=^set vpn "[^\n]*)${spacedValue}`),
    // `set snmp community "X" Read-Write Trap-on traffic version any`, `set snmp host "X" 192.0.2.5 …`
    redaction('snmp-community', String.raw`^set snmp (?:community|host)${spacedValue}`),
    // SNMPv3 users: `set snmpv3 user "u" local-engine authentication sha "X" privacy aes128 "Y"`
    redaction(
      'snmp-user',
      String.raw`(?<![\w-])(?:authentication|privacy|auth-password|priv-password)(?<=^set snmpv3 [^\n]*)(?:[ \t]+(?:md5|sha|des|aes\w*))?${spacedValue}`,
    ),
    // routing: `set neighbor 192.0.2.2 md5-authentication "X"`, `set interface e0/0 protocol ospf authentication md5 "X" key-id 1`,
    // `… authentication password "X"`, RIP `set interface e0/0 protocol rip authentication md5 "X" key-id 1`
    redaction('routing-key', String.raw`(?<![\w-])(?:md5-authentication|authentication md5|authentication password)${spacedValue}`),
    // `set ntp server key-id 1 preshare-key "X"`
    redaction('ntp-key', String.raw`(?<![\w-])preshare-key${spacedValue}`),
  ],
  volatile: [],
  errors: [
    { name: 'unknown-keyword', pattern: /\^-+unknown keyword/m },
    { name: 'incomplete', pattern: /\^-+(?:incomplete command|command incomplete)/m },
  ],
  detect: {
    banner: /^[\w.-]+(?:\([\w.-]+\))?-> ?$/m,
    command: 'get system',
    pattern: /Software Version: \d+\.\d+\.\d+[\w.-]*, Type: Firewall\+VPN|^Product Name: (?:SSG|NS|ISG)/m,
  },
  methods: [
    {
      key: 'juniper-screenos',
      friendlyName: 'ScreenOS configuration',
      description: 'get config after set console page 0.',
      commands: [{ command: 'get config', artifact: 'configuration' }],
    },
  ],
});
