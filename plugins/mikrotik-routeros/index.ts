/** MikroTik RouterOS over exec channels: `/export` as text. */
import { definePlatform, type Redaction } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';

const routerosValue = (name: string, keys: string): Redaction => ({
  name,
  pattern: new RegExp(`(?:^|\\s)(?:${keys})=(?<secret>"[^"]*"|\\S+)`, 'gm'),
});

export const mikrotikRouteros = definePlatform({
  id: 'mikrotik-routeros',
  name: 'MikroTik RouterOS',
  description: 'MikroTik routers running RouterOS 6 or 7.',
  channel: 'exec',
  prompt: /^\[[\w.-]+@[\w.-]+\] > $/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    routerosValue('user-password', 'password'),
    routerosValue('shared-secret', 'secret'),
    routerosValue('wireless-psk', 'wpa-pre-shared-key|wpa2-pre-shared-key|passphrase'),
    routerosValue('private-key', 'private-key'),
    routerosValue('snmp-auth', 'authentication-password|encryption-password'),
    privateKeyBlock,
  ],
  volatile: [{ name: 'export-header', pattern: /^# \S+ \S+ by RouterOS / }],
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
