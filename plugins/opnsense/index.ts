/** OPNsense: like pfSense, the whole configuration is one XML file, read with cat over an SSH exec channel. */
import { pfsense } from '../pfsense/index.ts';
import { extendPlatform } from '../platform.ts';

export const opnsense = extendPlatform(pfsense, {
  id: 'opnsense',
  name: 'OPNsense',
  description: 'OPNsense firewalls: /conf/config.xml over SSH exec (root, or a user allowed to read it).',
  // pfSense's Snort and Suricata rule-update time is not in OPNsense's file.
  volatile: [],
  detect: {
    // the console menu OPNsense shows root at login: "*** fw.example.net: OPNsense 24.7 ***"
    banner: /\*\*\* \S+: OPNsense \d/,
    command: 'opnsense-version',
    pattern: /^OPNsense \d+\.\d+/m,
  },
  methods: [
    {
      key: 'opnsense',
      friendlyName: 'OPNsense config.xml',
      description: 'cat /conf/config.xml over SSH exec.',
      commands: [
        {
          command: 'cat /conf/config.xml',
          artifact: 'config.xml',
          completeWhen: { name: 'closing </opnsense>', pattern: /^<\/opnsense>\s*$/m },
        },
      ],
    },
  ],
});
