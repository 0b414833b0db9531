/** HP/Aruba ProCurve (ArubaOS-Switch): "Press any key to continue" after login, `no page`. */
import { ciscoLikeErrors } from '../generic/index.ts';
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';

const quoted = (name: string, prefix: string): Redaction => ({
  name,
  pattern: new RegExp(`^${prefix} "?(?<secret>[^"\\s]+)"?`, 'gm'),
});

export const procurveErrors = [
  { name: 'invalid-input', pattern: /^Invalid input: /m },
  { name: 'ambiguous-input', pattern: /^Ambiguous input: /m },
  ...ciscoLikeErrors,
];

export const hpProcurve = definePlatform({
  id: 'hp-procurve',
  name: 'HP ProCurve / ArubaOS-Switch',
  description: 'HP ProCurve and Aruba 2530/2930 switches.',
  channel: 'shell',
  // Hostnames may hold spaces: "Core Switch 1#".
  prompt: /\S[>#]$/,
  dialogs: [{ name: 'switch-number', pattern: /Enter switch number.*:?$/i, answer: '\n' }],
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  setup: ['no page'],
  teardown: ['logout', 'y', 'n'],
  pagers: [pagers.anyKey, pagers.moreNextPage],
  noise: [{ name: 'header', pattern: /^Running configuration:$/ }],
  redactions: [
    quoted('user-password', 'password (?:manager|operator)(?: user-name "?[^"\\s]+"?)? (?:sha1|plaintext)'),
    quoted('snmp-community', 'snmp-server community'),
    quoted('tacacs-key', 'tacacs-server (?:host \\S+ )?key'),
    quoted('radius-key', 'radius-server (?:host \\S+ )?key'),
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
