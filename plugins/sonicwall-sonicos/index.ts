/**
 * SonicWall SonicOS 6.5 and 7 firewalls: a policy banner to accept, the prompt `user@SERIAL>`,
 * `no cli pager session`, `show current-config`. SonicOS 6.2 and older only export a binary
 * preferences file (HTTPS API).
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

export const sonicwallSonicos = definePlatform({
  id: 'sonicwall-sonicos',
  name: 'SonicWall SonicOS',
  description: 'SonicWall TZ, NSA, NSa and NSsp firewalls running SonicOS 6.5 or 7.',
  channel: 'shell',
  // `admin@C0EAE4A1B2C3>`; configuration mode `config(C0EAE4A1B2C3)#` is never where a session starts.
  prompt: /^[\w.-]+@[\w.-]+>$/,
  dialogs: [
    { name: 'policy-banner', pattern: /Accept The Policy Banner \(yes\)\?\s*$/i, answer: 'yes\n' },
    { name: 'username', pattern: /^User(?: ?Name)?:\s*$/i, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*$/i, answer: { credential: 'password' } },
  ],
  setup: ['no cli pager session'],
  teardown: ['exit'],
  pagers: [{ name: 'more', prompt: /--MORE--|--More--/, answer: ' ' }],
  noise: [],
  redactions: [
    privateKeyBlock,
    // SonicOS prints stored secrets as `<encoding>,<value>`: `password 4,AbC…`, `shared-secret 4,…`,
    // `cli ftp password default 4,…`, `bind-password 4,…`; the encoding digit stays.
    redaction(
      'secret',
      String.raw`(?<![\w-])(?:[\w-]*password|[\w-]*secret|[\w-]*passphrase|[\w-]*key|psk)(?:[ \t]+default)?[ \t]+\d+,(?<secret>[^\s"]+)`,
    ),
    redaction('secret', String.raw`(?<![\w-])(?:[\w-]*password|[\w-]*secret|[\w-]*passphrase|psk)(?:[ \t]+default)?[ \t]+"\d+,(?<secret>[^"\n]+)"`),
    // `get-community "public"`, `trap-community "public"`
    redaction('snmp-community', String.raw`^[ \t]*(?:get|trap)-community${spacedValue}`),
  ],
  volatile: [
    { name: 'system-time', pattern: /^\s*system-time "/ },
    { name: 'system-uptime', pattern: /^\s*system-uptime "/ },
    { name: 'checksum', pattern: /^\s*checksum \d+$/ },
  ],
  errors: [
    { name: 'error', pattern: /^% ?(?:Error|Unknown|Invalid|Incomplete)/im },
    { name: 'unknown-command', pattern: /^(?:Unknown command|Invalid command)/m },
  ],
  detect: {
    banner: /^[\w.-]+@[0-9A-F]{6,12}> ?$/m,
    command: 'show version',
    pattern: /firmware-version "SonicOS/,
  },
  methods: [
    {
      key: 'sonicwall-sonicos',
      friendlyName: 'SonicOS current configuration',
      description: 'show current-config after no cli pager session; show version as a second, optional artifact.',
      commands: [
        { command: 'show current-config', artifact: 'current-config' },
        { command: 'show version', artifact: 'version', optional: true },
      ],
    },
  ],
});
