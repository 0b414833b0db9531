/**
 * Zyxel GS and XGS switches (ZyNOS: GS1920, GS2210, XGS2210, XGS4600; GS1900): in-band
 * `User name:`/`Password:`, a prompt followed by VT100 "save cursor" (`GS2210# ESC 7`), a
 * `-- more --` pager that `c` runs to the end.
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { notOption, redaction, spacedValue, typed } from '../shared/secrets.ts';

/** ZyNOS prints a stored password followed by the word `cipher` when password encryption is on. */
const zynosValue = typed(notOption);

export const zyxelGs = definePlatform({
  id: 'zyxel-gs',
  name: 'Zyxel GS / XGS switches',
  description: 'Zyxel managed switches running ZyNOS (GS1920, GS2210, XGS2210, XGS4600) and GS1900.',
  detect: {
    banner: /Copyright \(c\) \d{4}(?: ?- ?\d{4})? (?:by )?Zyxel Communications Corp/i,
    command: 'show system-information',
    pattern: /^\s*Product Model\s*:\s*(?:X?GS\d+|XS\d+)/m,
  },
  channel: 'shell',
  prompt: /^[\w.@()-]+[#>]$/,
  dialogs: [
    { name: 'username', pattern: /^User ?name:\s*$/i, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*$/i, answer: { credential: 'password' } },
  ],
  privilege: { command: 'enable', passwordPrompt: /^Password:\s*$/i, privilegedPrompt: /#$/ },
  setup: [],
  teardown: ['exit'],
  pagers: [{ name: 'zynos-more', prompt: /-- more --, next page: Space, continue: c, quit: ESC/, answer: 'c' }, pagers.more],
  noise: [
    { name: 'building-configuration', pattern: /^\s*Building configuration\.\.\.$/ },
    { name: 'current-configuration', pattern: /^\s*Current configuration:$/ },
  ],
  redactions: [
    // `admin-password X cipher`, `password X cipher privilege 14` (enable), `logins username U password X cipher privilege 14`
    redaction('user-password', String.raw`^[ \t]*admin-password${zynosValue}`),
    redaction('enable-secret', String.raw`^[ \t]*password(?= )${zynosValue}`),
    redaction('user-password', String.raw`^[ \t]*logins username \S+ password${zynosValue}`),
    // `snmp-server get-community X`, `set-community X`, `trap-community X`
    redaction('snmp-community', String.raw`^[ \t]*snmp-server (?:get|set|trap)-community${spacedValue}`),
    // `snmp-server username U sec-level priv auth sha authpassword X priv aes privpassword Y group admin`
    redaction('snmp-user', String.raw`(?<![\w-])(?:authpassword|privpassword)${zynosValue}`),
    // `radius-server host 1 10.0.0.18 auth-port 1812 key X`, `tacacs-accounting host 1 … key X`
    redaction('aaa-key', String.raw`^[ \t]*(?:radius|tacacs)-(?:server|accounting) host \d+ [^\n]*?\bkey${zynosValue}`),
    ...ciscoLikeRedactions,
  ],
  volatile: [],
  errors: [{ name: 'invalid-command', pattern: /^(?:% ?)?(?:Invalid (?:command|input)|Unknown command|Incomplete command)/m }, ...ciscoLikeErrors],
  methods: [
    {
      key: 'zyxel-gs',
      friendlyName: 'Zyxel running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
