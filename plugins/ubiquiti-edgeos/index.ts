/** Ubiquiti EdgeOS (EdgeRouter): Vyatta-based like VyOS, with its own services and secrets. */
import { extendPlatform } from '../platform.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';
import { vyos } from '../vyos/index.ts';

export const ubiquitiEdgeos = extendPlatform(vyos, {
  id: 'ubiquiti-edgeos',
  name: 'Ubiquiti EdgeOS',
  description: 'Ubiquiti EdgeRouter and EdgeRouter X (EdgeOS 1.x and 2.x).',
  // `ubnt@edge-1:~$`
  prompt: /@[\w.-]+:\S*[$#]$/,
  redactions: [
    // UNMS/UISP `service unms connection wss://host:443+KEY+allowSelfSignedCert`: the key between the plus signs
    redaction('unms-key', String.raw`^set service unms connection ['"]?wss://[^+\s'"]+\+(?<secret>[^+\s'"]+)`),
    // `system login radius-server X secret Y` (1.x); the VyOS rules cover the `password` forms
    redaction('radius-secret', String.raw`^set system login radius-server \S+ secret${spacedValue}`),
    ...vyos.redactions,
  ],
  detect: {
    banner: /Welcome to EdgeOS/,
    command: 'show version',
    pattern: /^HW model:\s+EdgeRouter|^Copyright:\s+\d{4}-\d{4} Ubiquiti/m,
  },
  methods: [
    {
      key: 'ubiquiti-edgeos',
      friendlyName: 'EdgeOS configuration commands',
      description: 'show configuration commands | no-more.',
      commands: [{ command: 'show configuration commands | no-more', artifact: 'configuration' }],
    },
  ],
});
