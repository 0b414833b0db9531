/** Cisco ASA: `terminal pager 0`, its own pager and `more system:running-config` with keys in clear. */
import { ciscoLikeErrors, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { pagers, privateKeyBlock } from '../shared/patterns.ts';

export const ciscoAsa = extendPlatform(generic, {
  id: 'cisco-asa',
  name: 'Cisco ASA',
  description: 'Cisco ASA firewalls (single context).',
  prompt: /\S[>#]$/,
  setup: ['terminal pager 0'],
  pagers: [pagers.asaMore, pagers.more],
  noise: [],
  volatile: [
    { name: 'cryptochecksum', pattern: /^Cryptochecksum:/ },
    { name: 'written-by', pattern: /^: Written by \S+ at / },
  ],
  redactions: [
    { name: 'enable-secret', pattern: /^enable password (?<secret>\S+)/gm },
    { name: 'user-password', pattern: /^(?:passwd|username \S+ password) (?<secret>\S+)/gm },
    { name: 'ike-psk', pattern: /^\s+ikev1 pre-shared-key (?<secret>\S+)/gm },
    { name: 'ike-psk', pattern: /^\s+ikev2 (?:local|remote)-authentication pre-shared-key (?<secret>\S+)/gm },
    { name: 'snmp-community', pattern: /^snmp-server (?:host \S+ \S+ )?community (?<secret>\S+)/gm },
    { name: 'tacacs-key', pattern: /^ key (?<secret>\S+)/gm },
    { name: 'ospf-key', pattern: /^ ospf message-digest-key \d+ md5 (?<secret>\S+)/gm },
    privateKeyBlock,
  ],
  errors: [{ name: 'asa-error', pattern: /^ERROR: /m }, ...ciscoLikeErrors],
  methods: [
    {
      key: 'cisco-asa',
      friendlyName: 'Cisco ASA running config',
      description: 'more system:running-config, which shows pre-shared keys unmasked; secrets redacted.',
      commands: [
        { command: 'more system:running-config', artifact: 'running-config', completeWhen: { name: 'closing ": end"', pattern: /^: end$/m } },
      ],
    },
  ],
});
