/**
 * Huawei VRP (S-series switches, AR routers, NE/CE, USG): `<host>` in user view, `[host]` in
 * system view, `screen-length 0 temporary`, `display current-configuration`.
 */
import { definePlatform, type Redaction } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction } from '../shared/secrets.ts';

/**
 * What VRP prints for a stored secret: `%^%#…%^%#` (V200 reversible cipher), `%$%$…%$%$` and
 * `@%@%…@%@%` (older releases), `$1a$…$` to `$1e$…$` (irreversible-cipher). The delimited forms
 * hold any printable character, quotes and spaces included.
 */
const delimitedCipher = String.raw`%\^%#[^\n]*?%\^%#|%\$%\$[^\n]*?%\$%\$|@%@%[^\n]*?@%@%|%@%@[^\n]*?%@%@|%#%#[^\n]*?%#%#|\$1[a-e]\$[^\s$]*\$[^\s]*`;
/** A secret value: a delimited cipher, or one word (VRP5 ciphers such as N`TQ2'#Z!5Q= start with any character). */
export const vrpValue = String.raw`(?<secret>${delimitedCipher}|[^\s<]\S*)`;

/**
 * Secrets of the `display` CLIs (VRP and Comware print them the same way): the value after
 * `cipher`, `simple`, `plain`, `hash` or a bare password keyword. `authentication-mode simple
 * cipher X` gives up X, never the word `cipher`.
 */
export function displayCliRedactions(value: string): Redaction[] {
  const mode = String.raw`(?:cipher|simple|plain|hash|irreversible-cipher)`;
  return [
    privateKeyBlock,
    // ciphers wherever they stand: `pin verify auto %^%#…%^%#`, `security wpa2 psk pass-phrase %^%#…%^%# aes`
    redaction('cipher', String.raw`(?<secret>${delimitedCipher})`),
    // `local-user admin password irreversible-cipher X`, `super password level 15 cipher X`,
    // `ospf authentication-mode md5 1 cipher X`, `isis authentication-mode simple plain X`; never `ssh server cipher aes256_ctr`
    redaction('secret', String.raw`(?<![\w-])(?<!\b(?:ssh|sftp|ssl|stelnet) (?:server|client) )(?:cipher|simple|plain|irreversible-cipher)[ \t]+(?!${mode}(?:[ \t]|$))(?!(?:authentication|privacy)-mode\b)${value}`),
    // VRP5 and VRRP keys without a mode word: `vrrp vrid 1 authentication-mode md5 X`; a key id or key chain stays
    redaction(
      'key',
      String.raw`(?<![\w-])authentication-mode (?:md5|hmac-md5|hmac-sha256|hmac-sha1|sha256|simple)(?:[ \t]+\d+)?(?: ${mode})?[ \t]+(?!${mode}[ \t])(?!\d+[ \t]+\S)(?!(?:keychain|key-chain)\b)${value}`,
    ),
    // SNMP: `snmp-agent community read|write [cipher] X`, v1/v2c trap hosts `params securityname [cipher] X`
    redaction('snmp-community', String.raw`^[ \t]*snmp-agent community (?:read|write|complexity)(?: ${mode})?[ \t]+(?!${mode}[ \t])${value}`),
    redaction('snmp-community', String.raw`\bsecurityname(?<=^[ \t]*snmp-agent target-host [^\n]*)(?: ${mode})?[ \t]+(?!${mode}[ \t])${value}`),
    // SNMPv3 keys without a cipher word: `snmp-agent usm-user v3 U authentication-mode sha X privacy-mode aes128 Y`
    redaction(
      'snmp-user',
      String.raw`\b(?:authentication|privacy)-mode(?<=^[ \t]*snmp-agent usm-user [^\n]*) \S+(?: ${mode})?[ \t]+(?!${mode}[ \t])(?!privacy-mode\b)${value}`,
    ),
    // `radius-server shared-key X`, `hwtacacs-server shared-key X`, `pre-shared-key X`, `pass-phrase X`, `authentication-key X`
    redaction('key', String.raw`(?<![\w-])(?:shared-key|pre-shared-key|pass-phrase|authentication-key|key-string)(?: ${mode})?[ \t]+(?!${mode}[ \t])${value}`),
    // BGP `peer 10.1.1.1 password X`, VRP5 `local-user U password X`, `set authentication password X`
    redaction('password', String.raw`(?<![\w-])password(?: level \d+| role \S+)?(?: ${mode})?[ \t]+(?!${mode}[ \t])(?!(?:level|role|control|expire|complexity-check|history|alert|policy|recovery|min-length|simple|cipher|hash)\b)${value}`),
  ];
}

export const vrpErrors = [
  { name: 'unrecognized-command', pattern: /^[ \t]*Error: ?(?:Unrecognized command|Wrong parameter|Incomplete command|Too many parameters|Ambiguous command) found at/m },
  { name: 'no-permission', pattern: /^Error: ?(?:You do not have permission|No permission)/m },
];

export const huaweiVrp = definePlatform({
  id: 'huawei-vrp',
  name: 'Huawei VRP',
  description: 'Huawei switches, routers and firewalls running VRP (S, AR, NE, CE, USG series).',
  detect: {
    banner: /^Info: The max number of VTY users is \d+/m,
    command: 'display version',
    pattern: /^Huawei Versatile Routing Platform Software/m,
  },
  channel: 'shell',
  // `<host>`, `[host]` in system view, `HRP_M<host>` on a firewall pair.
  prompt: /(?:<[^<>\s][^<>]*>|\[[^[\]\s][^[\]]*\])$/,
  dialogs: [
    // The initial or an expired password; the backup account keeps its password.
    { name: 'change-password', pattern: /Change now\? ?\[Y\/N\]:?$/i, answer: 'N\n' },
  ],
  setup: ['screen-length 0 temporary'],
  teardown: ['quit'],
  pagers: [{ name: 'vrp-more', prompt: /---- More ----/, answer: ' ' }],
  noise: [],
  redactions: displayCliRedactions(vrpValue),
  volatile: [
    // NE and CE print when the configuration changed or was saved, also "by SYSTEM automatically".
    { name: 'last-configuration', pattern: /^!Last configuration was (?:updated|saved) at / },
  ],
  errors: vrpErrors,
  methods: [
    {
      key: 'huawei-vrp',
      friendlyName: 'Huawei VRP current configuration',
      description: 'display current-configuration.',
      commands: [
        { command: 'display current-configuration', artifact: 'current-configuration', completeWhen: { name: 'closing "return"', pattern: /^return$/m } },
      ],
    },
  ],
});
