/**
 * Cisco Wireless LAN Controllers on AireOS (2500, 3500, 5500, 8500, vWLC): the login asked again
 * inside the shell, `(Cisco Controller) >`, `config paging disable`, `show run-config commands`.
 */
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, value } from '../shared/secrets.ts';

const v = spacedValue;
/** `config snmp community <verb…> NAME`: every command that names a community. */
const communityVerbs = String.raw`(?:create|delete|accessmode r[ow]|ipaddr \S+ \S+|ipv6mode (?:enable|disable)|mode (?:enable|disable))`;

export const ciscoAireos = definePlatform({
  id: 'cisco-aireos',
  name: 'Cisco AireOS WLC',
  description: 'Cisco Wireless LAN Controllers on AireOS (2504, 3504, 5520, 8540, vWLC).',
  channel: 'shell',
  // `(Cisco Controller) >`, or the system name once `config prompt` set one.
  prompt: /^\([^)\n]+\) ?>$/,
  dialogs: [
    { name: 'username', pattern: /^User:\s*$/, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*\**$/, answer: { credential: 'password' } },
  ],
  setup: ['config paging disable'],
  // `logout` asks whether to save unsaved changes; a backup never saves.
  teardown: ['logout', 'N'],
  // `--More-- or (q)uit`, and `show run-config` waits for Enter even with paging off.
  pagers: [pagers.more, { name: 'press-enter', prompt: /Press Enter to continue\.*/, answer: '\n' }],
  noise: [],
  redactions: [
    // `config mgmtuser add NAME PASSWORD read-write`, `config netuser add NAME PASSWORD wlan 1 …`
    redaction('user-password', String.raw`^config (?:mgmtuser|netuser) add \S+${v}`),
    redaction('user-password', String.raw`^config (?:mgmtuser|netuser) password \S+${v}`),
    // `config ap mgmtuser add username U password P secret S all`, `config ap 802.1Xuser add username U password P all`
    redaction('ap-password', String.raw`(?<![\w-])(?:password|secret)(?<=^config ap (?:mgmtuser|802\.1Xuser) add [^\n]*)${v}`),
    // `config radius auth add 1 10.0.0.5 1812 ascii SECRET`, `config tacacs athr add 1 A 49 hex SECRET`
    redaction('aaa-key', String.raw`^config (?:radius (?:auth|acct)|tacacs (?:auth|acct|athr)) add \d+ \S+ \d+ (?:ascii|hex)${v}`),
    // `config radius auth keywrap add ascii KEK MACK 1`
    redaction('aaa-key', String.raw`^config radius auth keywrap add (?:ascii|hex)${v}`),
    redaction('aaa-key', String.raw`^config radius auth keywrap add (?:ascii|hex) \S+${v}`),
    // SNMP communities are names: every command that names one, and v2 trap receivers
    redaction('snmp-community', String.raw`^config snmp community ${communityVerbs}${v}`),
    redaction('snmp-community', String.raw`^config snmp trapreceiver (?:create|mode (?:enable|disable)|ipv6mode (?:enable|disable)|delete)${v}`),
    // `config snmp v3user create U rw hmacsha aescfb128 AUTHKEY PRIVKEY`
    redaction('snmp-user', String.raw`^config snmp v3user create \S+ r[ow] \S+ \S+${v}`),
    redaction('snmp-user', String.raw`^config snmp v3user create \S+ r[ow] \S+ \S+ \S+${v}`),
    // `config wlan security wpa akm psk set-key ascii KEY 1`, static WEP keys
    redaction('wpa-psk', String.raw`^config wlan security wpa akm psk set-key (?:ascii|hex)${v}`),
    redaction('wep-key', String.raw`^config wlan security static-wep-key encryption \d+ \d+ (?:ascii|hex)${v}`),
    // `config time ntp key-auth add 1 md5 ascii KEY`
    redaction('ntp-key', String.raw`^config time ntp key-auth add \d+ \S+ (?:ascii|hex)${v}`),
    // `config ldap simple-bind authenticated 1 USER PASSWORD`
    redaction('ldap-password', String.raw`^config ldap simple-bind authenticated \d+ \S+${v}`),
    // `config cts device-id ID password P`, `config mesh security psk … key`, `config network … secret`
    redaction('password', String.raw`(?<![\w-])(?:password|secret|psk|passphrase)(?<=^config [^\n]*)[ \t]+(?!(?:enable|disable|ascii|hex|add|delete|none|set-key)(?:[ \t]|$))${value}`),
  ],
  volatile: [
    // Ad hoc and client rogues the controller saw, listed among the commands and gone the next time.
    { name: 'rogue-entry', pattern: /^rogue (?:adhoc|client) (?:alert|Unknown) [\da-f]{2}:/ },
  ],
  errors: [
    { name: 'incorrect-usage', pattern: /^Incorrect usage\./m },
    { name: 'incorrect-input', pattern: /^Incorrect input!/m },
    { name: 'permission-denied', pattern: /^Permission denied\./m },
  ],
  detect: {
    banner: /^\(Cisco Controller\)\s*$/m,
    command: 'show sysinfo',
    pattern: /^Product Name\.+ Cisco Controller$/m,
  },
  methods: [
    {
      key: 'cisco-aireos',
      friendlyName: 'Cisco AireOS run-config commands',
      description: 'show run-config commands: the configuration as the config commands that rebuild it.',
      commands: [{ command: 'show run-config commands', artifact: 'run-config' }],
    },
  ],
});
