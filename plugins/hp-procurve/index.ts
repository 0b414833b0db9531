/** HP/Aruba ProCurve (ArubaOS-Switch): "Press any key to continue" after login, `no page`. */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

export const procurveErrors = [
  { name: 'invalid-input', pattern: /^Invalid input: /m },
  { name: 'ambiguous-input', pattern: /^Ambiguous input: /m },
  ...ciscoLikeErrors,
];

export const hpProcurve = definePlatform({
  id: 'hp-procurve',
  name: 'HP ProCurve / ArubaOS-Switch',
  description: 'HP ProCurve and Aruba 2530/2930 switches.',
  detect: { banner: /^\s*Press any key to continue/m, command: 'show version', pattern: /^Image stamp:/m },
  channel: 'shell',
  // Hostnames may hold spaces: "Core Switch 1#".
  prompt: /\S[>#]$/,
  dialogs: [{ name: 'switch-number', pattern: /Enter switch number.*:?$/i, answer: '\n' }],
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  setup: ['no page'],
  teardown: ['logout', 'y', 'n'],
  pagers: [pagers.anyKey, pagers.moreNextPage],
  noise: [{ name: 'header', pattern: /^Running configuration:$/ }],
  // Cisco-like (quoted values, `snmp-server host … community "X"`, `snmpv3 user … auth sha "X"`,
  // `encrypted-key "…"` with encrypt-credentials) and ProCurve's own.
  redactions: [
    ...ciscoLikeRedactions,
    // `password manager user-name "admin" sha1 "…"`; a bare `password manager` line holds no value.
    redaction('user-password', String.raw`^[ \t]*password (?:manager|operator|port-access)(?: user-name \S+)? (?:sha1|sha256|plaintext)${spacedValue}`),
    // `sntp authentication key-id 1 authentication-mode md5 key-value "…"`
    redaction('ntp-key', String.raw`(?<![\w-])key-value${spacedValue}`),
  ],
  volatile: [],
  errors: procurveErrors,
  methods: [
    {
      key: 'hp-procurve',
      friendlyName: 'ProCurve running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
