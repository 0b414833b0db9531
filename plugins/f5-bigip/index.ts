/**
 * F5 BIG-IP (TMOS 12 to 17): tmsh over SSH exec channels, from an account whose shell is
 * bash (`shell bash`, or `advanced-shell` for a role). Every partition's configuration and the
 * non-default sys db variables. The UCS archive is a binary backup method (ucs-backup.ts).
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

/** Properties whose value is a secret, as tmsh prints them. */
const secretProperties = [
  'encrypted-password', 'password', 'secret', 'passphrase', 'bind-pw', 'auth-password', 'privacy-password',
  'auth-password-encrypted', 'privacy-password-encrypted', 'preshared-key', 'preshared-key-encrypted',
  'community', 'community-name', 'shared-secret', 'client-secret', 'api-key', 'smtp-password',
].join('|');

export const f5Bigip = definePlatform({
  id: 'f5-bigip',
  name: 'F5 BIG-IP (TMOS)',
  description: 'F5 BIG-IP LTM, GTM/DNS, ASM and APM on TMOS, read with tmsh over SSH exec.',
  channel: 'exec',
  prompt: /[#$]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    privateKeyBlock,
    // Secure-vault values (`$M$…`, encrypted with the device's master key) wherever they stand.
    redaction('secure-vault', String.raw`(?<![\w$])(?<secret>\$M\$[\w./+=$-]+)`),
    // `encrypted-password $6$…`, `secret $M$…`, `passphrase $M$…`, `community-name public`, `auth-password …`
    redaction('secret', String.raw`^[ \t]*(?:${secretProperties})${spacedValue}`),
    // one-line form: `sys db … { value "…" }` of a variable that holds a password
    redaction('sys-db-secret', String.raw`^sys db [\w.-]*(?:password|passwd|secret|passphrase|community)[\w.-]* \{[ \t]*value${spacedValue}`, 'gmi'),
  ],
  volatile: [
    // Monitor state of pool members: up, down, checking
    { name: 'member-state', pattern: /^\s+state (?:up|down|checking|irule-down|unchecked)$/ },
    // Stamped by the system on every configuration load or sync
    { name: 'config-time', pattern: /^sys db (?:configsync\.localconfigtime|gtm\.configtime|ltm\.configtime) \{/ },
  ],
  errors: [
    { name: 'syntax-error', pattern: /^Syntax Error: /m },
    { name: 'tmsh-error', pattern: /^\d{8}:\d+: /m },
    { name: 'not-bash', pattern: /(?:tmsh|bash): .*command not found|^Syntax Error: "tmsh" unknown property/m },
  ],
  detect: {
    command: 'tmsh -q show sys version',
    pattern: /^\s*Product\s+BIG-IP$/m,
  },
  methods: [
    {
      key: 'f5-bigip',
      friendlyName: 'BIG-IP configuration (tmsh)',
      description: 'tmsh show running-config of every partition, and the non-default sys db variables.',
      commands: [
        { command: "tmsh -q -c 'cd /; show running-config recursive'", artifact: 'running-config' },
        { command: 'tmsh -q show running-config sys db one-line', artifact: 'sys-db', optional: true },
      ],
    },
  ],
});
