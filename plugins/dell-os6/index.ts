/** Dell EMC Networking OS6 (N-series). */
import { ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { redaction, typedValue } from '../shared/secrets.ts';

/** OS6 does not indent a server's mode: `tacacs-server host X`, `key 7 "…"`, `exit`. */
const serverKey = (name: string, header: string) =>
  redaction(name, String.raw`^${header} [^\n]*\n(?:(?!exit$)[^\n]*\n)*?key${typedValue}`);

export const dellOs6 = extendPlatform(generic, {
  id: 'dell-os6',
  name: 'Dell OS6',
  description: 'Dell EMC N1100/N2200/N3200 switches running OS6.',
  detect: { command: 'show version', pattern: /^Machine Type\.+ Dell (?:EMC )?Networking N\d/m },
  prompt: /\S[>#]$/,
  setup: ['terminal length 0'],
  noise: [{ name: 'header', pattern: /^!Current Configuration:$/ }],
  volatile: [],
  redactions: [...ciscoLikeRedactions, serverKey('tacacs-key', 'tacacs-server host'), serverKey('radius-key', 'radius(?:-server)? (?:host|server)')],
  methods: [
    {
      key: 'dell-os6',
      friendlyName: 'Dell OS6 running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
