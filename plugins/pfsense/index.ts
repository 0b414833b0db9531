/** pfSense: the whole configuration is one XML file, read with cat over an SSH exec channel. */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { xmlSecretRedactions } from '../shared/xml-secrets.ts';

export const pfsense = definePlatform({
  id: 'pfsense',
  name: 'pfSense',
  description: 'Netgate pfSense CE and Plus firewalls: /cf/conf/config.xml over SSH exec (the admin account or one with "page-all").',
  channel: 'exec',
  prompt: /[$#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [...xmlSecretRedactions, privateKeyBlock],
  volatile: [
    // written by the Snort and Suricata packages whenever they download rules, not by a change
    { name: 'rule-update-time', pattern: /^\s*<last_rule_upd_time>\d*<\/last_rule_upd_time>$/ },
  ],
  errors: [
    { name: 'no-such-file', pattern: /^cat: .*No such file or directory$/m },
    { name: 'permission-denied', pattern: /^cat: .*Permission denied$/m },
  ],
  detect: {
    // the console menu pfSense shows an admin at login
    banner: /Welcome to pfSense\b|pfSense - Netgate Device ID/,
    command: 'cat /etc/platform',
    pattern: /^pfSense$/m,
  },
  methods: [
    {
      key: 'pfsense',
      friendlyName: 'pfSense config.xml',
      description: 'cat /cf/conf/config.xml over SSH exec.',
      commands: [
        {
          command: 'cat /cf/conf/config.xml',
          artifact: 'config.xml',
          completeWhen: { name: 'closing </pfsense>', pattern: /^<\/pfsense>\s*$/m },
        },
      ],
    },
  ],
});
