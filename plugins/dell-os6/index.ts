/** Dell EMC Networking OS6 (N-series). */
import { generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';

const quoted = (name: string, prefix: string) => ({
  name,
  pattern: new RegExp(`^${prefix} "?(?<secret>[^"\\s]+)"?`, 'gm'),
});

export const dellOs6 = extendPlatform(generic, {
  id: 'dell-os6',
  name: 'Dell OS6',
  description: 'Dell EMC N1100/N2200/N3200 switches running OS6.',
  prompt: /\S[>#]$/,
  setup: ['terminal length 0'],
  noise: [{ name: 'header', pattern: /^!Current Configuration:$/ }],
  volatile: [],
  redactions: [
    quoted('user-password', 'username "?[^"\\s]+"? password'),
    quoted('enable-secret', 'enable password'),
    quoted('snmp-community', 'snmp-server community'),
    quoted('tacacs-key', 'key(?: \\d+)?'),
  ],
  methods: [
    {
      key: 'dell-os6',
      friendlyName: 'Dell OS6 running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
