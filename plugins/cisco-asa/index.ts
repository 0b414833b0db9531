/** Cisco ASA: `terminal pager 0`, its own pager and `more system:running-config` with keys in clear. */
import { ciscoLikeErrors, ciscoLikeRedactions, generic } from '../generic/index.ts';
import { extendPlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, typedValue } from '../shared/secrets.ts';

export const ciscoAsa = extendPlatform(generic, {
  id: 'cisco-asa',
  name: 'Cisco ASA',
  description: 'Cisco ASA firewalls (single context).',
  detect: { command: 'show version', pattern: /^Cisco Adaptive Security Appliance Software Version /m },
  prompt: /\S[>#]$/,
  setup: ['terminal pager 0'],
  pagers: [pagers.asaMore, pagers.more],
  noise: [],
  volatile: [
    { name: 'cryptochecksum', pattern: /^Cryptochecksum:/ },
    { name: 'written-by', pattern: /^: Written by \S+ at / },
  ],
  // The Cisco-like rules (tunnel-group pre-shared keys, aaa-server keys, snmp, ntp, ospf, bgp) and ASA's own.
  redactions: [
    ...ciscoLikeRedactions,
    // `passwd X encrypted`: the login password
    redaction('user-password', String.raw`^passwd${spacedValue}`),
    redaction('failover-key', String.raw`^[ \t]*failover key(?: hex)?${typedValue}`),
    redaction('ldap-password', String.raw`^[ \t]*ldap-login-password${typedValue}`),
    redaction('vpdn-password', String.raw`^[ \t]*vpdn username \S+ password${typedValue}`),
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
