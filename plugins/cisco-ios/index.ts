/** Cisco IOS and IOS-XE. */
import { generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { startupAbsent } from '../shared/patterns.ts';

const closingEnd = { name: 'closing "end"', pattern: /^end$/m };

export const ciscoIos = extendPlatform(generic, {
  id: 'cisco-ios',
  name: 'Cisco IOS / IOS-XE',
  description: 'Cisco IOS and IOS-XE routers and switches.',
  detect: { command: 'show version', pattern: /^Cisco IOS(?: XE)? Software|^Cisco Internetwork Operating System Software/m },
  setup: ['terminal length 0', 'terminal width 0'],
  methods: [
    {
      key: 'cisco-ios',
      friendlyName: 'Cisco IOS running and startup config',
      description: 'show running-config and show startup-config, secrets redacted.',
      commands: [
        { command: 'show running-config', artifact: 'running-config', completeWhen: closingEnd },
        {
          command: 'show startup-config',
          artifact: 'startup-config',
          completeWhen: closingEnd,
          optional: true,
          absentWhen: [startupAbsent],
          noise: [
            { name: 'startup-size', pattern: /^Using \d+ out of \d+ bytes/ },
            { name: 'uncompressed', pattern: /^Uncompressed configuration from \d+ bytes to \d+ bytes/ },
          ],
        },
      ],
      savedConfig: { running: 'running-config', startup: 'startup-config' },
    },
  ],
});
