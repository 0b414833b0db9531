/**
 * Netgear ProSAFE and M4xxx managed switches (FASTPATH-based: M4100, M4300, M5300, GS7xxT,
 * GS752TPP): in-band `User:`/`Password:` on the M-series, `(host) >` or `host#`, `enable`,
 * `terminal length 0`, `show running-config`.
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, typedValue } from '../shared/secrets.ts';

export const netgearSmb = definePlatform({
  id: 'netgear-smb',
  name: 'Netgear ProSAFE / M4xxx',
  description: 'Netgear managed and smart managed pro switches (M4100, M4250, M4300, M4350, M5300, GS7xxT, GS752TPP).',
  detect: {
    banner: /^\((?:M4\d{3}|M5\d{3}|GS7\d{2}T\w*|GSM7\d{3}\w*|XS\d{3}\w*)[\w-]*\) [>#]$/m,
    command: 'show version',
    pattern: /NETGEAR|ProSafe|ProSAFE|^Loader Version\s+: \d[\s\S]*^Firmware Version\s+: \d/m,
  },
  channel: 'shell',
  // `(M4100-50G) >`, `(M4300-52G) #`, `19sw011#`
  prompt: /\S\s?[>#]$/,
  dialogs: [
    { name: 'username', pattern: /^User(?: ?Name)?:\s*$/i, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*$/i, answer: { credential: 'password' } },
  ],
  privilege: { command: 'enable', passwordPrompt: /^Password:\s*$/i, privilegedPrompt: /#$/ },
  setup: ['terminal length 0'],
  // `quit` asks "Would you like to save them now? (y/n)" when the configuration has unsaved changes
  teardown: ['quit', 'n'],
  pagers: [pagers.more],
  noise: [],
  redactions: [
    // `users passwd "admin" encrypted 6b6e…`, `enable passwd encrypted …`
    redaction('user-password', String.raw`^[ \t]*users passwd \S+${typedValue}`),
    redaction('enable-secret', String.raw`^[ \t]*enable passwd${typedValue}`),
    // `snmp-server community "X" [ro|rw]`, `snmp community "X" enable 0.0.0.0 mask 0.0.0.0 ro` (smart managed)
    redaction('snmp-community', String.raw`^[ \t]*snmp(?:-server)? community(?: (?:rw|ro|ipaddr \S+|ipmask \S+))*${spacedValue}`),
    // `snmp host 10.0.0.162 enable version 2c "X"`, `snmptrap "X" 10.0.0.162 snmpversion snmpv2`
    redaction('snmp-community', String.raw`^[ \t]*snmp host \S+(?: enable| disable)?(?: version (?:1|2c))?${spacedValue}`),
    redaction('snmp-community', String.raw`^[ \t]*snmptrap${spacedValue}`),
    // `radius server key auth 10.0.0.18 encrypted X`, `tacacs-server key encrypted X`, ` key encrypted X` under `tacacs-server host`
    redaction('radius-key', String.raw`^[ \t]*radius server key (?:auth|acct) \S+${typedValue}`),
    redaction('tacacs-key', String.raw`^[ \t]*key(?<=^tacacs-server host [^\n]*\n(?:[^\n]*\n){0,3}[ \t]*key)${typedValue}`),
    ...ciscoLikeRedactions,
  ],
  volatile: [
    { name: 'uptime', pattern: /^! ?System Up ?Time\b/ },
    { name: 'sntp-time', pattern: /^! ?Current SNTP Synchronized Time\b/ },
  ],
  errors: [{ name: 'invalid-input', pattern: /^% ?Invalid input detected at/m }, ...ciscoLikeErrors],
  methods: [
    {
      key: 'netgear-smb',
      friendlyName: 'Netgear running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
