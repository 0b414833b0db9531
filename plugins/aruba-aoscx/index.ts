/** Aruba AOS-CX: the ProCurve dialog without enable, and its own secret syntax. */
import { ciscoLikeRedactions } from '../generic/index.ts';
import { hpProcurve } from '../hp-procurve/index.ts';
import { extendPlatform } from '../platform.ts';

export const arubaAoscx = extendPlatform(hpProcurve, {
  id: 'aruba-aoscx',
  name: 'Aruba AOS-CX',
  description: 'Aruba CX 6000/8000 series switches.',
  detect: { command: 'show version', pattern: /^(?:ArubaOS-CX|AOS-CX)\b/m },
  prompt: /\S[>#]$/,
  privilege: undefined,
  teardown: ['exit'],
  noise: [{ name: 'header', pattern: /^Current configuration:$/ }],
  // Cisco-like with AOS-CX's `ciphertext` type: `user … password ciphertext X`, `… key ciphertext X`,
  // `snmp-server host … community X`, `snmpv3 user … auth-pass ciphertext X`, `neighbor … password ciphertext X`.
  redactions: ciscoLikeRedactions,
  volatile: [],
  methods: [
    {
      key: 'aruba-aoscx',
      friendlyName: 'AOS-CX running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
