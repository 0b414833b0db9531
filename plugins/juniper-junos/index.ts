/** Juniper Junos over exec channels: the hierarchical and the `display set` form. */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, urlPassword } from '../shared/secrets.ts';

/** A quoted or bare Junos value; a bare one ends before `;`. */
const junosValue = String.raw`"?(?<secret>(?<=")(?:[^"\\\n]|\\.)+(?=")|(?<!")[^\s";{}]+)`;

export const juniperJunos = definePlatform({
  id: 'juniper-junos',
  name: 'Juniper Junos',
  description: 'Juniper MX, EX, QFX and SRX running Junos.',
  detect: { command: 'show version', pattern: /^(?:Junos: \d|JUNOS (?:Software Release|OS|Base OS))/m },
  channel: 'exec',
  prompt: /^[\w.-]+@[\w.-]+[>#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    privateKeyBlock,
    // Junos marks every secret it shows in the hierarchy itself: `secret "$9$…"; ## SECRET-DATA`.
    redaction('secret-data', String.raw`[ \t]${junosValue}"?;[ \t]*## SECRET-DATA`),
    // The set form has no marker; its secrets are quoted $9$ (reversible) values and crypt hashes.
    redaction('secret-data', String.raw`"(?<secret>\$(?:1|5|6|9)\$[^"\n]+)"`),
    // Secret keywords with a quoted value, in case a value is neither marked nor $9$.
    redaction(
      'secret-data',
      String.raw`(?<![\w-])(?:encrypted-password|secret|authentication-key|privacy-key|simple-password|ascii-text|hexadecimal|key|value|password) "(?<secret>(?:[^"\\\n]|\\.)+)"`,
    ),
    // SNMP communities are kept in clear: `set snmp community NAME …` and `community NAME {` under
    // `snmp {`, and a trap group's name is the community its traps carry. Policy-options
    // communities (BGP) are names and stay.
    redaction('snmp-community', String.raw`^set snmp (?:community|trap-group) ${junosValue}`),
    redaction(
      'snmp-community',
      String.raw`^[ \t]+(?:community|trap-group) (?<=^snmp \{\n(?:[ \t][^\n]*\n)*[ \t]+(?:community|trap-group) )${junosValue}`,
    ),
    // archive sites and other URLs: `"scp://user:password@host/path"`
    urlPassword,
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
