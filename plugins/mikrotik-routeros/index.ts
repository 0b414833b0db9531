/** MikroTik RouterOS over exec channels: `/export` as text. */
import { definePlatform, type Redaction } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, value } from '../shared/secrets.ts';

/** A value, also on the next line when the export wraps right after `=` (`key=\` + newline). */
const wrappedValue = String.raw`(?:\\\n[ \t]+)?${value}`;

/** `key=value` for the keys given, with any prefix: `wpa2-pre-shared-key=`, `tcp-md5-key=`. */
const routerosValue = (name: string, keys: string): Redaction => redaction(name, String.raw`(?<![\w-])(?:[\w-]*-)?(?:${keys})=${wrappedValue}`);

export const mikrotikRouteros = definePlatform({
  id: 'mikrotik-routeros',
  name: 'MikroTik RouterOS',
  description: 'MikroTik routers running RouterOS 6 or 7.',
  detect: { banner: /MikroTik RouterOS \d/, command: '/system resource print', pattern: /^\s*platform: MikroTik/m },
  channel: 'exec',
  prompt: /^\[[\w.-]+@[\w.-]+\] > $/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    privateKeyBlock,
    // /user, /ppp secret, PPPoE/OVPN clients, e-mail; SNMP `authentication-password`, `encryption-password`
    routerosValue('user-password', 'password'),
    // /radius, IPsec identities, L2TP `ipsec-secret`, GRE/EoIP `ipsec-secret`
    routerosValue('shared-secret', 'secret'),
    routerosValue('wireless-psk', 'pre-shared-key|passphrase|psk|management-protection-key|static-key-[0-3]'),
    // WireGuard `private-key` and peer `preshared-key`; `public-key` stays
    routerosValue('private-key', 'private-key|preshared-key'),
    // BGP `tcp-md5-key`, OSPF v7 `auth-key`, v6 `authentication-key`
    routerosValue('routing-key', 'md5-key|auth-key|authentication-key'),
    // `/snmp community` entries are named by their community string; `/snmp set trap-community=`
    redaction('snmp-community', String.raw`(?<![\w-])name=(?<=^/snmp community\n(?:[^/\n][^\n]*\n)*[^\n]*name=)${wrappedValue}`),
    routerosValue('snmp-community', 'trap-community'),
  ],
  volatile: [
    // `# 2024-10-25 06:08:35 by RouterOS 7.10.1` (v7), `# jan/02/2024 10:00:00 by RouterOS 6.49.10` (v6)
    { name: 'export-header', pattern: /^# \S+ \S+ by RouterOS / },
    // status comments RouterOS writes into the export while a condition lasts
    { name: 'poe-status', pattern: /^[ \t]*# poe-out status: / },
    { name: 'not-ready', pattern: /^[ \t]*# \S+ not ready$/ },
    { name: 'inactive-time', pattern: /^[ \t]*# inactive time/ },
    { name: 'bad-format', pattern: /^[ \t]*# received packet from \S+ bad format/ },
    { name: 'restart-notice', pattern: /^[ \t]*# .*please (?:restart|reboot)/i },
    { name: 'interface-not-active', pattern: /^[ \t]*# Interface not active/ },
  ],
  errors: [
    { name: 'bad-command', pattern: /^bad command name/m },
    { name: 'expected-end', pattern: /^expected end of command/m },
    { name: 'syntax-error', pattern: /^syntax error/m },
    { name: 'failure', pattern: /^failure: /m },
  ],
  methods: [
    {
      key: 'mikrotik-routeros',
      friendlyName: 'MikroTik RouterOS export',
      description: '/export as text; secrets redacted.',
      commands: [{ command: '/export', artifact: 'export.rsc' }],
    },
  ],
});
