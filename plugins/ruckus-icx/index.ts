/**
 * Ruckus ICX and Brocade/Foundry FastIron switches: `SSH@host#`, `skip-page-display`,
 * `show running-config`. Stacks keep one prompt for the whole stack.
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, typedValue } from '../shared/secrets.ts';

export const ruckusIcx = definePlatform({
  id: 'ruckus-icx',
  name: 'Ruckus ICX / FastIron',
  description: 'Ruckus ICX and Brocade/Foundry FastIron and IronWare switches.',
  detect: {
    banner: /^SSH@\S[^\n]*[>#]\s*$/m,
    command: 'show version',
    pattern: /Copyright \(c\) (?:Ruckus|CommScope|Brocade|Foundry)[\s\S]*?SW: Version \d|^\s*HW: Stackable ICX/m,
  },
  channel: 'shell',
  // `SSH@ICX7150-48ZP Router#`, `SSH@core-stack>`; the hostname may hold spaces and `#`.
  prompt: /(?:SSH|telnet)@\S.*[>#]$/i,
  // Under `aaa authentication enable`, `enable` asks `User Name:` first (Netmiko's FastIron driver
  // also answers `Login`).
  privilege: { command: 'enable', usernamePrompt: /^(?:User Name|Login):\s*$/i, passwordPrompt: /^Password:\s*$/i, privilegedPrompt: /#$/ },
  setup: ['skip-page-display'],
  teardown: ['exit', 'exit'],
  pagers: [{ name: 'fastiron-more', prompt: /--More--, next page: Space, next line: Return key, quit: Control-c/, answer: ' ' }, pagers.more],
  noise: [{ name: 'header', pattern: /^Current configuration:$/ }],
  // FastIron's own forms first: the Cisco rules would take a type word such as `2` for the value.
  redactions: [
    // `enable super-user-password 8 $1$…`, `enable port-config-password …`, `enable read-only-password …`
    redaction('enable-secret', String.raw`^[ \t]*enable (?:super-user|port-config|read-only)-password${typedValue}`),
    // `ntp` → ` authentication-key key-id 1 md5 2 $…`
    redaction('ntp-key', String.raw`^[ \t]*authentication-key key-id \d+ (?:md5|sha1)${typedValue}`),
    // ` ip ospf md5-authentication key-id 1 key 2 $…`, ` ip ospf authentication-key 2 $…`
    redaction('ospf-key', String.raw`^[ \t]*(?:ip |ipv6 )?ospf (?:md5-authentication key-id \d+ key|authentication-key)${typedValue}`),
    // `radius-server host … key 2 $…`, `tacacs-server key 2 $…` as ciscoLike; FastIron `snmp-server host … version v2c 2 $…`
    redaction('snmp-community', String.raw`^[ \t]*snmp-server host \S+ version v(?:1|2c)${typedValue}`),
    ...ciscoLikeRedactions,
  ],
  volatile: [],
  errors: [
    { name: 'invalid-input', pattern: /^Invalid input -> /m },
    { name: 'incomplete-command', pattern: /^Incomplete command\.?$/m },
    ...ciscoLikeErrors,
  ],
  methods: [
    {
      key: 'ruckus-icx',
      friendlyName: 'ICX running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
