/**
 * Ubiquiti EdgeSwitch and Broadcom FASTPATH / EFOS switches (also sold as NetApp BES-53248 and
 * Netgear M-series): prompt `(hostname) >` / `(hostname) #`, `enable`, `terminal length 0`,
 * `show running-config`. Cisco-like secrets, FASTPATH's own clock and uptime header lines.
 */
import { ciscoLikeErrors, ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, typedValue } from '../shared/secrets.ts';

export const ubiquitiEdgeswitch = extendPlatform(generic, {
  id: 'ubiquiti-edgeswitch',
  name: 'Ubiquiti EdgeSwitch / Broadcom FASTPATH',
  description: 'Ubiquiti EdgeSwitch, Broadcom FASTPATH and EFOS switches (NetApp BES-53248 and others).',
  // `(UBNT EdgeSwitch) >`, `(Metro_Switch_A_1)#`: the hostname in parentheses, spaces allowed.
  prompt: /^\([^()\n]+\) ?[>#]$/,
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  setup: ['terminal length 0'],
  teardown: ['exit', 'exit'],
  pagers: [pagers.more],
  noise: [],
  redactions: [
    ...ciscoLikeRedactions,
    // `enable password 5e884898… encrypted`, ` password 3c9909af… encrypted` under `line telnet`
    redaction('password', String.raw`^[ \t]*(?:enable )?password${typedValue}(?=[ \t]+encrypted|[ \t]*$)`),
    // `radius server key auth 10.0.0.18 encrypted …`, `tacacs-server key encrypted …`, `tacacs-server host … key encrypted …`
    redaction('radius-key', String.raw`^[ \t]*radius server key (?:auth|acct) \S+ encrypted${spacedValue}`),
    // FASTPATH trap receivers name their community first: `snmptrap "X" ipaddr 192.0.2.81 snmpversion snmpv2`
    redaction('snmp-community', String.raw`^[ \t]*snmptrap${spacedValue}`),
    redaction('tacacs-key', String.raw`(?<![\w-])key encrypted(?<=^[ \t]*tacacs-server[^\n]*)${spacedValue}`),
    redaction('tacacs-key', String.raw`^[ \t]*key encrypted(?<=^tacacs-server host [^\n]*\n[ \t]*key encrypted)${spacedValue}`),
  ],
  volatile: [
    { name: 'system-up-time', pattern: /^!System Up Time/ },
    { name: 'current-system-time', pattern: /^!Current (?:System|SNTP Synchronized) Time:/ },
  ],
  errors: [
    { name: 'invalid-input', pattern: /^% Invalid input detected at/m },
    { name: 'incomplete-command', pattern: /^% ?Incomplete command/m },
    { name: 'unrecognized-command', pattern: /^(?:An invalid|Unrecognized) command/m },
    ...ciscoLikeErrors,
  ],
  detect: {
    banner: /^\([^()\n]+\) ?[>#] ?$/m,
    command: 'show version',
    pattern: /^(?:Machine Description|System Description)\.{3,}[^\n]*(?:EdgeSwitch|FASTPATH|EFOS)/m,
  },
  methods: [
    {
      key: 'ubiquiti-edgeswitch',
      friendlyName: 'EdgeSwitch / FASTPATH running-config',
      description: 'show running-config after enable and terminal length 0.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
