/** OPNsense: the whole configuration is one XML file, read with cat over an SSH exec channel. */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { xmlSecretRedactions } from '../shared/xml-secrets.ts';

export const opnsense = definePlatform({
  id: 'opnsense',
  name: 'OPNsense',
  description: 'OPNsense firewalls: /conf/config.xml over SSH exec (root, or a user allowed to read it).',
  channel: 'exec',
  prompt: /[$#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [...xmlSecretRedactions, privateKeyBlock],
  volatile: [],
  errors: [
    { name: 'no-such-file', pattern: /^cat: .*No such file or directory$/m },
    { name: 'permission-denied', pattern: /^cat: .*Permission denied$/m },
  ],
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
