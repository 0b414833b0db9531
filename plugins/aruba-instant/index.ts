/**
 * Aruba Instant APs and their virtual controller: `host# `, `show running-config no-encrypt`,
 * which prints every key in clear text, so redaction carries the weight here.
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

const v = spacedValue;

export const arubaInstant = definePlatform({
  id: 'aruba-instant',
  name: 'Aruba Instant AP',
  description: 'Aruba Instant access points and the Instant virtual controller (IAP 6.x and 8.x).',
  channel: 'shell',
  prompt: /^ ?[\w:.@()-]+[#>]$/,
  dialogs: [
    { name: 'username', pattern: /^User:\s*$/, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*$/, answer: { credential: 'password' } },
  ],
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  setup: [],
  teardown: ['exit'],
  pagers: [pagers.more],
  noise: [],
  redactions: [
    ...ciscoLikeRedactions,
    // `virtual-controller-key X`, AirWave `ams-key X`, Central `cloud-activation-key`
    redaction('controller-key', String.raw`^[ \t]*(?:virtual-controller-key|ams-key|ams-backup-key)${v}`),
    // `hash-mgmt-user NAME password hash X [usertype read-only]`, `mgmt-user NAME X [read-only]`
    redaction('user-password', String.raw`^[ \t]*hash-mgmt-user \S+ password (?:hash|cleartext)${v}`),
    redaction('user-password', String.raw`^[ \t]*mgmt-user \S+${v}`),
    // SSID profiles: ` wpa-passphrase X`, ` wep-key 1 X`; mesh `mesh-passphrase`
    redaction('wpa-passphrase', String.raw`^[ \t]*(?:wpa-passphrase|mesh-passphrase)${v}`),
    redaction('wep-key', String.raw`^[ \t]*wep-key [1-4]${v}`),
    // `wlan auth-server`, `wlan tacacs-server`, `wlan ldap-server`: ` key X`, ` admin-password X`
    redaction('key', String.raw`^[ \t]*key${v}`),
    redaction('ldap-password', String.raw`^[ \t]*admin-password${v}`),
    // PPPoE and 3G/4G uplinks, L2TPv3, VPN: ` password X`, ` secret X`, `pppoe-chap-secret X`
    redaction('password', String.raw`^[ \t]*(?:pppoe-(?:chap-)?(?:password|secret)|pppoe-passwd|chap-secret|hostname-password)${v}`),
    // IPsec to a controller: `… ipsec X`, `ike-psk X`
    redaction('ike-psk', String.raw`(?<![\w-])(?:ipsec|ike-psk|psk)(?=[ \t]+\S+[ \t]*$)${v}`),
    // SNMPv3: `snmp-server user NAME AUTH-PROT PASS PRIV-PROT PASS`
    redaction('snmp-user', String.raw`^[ \t]*snmp-server user \S+ (?:md5|sha)${v}`),
    redaction('snmp-user', String.raw`^[ \t]*snmp-server user \S+ (?:md5|sha) \S+ (?:des|aes)${v}`),
    // SNMPv2 trap hosts: `snmp-server host A version 2c COMMUNITY [inform]`
    redaction('snmp-community', String.raw`^[ \t]*snmp-server host \S+ version (?:1|2c)${v}`),
  ],
  // The virtual controller prints its clock and uptime nowhere in the configuration.
  volatile: [],
  errors: [
    ...ciscoLikeErrors,
    { name: 'parse-error', pattern: /^% ?Parse error/m },
    { name: 'unknown-command', pattern: /^Invalid input detected at /m },
  ],
  detect: {
    command: 'show version',
    pattern: /^ArubaOS \(MODEL: [\s\S]*^AP uptime is /m,
  },
  methods: [
    {
      key: 'aruba-instant',
      friendlyName: 'Aruba Instant running config',
      description: 'show running-config no-encrypt (keys in clear text, redacted unless the device keeps secrets).',
      commands: [{ command: 'show running-config no-encrypt', artifact: 'running-config' }],
    },
  ],
});
