/** Juniper Junos over exec channels: the hierarchical and the `display set` form. */
import { definePlatform, type Redaction } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';

/** Matches a value in both forms: `key "value";` and `set … key "value"`. */
const junosValue = (name: string, prefix: string): Redaction => ({
  name,
  pattern: new RegExp(`${prefix} "?(?<secret>[^";\\s]+)"?`, 'gm'),
});

export const juniperJunos = definePlatform({
  id: 'juniper-junos',
  name: 'Juniper Junos',
  description: 'Juniper MX, EX, QFX and SRX running Junos.',
  channel: 'exec',
  prompt: /^[\w.-]+@[\w.-]+[>#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    junosValue('user-password', 'encrypted-password'),
    junosValue('shared-secret', '(?:^|\\s)secret'),
    junosValue('ike-psk', 'pre-shared-key (?:ascii-text|hexadecimal)'),
    junosValue('routing-auth-key', 'authentication-key'),
    { name: 'snmp-community', pattern: /(?:^set snmp community |^\s+community )(?![^\n]*members)"?(?<secret>[^";\s{]+)"?/gm },
    privateKeyBlock,
  ],
  volatile: [
    { name: 'last-commit', pattern: /^## Last commit: / },
    { name: 'last-changed', pattern: /^## Last changed: / },
  ],
  errors: [
    { name: 'junos-error', pattern: /^error: /m },
    { name: 'syntax-error', pattern: /^syntax error/m },
    { name: 'unknown-command', pattern: /^unknown command/m },
  ],
  methods: [
    {
      key: 'juniper-junos',
      friendlyName: 'Juniper Junos configuration',
      description: 'show configuration, as the hierarchy and as set commands.',
      commands: [
        { command: 'show configuration | no-more', artifact: 'configuration' },
        { command: 'show configuration | display set | no-more', artifact: 'configuration-set' },
      ],
    },
  ],
});
