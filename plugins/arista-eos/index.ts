/** Arista EOS. */
import { ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { redaction, spacedValue, typedValue } from '../shared/secrets.ts';

export const aristaEos = extendPlatform(generic, {
  id: 'arista-eos',
  name: 'Arista EOS',
  description: 'Arista switches running EOS.',
  detect: { command: 'show version', pattern: /^Arista [\w-]+/m },
  prompt: /\S[>#]$/,
  setup: ['terminal length 0', 'terminal width 32767'],
  noise: [{ name: 'command-header', pattern: /^! Command: show running-config/ }],
  volatile: [{ name: 'device-time', pattern: /^! Time: / }],
  // Cisco-like (`aaa root secret sha512`, `ntp authentication-key 1 md5 7 X`, 3-space ospf keys) and the
  // licence key of `service unsupported-transceiver NAME KEY`.
  redactions: [
    ...ciscoLikeRedactions,
    redaction('licence-key', String.raw`^service unsupported-transceiver \S+${spacedValue}`),
    // MACsec profiles: ` key CKN 7 CAK`; the CKN names the key
    redaction('macsec-key', String.raw`^[ \t]*key [0-9a-fA-F]+${typedValue}`),
    // CloudVision TerminAttr: `exec /usr/bin/TerminAttr … -cvauth=key,KEY`
    redaction('cloudvision-key', String.raw`(?<![\w-])-cvauth=key,(?<secret>[^\s,]+)`),
  ],
  methods: [
    {
      key: 'arista-eos',
      friendlyName: 'Arista EOS running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
