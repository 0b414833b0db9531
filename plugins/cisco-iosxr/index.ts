/** Cisco IOS XR: prompts carry the route processor, output starts with a timestamp line. */
import { ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';

export const ciscoIosxr = extendPlatform(generic, {
  id: 'cisco-iosxr',
  name: 'Cisco IOS XR',
  description: 'Cisco ASR 9000, NCS and other IOS XR routers.',
  prompt: /\S#$/,
  privilege: undefined,
  setup: ['terminal length 0', 'terminal width 0'],
  noise: [
    { name: 'building-configuration', pattern: /^Building configuration\.\.\.$/ },
    { name: 'command-timestamp', pattern: /^\w{3} \w{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{3} \w+$/ },
  ],
  volatile: [{ name: 'last-change', pattern: /^!! Last configuration change at / }],
  redactions: [
    ...ciscoLikeRedactions,
    { name: 'user-password', pattern: /^ (?:secret|password)(?: \d+)? (?<secret>\S+)/gm },
    { name: 'tacacs-key', pattern: /^ key(?: \d+)? (?<secret>\S+)/gm },
  ],
  methods: [
    {
      key: 'cisco-iosxr',
      friendlyName: 'Cisco IOS XR running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
