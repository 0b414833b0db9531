/** Dell EMC SmartFabric OS10. */
import { ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';

export const dellOs10 = extendPlatform(generic, {
  id: 'dell-os10',
  name: 'Dell OS10',
  description: 'Dell EMC S- and Z-series switches running SmartFabric OS10.',
  detect: { command: 'show version', pattern: /^Dell (?:EMC )?(?:Networking|SmartFabric) OS10\b/m },
  prompt: /\S[>#]$/,
  privilege: undefined,
  setup: ['terminal length 0'],
  noise: [],
  volatile: [
    { name: 'last-change', pattern: /^! Last configuration change at / },
    { name: 'startup-stamp', pattern: /^! Startup-stamp: / },
  ],
  // Cisco-like, `system-user linuxadmin password $6$…` included.
  redactions: ciscoLikeRedactions,
  errors: [{ name: 'os10-error', pattern: /^% Error: /m }],
  methods: [
    {
      key: 'dell-os10',
      friendlyName: 'Dell OS10 running config',
      description: 'show running-configuration.',
      commands: [{ command: 'show running-configuration', artifact: 'running-config' }],
    },
  ],
});
