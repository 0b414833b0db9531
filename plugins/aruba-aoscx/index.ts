/** Aruba AOS-CX: the ProCurve dialog without enable, and its own secret syntax. */
import { hpProcurve } from '../hp-procurve/index.ts';
import { extendPlatform } from '../platform.ts';

const secret = (name: string, prefix: string) => ({
  name,
  pattern: new RegExp(`^${prefix} (?:ciphertext|plaintext) (?<secret>\\S+)`, 'gm'),
});

export const arubaAoscx = extendPlatform(hpProcurve, {
  id: 'aruba-aoscx',
  name: 'Aruba AOS-CX',
  description: 'Aruba CX 6000/8000 series switches.',
  prompt: /\S[>#]$/,
  privilege: undefined,
  teardown: ['exit'],
  noise: [{ name: 'header', pattern: /^Current configuration:$/ }],
  redactions: [
    secret('user-password', 'user \\S+ group \\S+ password'),
    { name: 'snmp-community', pattern: /^snmp-server community (?<secret>\S+)/gm },
    secret('tacacs-key', 'tacacs-server host \\S+(?: vrf \\S+)? key'),
    secret('radius-key', 'radius-server host \\S+(?: vrf \\S+)? key'),
  ],
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
