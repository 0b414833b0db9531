/** Arista EOS. */
import { generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';

export const aristaEos = extendPlatform(generic, {
  id: 'arista-eos',
  name: 'Arista EOS',
  description: 'Arista switches running EOS.',
  prompt: /\S[>#]$/,
  setup: ['terminal length 0', 'terminal width 32767'],
  noise: [{ name: 'command-header', pattern: /^! Command: show running-config/ }],
  volatile: [{ name: 'device-time', pattern: /^! Time: / }],
  methods: [
    {
      key: 'arista-eos',
      friendlyName: 'Arista EOS running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
