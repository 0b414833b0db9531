/** VyOS: the configuration as set commands. */
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';

const quoted = (name: string, prefix: string) => ({
  name,
  pattern: new RegExp(`${prefix} '?(?<secret>[^'\\s]+)'?`, 'gm'),
});

export const vyos = definePlatform({
  id: 'vyos',
  name: 'VyOS',
  description: 'VyOS routers.',
  channel: 'shell',
  prompt: /@\S+:\S*[$#]$/,
  setup: ['set terminal length 0', 'set terminal width 0'],
  teardown: ['exit'],
  pagers: [pagers.lessLines],
  noise: [],
  redactions: [
    quoted('user-password', 'encrypted-password'),
    quoted('ike-psk', 'pre-shared-secret'),
    quoted('ike-psk', 'authentication psk \\S+ secret'),
    quoted('snmp-community', 'service snmp community'),
    quoted('shared-secret', '(?:radius|tacacs) server \\S+ key'),
    quoted('private-key', 'private-key'),
  ],
  volatile: [],
  errors: [
    { name: 'invalid-command', pattern: /^\s*Invalid command: /m },
    { name: 'not-valid', pattern: /^Configuration path: .* is not valid/m },
  ],
  methods: [
    {
      key: 'vyos',
      friendlyName: 'VyOS configuration commands',
      description: 'show configuration commands.',
      commands: [{ command: 'show configuration commands', artifact: 'configuration' }],
    },
  ],
});
