/** ArubaOS 6 and 8 mobility controllers and conductors: `(host) [mynode] #`, `no paging`. */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, value } from '../shared/secrets.ts';

const v = spacedValue;

/**
 * ArubaOS secrets besides the Cisco-like ones (`snmp-server community`, `snmp-server host …
 * version 2c X`, `pre-shared-key`). ArubaOS prints most of them quoted and, unless
 * `encrypt disable` was given, already masked; the rules replace the value either way.
 */
export const arubaosRedactions = [
  ...ciscoLikeRedactions,
  // `mgmt-user NAME ROLE HASH [node /]`: the hash is the third word
  redaction('user-password', String.raw`^[ \t]*mgmt-user \S+ (?!password\b)\S+${v}`),
  // RADIUS, TACACS+ and LDAP servers, NTP and VRRP: a line that is only `key X`
  redaction('key', String.raw`^[ \t]*key${v}`),
  redaction('ldap-password', String.raw`^[ \t]*admin-passwd${v}`),
  // VPN dialer `ike authentication pre-share X`, `crypto isakmp key X address A netmask M`
  redaction('ike-psk', String.raw`(?<![\w-])pre-share(?<=^[ \t]*ike authentication pre-share)${v}`),
  redaction('ike-psk', String.raw`^[ \t]*crypto (?:isakmp|ikev2) key${v}`),
  // `masterip A ipsec KEY`, `localip A ipsec KEY`, conductor redundancy `peer-ip-address A ipsec KEY`
  redaction(
    'ipsec-key',
    String.raw`(?<![\w-])ipsec(?<=^[ \t]*(?:masterip|localip|peer-ip-address|cluster-member-ip|controller-ip)\b[^\n]*)${v}`,
  ),
  // AP system profile: console and backup passwords
  redaction('ap-password', String.raw`^[ \t]*(?:ap-console-password|bkup-passwords|ap-password)${v}`),
  // SSID profiles: WPA passphrase and WEP keys
  redaction('wpa-passphrase', String.raw`^[ \t]*(?:wpa-passphrase|wpa-hexkey|wepkey[1-4]|mesh-passphrase)${v}`),
  // `vrrp N` block: ` authentication X` (an ISAKMP policy's `authentication pre-share` stays)
  redaction(
    'vrrp-key',
    String.raw`^[ \t]*authentication(?<=^vrrp \d+[^\n]*\n(?:[^!\n][^\n]*\n){0,50}[ \t]*authentication)${v}`,
  ),
  // `ip ospf authentication-key X`, `ip ospf message-digest-key 1 md5 X` are Cisco-like; PPPoE and PAP
  redaction('ppp-password', String.raw`^[ \t]*(?:ip )?pppoe-password${v}`),
  redaction('ppp-password', String.raw`^[ \t]*pppoe-service-name \S+ pppoe-password${v}`),
  // RADIUS `radius-server NAME` blocks on 8.x: ` key X` is above; dynamic authorization ` dac-key`
  redaction('radius-key', String.raw`^[ \t]*(?:cppm-key|dac-key|shared-secret)${v}`),
  // `snmp-server user NAME auth-prot sha AUTH priv-prot AES PRIV`
  redaction(
    'snmp-user',
    String.raw`(?<![\w-])(?:auth-prot|priv-prot)[ \t]+\S+(?<=^[ \t]*snmp-server user[^\n]*)[ \t]+${value}`,
  ),
];

export const arubaos = definePlatform({
  id: 'arubaos',
  name: 'ArubaOS controller',
  description: 'ArubaOS 6 and 8 mobility controllers and conductors (Aruba 7000/7200/9000, MM-VA).',
  channel: 'shell',
  // `(host) #`, `(host) [mynode] #`, `(host) *[mynode] #` with unsaved changes, `(host) >` before enable.
  prompt: /^\(.+\) ?[*^]?(?:\[[^\]\n]+\] ?)?[#>]$/,
  dialogs: [
    { name: 'username', pattern: /^User:\s*$/, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*$/, answer: { credential: 'password' } },
  ],
  privilege: { command: 'enable', passwordPrompt: /^Password:\s*$/, privilegedPrompt: /#$/ },
  setup: ['no paging'],
  teardown: ['exit'],
  pagers: [
    { name: 'more-search', prompt: /--More-- \(q\) quit \(u\) pageup \(\/\) search \(n\) repeat/, answer: ' ' },
    pagers.more,
  ],
  noise: [{ name: 'building-configuration', pattern: /^Building Configuration\.\.\.$/ }],
  redactions: arubaosRedactions,
  volatile: [],
  errors: [
    ...ciscoLikeErrors,
    { name: 'parse-error', pattern: /^% ?Parse error/m },
    { name: 'not-supported', pattern: /^Command is not supported/m },
  ],
  detect: {
    // The privileged prompt; AireOS's `(Cisco Controller) >` is a user prompt.
    banner: /^\([^)\n]+\) ?[*^]?(?:\[[^\]\n]+\] ?)?#\s*$/m,
    command: 'show version',
    // Instant APs print the same header with `AP uptime is`.
    pattern: /^ArubaOS \(MODEL: [\s\S]*^Switch uptime is /m,
  },
  methods: [
    {
      key: 'arubaos',
      friendlyName: 'ArubaOS running config',
      description: 'show running-config from a mobility controller or conductor.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
