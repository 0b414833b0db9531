/** Netgate TNSR: a clixon CLI whose running configuration prints as CLI commands. */
import { definePlatform } from '../platform.ts';
import { pagers, privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

/** A secret on its own indented line of a block: `    psk X`, `    password X`. */
const member = (name: string, keywords: string) => redaction(name, String.raw`^[ \t]*(?:${keywords})${spacedValue}`);

export const netgateTnsr = definePlatform({
  id: 'netgate-tnsr',
  name: 'Netgate TNSR',
  description: 'Netgate TNSR routers (VPP dataplane, clixon CLI).',
  channel: 'shell',
  // `host tnsr#`, `tnsr(config)#`: the CLI names itself, the hostname comes first
  prompt: /\btnsr(?:\([\w-]+\))?[#>]$/,
  // The hostname part follows `system name`, which any session may commit while a backup runs;
  // the recorded 24.10 session ends at a prompt whose hostname differs from the one at login.
  promptVaries: () => /[\w.-]+ tnsr[#>]/,
  setup: [],
  teardown: ['exit'],
  // TNSR has no command that turns its pager off; `--More--` is answered and erased with backspaces
  pagers: [pagers.more],
  noise: [],
  redactions: [
    privateKeyBlock,
    // IPsec `authentication local|remote` → `round 1` → `psk X`
    member('ike-psk', 'psk'),
    // local users (`auth user U` → `password $6$…`), BGP neighbors, OSPF interfaces, dynamic DNS
    member('password', String.raw`(?:user-)?password|authentication-key|message-digest-key \d+ md5`),
    // WireGuard `private-key [base64] X` and peer `preshared-key [base64] X`
    member('private-key', String.raw`(?:private-key|preshared-key)(?:[ \t]+base64)?`),
    // `snmp community community-name NAME source … security-name …`: the name is the community
    redaction('snmp-community', String.raw`^[ \t]*snmp community community-name${spacedValue}`),
  ],
  // `restconf` → `global server-key NAME` names a key of the PKI store; the key itself is not shown.
  plainLines: [{ name: 'server-key-name', pattern: /^[ \t]*global server-key \S+[ \t]*$/ }],
  volatile: [],
  errors: [
    { name: 'syntax-error', pattern: /^CLI syntax error: /m },
    { name: 'unknown-command', pattern: /Unknown command$/m },
  ],
  detect: {
    banner: /Netgate TNSR Version: \d/,
    command: 'show version',
    pattern: /^Version: \d+\.\d+-\d+\+tnsr|tnsr-release /m,
  },
  methods: [
    {
      key: 'netgate-tnsr',
      friendlyName: 'TNSR running configuration',
      description: 'show configuration running cli.',
      commands: [{ command: 'show configuration running cli', artifact: 'configuration' }],
    },
  ],
});
