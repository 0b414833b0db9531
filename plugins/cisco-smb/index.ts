/**
 * Cisco Small Business and Catalyst 1200/1300 switches (SG200/300/350/500, SG350X/550X, CBS250/350):
 * the login asked again inside the shell, `terminal datadump`, secrets behind `encrypted`.
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, typed, value } from '../shared/secrets.ts';

/** Words that name an algorithm or a type between a keyword and the value. */
const algorithm = String.raw`(?:md5|sha|sha1|des|aes|aes128|3des|encrypted)`;

/**
 * The Cisco-like rules, except that an SSH public key is printed as `key-string row AAAA…` under
 * `crypto key pubkey-chain ssh` and stays.
 */
const ciscoLike = ciscoLikeRedactions.map((rule): Redaction =>
  rule.name === 'key-string'
    ? redaction('key-string', String.raw`(?<![\w-])key-string(?![ \t]+row\b)${typed()}`)
    : rule,
);

export const ciscoSmb = definePlatform({
  id: 'cisco-smb',
  name: 'Cisco Small Business / Catalyst 1200, 1300',
  description: 'Cisco SG200/300/350/500, SG350X/550X, CBS250/350 and Catalyst 1200/1300 switches.',
  channel: 'shell',
  prompt: /^\r?[\w.@()/-]+[#>]$/,
  // After SSH authentication the switch asks for the login again unless `ip ssh password-auth` is set.
  dialogs: [
    { name: 'username', pattern: /^User ?Name:\s*$/i, answer: { credential: 'username' } },
    { name: 'password', pattern: /^\r?Password:\s*$/i, answer: { credential: 'password' } },
  ],
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  // `terminal datadump` turns the pager off; `terminal width 0` stops long lines wrapping.
  setup: ['terminal datadump', 'terminal width 0'],
  teardown: ['exit', 'exit'],
  pagers: [
    { name: 'more-quit', prompt: /More: <space>,\s+Quit: q(?: or CTRL\+Z)?, One line: <return>/, answer: ' ' },
    pagers.more,
  ],
  noise: [{ name: 'current-configuration-size', pattern: /^Current configuration ?: \d+ bytes$/ }],
  redactions: [
    ...ciscoLike,
    // `crypto key import encrypted rsa` prints the SSH host key in SSH2 format; the public key that follows stays.
    redaction(
      'private-key-block',
      String.raw`^---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----\r?\n(?<secret>[\s\S]*?)\r?\n---- END SSH2 PRIVATE KEY ----`,
    ),
    // Every stored credential is printed after `encrypted`: `encrypted radius-server host A key X`,
    // `encrypted tacacs-server key X`, `encrypted sntp authentication-key 1 md5 X`,
    // `encrypted ip ssh-client password X`, `encrypted snmp-server user U G v3 auth sha X priv Y`.
    redaction(
      'encrypted',
      String.raw`(?<![\w-])(?:key|password|md5|sha1?|priv)(?<=^encrypted [^\n]*)(?:[ \t]+${algorithm})?[ \t]+(?!${algorithm}(?:[ \t]|$))${value}`,
    ),
    // Unencrypted forms of the same, as typed or as older firmware prints them.
    redaction('snmp-user', String.raw`(?<![\w-])(?:auth (?:md5|sha)|priv)(?<=^snmp-server user [^\n]*)${spacedValue}`),
    redaction('ssh-client-password', String.raw`^ip ssh-client password${spacedValue}`),
    redaction('sntp-key', String.raw`^sntp authentication-key \d+ md5${spacedValue}`),
  ],
  volatile: [],
  errors: [
    ...ciscoLikeErrors,
    { name: 'unrecognized-command', pattern: /^% ?Unrecognized command/m },
    { name: 'bad-parameter', pattern: /^% ?[Bb]ad parameter value/m },
    { name: 'missing-parameter', pattern: /^% ?missing mandatory parameter/m },
  ],
  detect: {
    command: 'show version',
    // 350/550/CBS/Catalyst 1200-1300 list their images; SG200/300 print `SW version 1.4… ( date …`.
    pattern: /^Active-image: flash:\/\/system\/images\/|^SW version\s+\d+\.\d+\.\d+\.\d+ \( date /m,
  },
  methods: [
    {
      key: 'cisco-smb',
      friendlyName: 'Cisco SMB running config',
      description: 'show running-config from a Cisco Small Business or Catalyst 1200/1300 switch.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
