/**
 * Nokia SR OS (TiMOS: 7750 SR, 7450 ESS, 7950 XRS, 7705 SAR, 7210 SAS) in the classic CLI:
 * `environment no more`, `admin display-config`. The prompt names the active CPM (`A:` or `B:`)
 * and starts with `*` while the configuration is unsaved.
 */
import { definePlatform, type ErrorPattern, type Redaction } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

/**
 * SR OS prints every stored secret in quotes, followed by how it is stored: `hash` or `hash2`
 * (encrypted) or `custom`; the MD-CLI puts that word inside the quotes (`"… hash2"`). Only the
 * value goes, the storage word stays.
 */
export const srosRedactions: Redaction[] = [
  privateKeyBlock,
  // classic: `secret "X" hash2`, `authentication-key "X" hash2`, `community "X" hash2 rwa version both`
  redaction('hashed-value', String.raw`"(?<secret>[^"\n]+)"(?=[ \t]+(?:hash2?|custom)(?:[ \t]|$))`),
  // MD-CLI: `authentication-key "X hash2"`, `community "X hash2" {`, `password "X hash2"`
  redaction('hashed-value', String.raw`"(?<secret>[^"\s]+)[ \t]+(?:hash2?|custom)"`),
  // user passwords are bcrypt/PBKDF2 hashes: `password "$2y$10$…"`, MD-CLI `password "$2y$…"`, unquoted in old releases
  redaction('user-password', String.raw`(?<![\w-])password${spacedValue}`),
  // classic SNMPv3 users: `authentication hash2 sha X privacy aes-128-cfb-key Y`
  redaction('snmp-user', String.raw`(?<![\w-])authentication(?:[ \t]+hash2?)?[ \t]+(?:md5|sha)${spacedValue}`),
  redaction('snmp-user', String.raw`(?<![\w-])privacy(?:[ \t]+hash2?)?[ \t]+(?:des-key|aes-128-cfb-key)${spacedValue}`),
];

/** Classic CLI and MD-CLI answers to a command they refuse; the caret line comes first. */
export const srosErrors: ErrorPattern[] = [
  { name: 'bad-command', pattern: /^Error: (?:Bad command|Invalid parameter|Missing parameter)/m },
  { name: 'cli-error', pattern: /^(?:MINOR|MAJOR|CRITICAL): (?:CLI|MGMT_CORE)/m },
];

/** The header SR OS writes on each configuration display, with the time it ran. */
export const srosVolatile = [
  { name: 'generated', pattern: /^# Generated / },
  { name: 'finished', pattern: /^# Finished / },
];

export const nokiaSros = definePlatform({
  id: 'nokia-sros',
  name: 'Nokia SR OS (classic CLI)',
  description: 'Nokia 7750 SR, 7450 ESS, 7950 XRS, 7705 SAR and 7210 SAS in the classic CLI.',
  channel: 'shell',
  // `A:router1# `, `*A:router1# ` (unsaved), `B:PE-2>config# `; the CPM letter and colon first.
  prompt: /^\*?[A-D]:\S[^\n]*[#$]$/,
  setup: ['environment no more'],
  teardown: ['logout'],
  pagers: [{ name: 'press-any-key', prompt: /Press any key to continue \(Q to quit\)/, answer: ' ' }],
  noise: [],
  redactions: srosRedactions,
  volatile: srosVolatile,
  errors: srosErrors,
  detect: {
    banner: /^\*?[A-D]:[^\s@]+[#$] ?$/m,
    command: 'show version',
    pattern: /TiMOS-[BCI]-\d+\.\d+/,
  },
  methods: [
    {
      key: 'nokia-sros',
      friendlyName: 'SR OS configuration (classic CLI)',
      description: 'admin display-config after environment no more.',
      commands: [{ command: 'admin display-config', artifact: 'configuration', completeWhen: { name: 'closing # Finished', pattern: /^# Finished /m } }],
    },
  ],
});
