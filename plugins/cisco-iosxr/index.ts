/** Cisco IOS XR: prompts carry the route processor, output starts with a timestamp line. */
import { ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';

export const ciscoIosxr = extendPlatform(generic, {
  id: 'cisco-iosxr',
  name: 'Cisco IOS XR',
  description: 'Cisco ASR 9000, NCS and other IOS XR routers.',
  detect: { command: 'show version', pattern: /^Cisco IOS XR Software/m },
  prompt: /\S#$/,
  privilege: undefined,
  setup: ['terminal length 0', 'terminal width 0', 'terminal exec prompt no-timestamp'],
  noise: [
    { name: 'building-configuration', pattern: /^Building configuration\.\.\.$/ },
    // The timestamp XR prints before every answer: `Mon Nov 23 10:00:00.123 UTC`, nothing else on the line.
    { name: 'command-timestamp', pattern: /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\.\d{3} [A-Z][\w+-]{1,9}$/ },
  ],
  volatile: [{ name: 'last-change', pattern: /^!! Last configuration change at / }],
  // XR's ` secret 10 $6$…` under `username`, ` key 7 X` under `tacacs-server host`, `password encrypted X`
  // under a BGP neighbor and `key-string password X` in key chains are all Cisco-like rules.
  redactions: ciscoLikeRedactions,
  methods: [
    {
      key: 'cisco-iosxr',
      friendlyName: 'Cisco IOS XR running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
