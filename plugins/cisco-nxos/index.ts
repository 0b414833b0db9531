/** Cisco NX-OS (Nexus): no enable, no closing "end", timestamps in the header. */
import { ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { startupAbsent } from '../shared/patterns.ts';

export const ciscoNxos = extendPlatform(generic, {
  id: 'cisco-nxos',
  name: 'Cisco NX-OS',
  description: 'Cisco Nexus switches running NX-OS.',
  detect: { command: 'show version', pattern: /^Cisco Nexus Operating System \(NX-OS\) Software|^\s*NXOS: version /m },
  prompt: /\S#$/,
  privilege: undefined,
  setup: ['terminal length 0', 'terminal width 511'],
  noise: [{ name: 'command-header', pattern: /^!Command: show / }],
  volatile: [
    { name: 'time', pattern: /^!Time: / },
    { name: 'last-done', pattern: /^!Running configuration last done at: / },
    { name: 'startup-stamp', pattern: /^!Startup config saved at: / },
  ],
  // NX-OS prints BGP ` password 3 X` on its own line and quotes type-7 keys; the Cisco-like rules cover both.
  redactions: ciscoLikeRedactions,
  methods: [
    {
      key: 'cisco-nxos',
      friendlyName: 'Cisco NX-OS running and startup config',
      description: 'show running-config and show startup-config.',
      commands: [
        { command: 'show running-config', artifact: 'running-config' },
        { command: 'show startup-config', artifact: 'startup-config', optional: true, absentWhen: [startupAbsent] },
      ],
      savedConfig: { running: 'running-config', startup: 'startup-config' },
    },
  ],
});
