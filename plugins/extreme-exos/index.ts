/**
 * Extreme Networks EXOS / Switch Engine: `* host.12 # `, where `*` marks unsaved changes and the
 * number counts the commands of the session, so the prompt changes after every command.
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue, value } from '../shared/secrets.ts';

/** `encrypted` and other words EXOS prints between a keyword and its value. */
const encrypted = String.raw`(?:[ \t]+(?:encrypted|localized-key|hex))*`;
/** What EXOS prints between `authentication`/`privacy` and the key: algorithms, key lengths, encodings. */
const snmpQualifier = String.raw`(?:md5|sha\w*|des|3des|aes\w*|\d{3}|encrypted|auth-encrypted|priv-encrypted|localized-key|hex)`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const extremeExos = definePlatform({
  id: 'extreme-exos',
  name: 'Extreme EXOS / Switch Engine',
  description: 'Extreme Networks switches running ExtremeXOS or Switch Engine (X440, X460, X465, X590, 5520).',
  detect: {
    banner: /^ExtremeXOS|^Extreme Networks|^(?:\* )?(?:Slot-\d+ )?[\w.~-]+\.\d+ [#>] ?$/m,
    command: 'show version',
    pattern: /^Image\s*:\s*(?:ExtremeXOS|Extreme Networks Switch Engine) version /m,
  },
  channel: 'shell',
  // `X460-48p.1 # `, `* X460-48p.2 # `, `Slot-1 Stack.3 # `, `VPEX (lab).4 > `
  prompt: /^(?:\* )?(?:Slot-\d+ )?(?:VPEX )?\(?[\w.~-]+\)?(?:[.:]\d+)? [#>]$/,
  promptVaries: (learned) => {
    const [, base, mark] = /^(?:\* )?(.*?)[.:]\d+ ([#>])$/.exec(learned) ?? [];
    if (base === undefined) return new RegExp(`(?:\\* )?${escapeRegExp(learned.replace(/^\* /, ''))}`);
    return new RegExp(`(?:\\* )?${escapeRegExp(base)}[.:]\\d+ ${escapeRegExp(mark)}`);
  },
  setup: ['disable clipaging'],
  teardown: ['exit', 'n'],
  pagers: [{ name: 'exos-more', prompt: /Press <SPACE> to continue or <Q> to quit:/, answer: ' ' }],
  noise: [],
  redactions: [
    privateKeyBlock,
    // `create account admin admin2 encrypted "$5$…"`, `configure account admin encrypted "…"`
    redaction('user-password', String.raw`^[ \t]*(?:create|configure) account (?:(?:admin|user) )?\S+ encrypted${spacedValue}`),
    // RADIUS and TACACS+: `configure radius mgmt-access primary shared-secret encrypted "…"`
    redaction('shared-secret', String.raw`(?<![\w-])shared-secret${encrypted}${spacedValue}`),
    // `configure snmpv3 add community [encrypted] "X" name [encrypted] "Y" user "v1v2c_ro"`
    redaction('snmp-community', String.raw`(?<![\w-])(?:community|name)(?<=^[ \t]*configure snmpv3 add community\b[^\n]*)${encrypted}${spacedValue}`),
    // `configure snmpv3 add user "U" authentication md5|sha [encrypted auth-encrypted localized-key] X privacy [des|aes 128] … Y`
    redaction(
      'snmp-user',
      String.raw`(?<![\w-])(?:authentication|privacy)(?<=^[ \t]*configure snmpv3 add user[^\n]*)(?:[ \t]+${snmpQualifier})*[ \t]+(?!${snmpQualifier}(?:\s|$))${value}`,
    ),
    // OSPF/VRRP: `authentication [encrypted] simple-password X`, `authentication [encrypted] md5 1 X`
    redaction('auth-key', String.raw`(?<![\w-])authentication${encrypted}(?: simple-password| md5 \d+)${encrypted}${spacedValue}`),
    // BGP `configure bgp neighbor A password encrypted "X"`, `configure ntp key 1 md5 encrypted X`
    redaction('password', String.raw`(?<![\w-])password${encrypted}${spacedValue}`),
    redaction('ntp-key', String.raw`^[ \t]*(?:create|configure) ntp key \d+ (?:md5|sha\d*)${encrypted}${spacedValue}`),
  ],
  // The safety net would take a key number of 0 or 5–9 for a type and the next word for the key.
  plainLines: [
    // `configure ntp server|peer add A {key keyid} {option burst|initial-burst} {vr VR}`
    { name: 'ntp-server', pattern: /^[ \t]*configure ntp (?:server|peer) add \S+ key \d+(?: (?:option )?(?:burst|initial-burst))?(?: vr \S+)?[ \t]*$/ },
    // `create ntp key 5 md5 encrypted "<redacted:ntp-key>"`: the key itself already masked
    { name: 'ntp-key', pattern: /^[ \t]*(?:create|configure) ntp key \d+ (?:md5|sha\d*)(?: encrypted)? "?<redacted:[\w-]+>"?[ \t]*$/ },
  ],
  volatile: [{ name: 'generated', pattern: /^# .*Configuration generated / }],
  errors: [
    { name: 'invalid-input', pattern: /^%% ?(?:Invalid input detected|Incomplete command|Ambiguous command|Unrecognized command)/m },
    { name: 'not-permitted', pattern: /^Error: (?:Insufficient privilege|Permission denied)/m },
  ],
  methods: [
    {
      key: 'extreme-exos',
      friendlyName: 'EXOS configuration',
      description: 'show configuration.',
      commands: [{ command: 'show configuration', artifact: 'configuration' }],
    },
  ],
});
