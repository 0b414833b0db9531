/** Extreme Networks VOSS / Fabric Engine (VSP series): `host:1#`, `terminal more disable`. */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { redaction, spacedValue, typedValue } from '../shared/secrets.ts';

export const extremeVoss = definePlatform({
  id: 'extreme-voss',
  name: 'Extreme VOSS / Fabric Engine',
  description: 'Extreme Networks (formerly Avaya) VSP switches running VOSS or Fabric Engine.',
  detect: {
    banner: /^(?:Extreme Networks )?(?:VOSP|VSP Operating System|Fabric Engine)|^[^\s#>]+:\d+[>#]$/m,
    command: 'show sys-info',
    pattern: /^\s*SysDescr\s*:\s*\S+ \((?:\d+\.){3}\d+/m,
  },
  channel: 'shell',
  // `VSP-4450GSX:1>`, `VSP-8284XSQ:1#`; the number is the slot (1 on a standalone switch)
  prompt: /^[^\s#>]+[#>]$/,
  privilege: { command: 'enable', passwordPrompt: /^Password:\s*$/, privilegedPrompt: /#$/ },
  setup: ['terminal more disable'],
  teardown: ['exit'],
  pagers: [{ name: 'voss-more', prompt: /--More-- \(q = quit\)/, answer: ' ' }],
  noise: [{ name: 'preparing', pattern: /^Preparing to Display Configuration\.\.\.$/ }],
  redactions: [
    // `snmp-server host 10.0.0.162 [port 162] v2c NAME`, before the Cisco rule would take `v2c` for the value
    redaction('snmp-community', String.raw`^[ \t]*snmp-server host \S+(?: port \d+)? v(?:1|2c)${spacedValue}`),
    ...ciscoLikeRedactions,
    // `radius server host 10.0.0.18 key "X" used-by cli`, `tacacs server host 10.0.0.49 key "X"`
    redaction('aaa-key', String.raw`^[ \t]*(?:radius|tacacs) server host [^\n]*?\bkey${spacedValue}`),
    // `ntp authentication-key 1 "X"` (no algorithm word)
    redaction('ntp-key', String.raw`^[ \t]*ntp authentication-key \d+${spacedValue}`),
    // `snmp-server user nms group monitor sha X aes Y`
    redaction('snmp-user', String.raw`(?<![\w-])(?:md5|sha|aes|des|3des)(?<=^[ \t]*snmp-server user [^\n]*)${spacedValue}`),
    // IS-IS `isis hello-auth type hmac-md5 key X key-id 1`, `spbm 1 … hmac-md5 key X`
    redaction('isis-key', String.raw`(?<![\w-])(?:hello-auth|auth) type \S+ key${spacedValue}`),
    // `ip ospf authentication-key X`, `ip ospf message-digest-key 1 md5 X` as Cisco; `web-server password rwa U X`
    redaction('user-password', String.raw`^[ \t]*web-server password \S+ \S+${typedValue}`),
  ],
  // `ntp server A [auth-enable] [authentication-key ID] [enable] [source-ip B]` names a key by its
  // number, which the safety net would take for a type (and `enable` for the key).
  plainLines: [{ name: 'ntp-server', pattern: /^[ \t]*ntp server \S+(?: (?:auth-enable|enable|authentication-key \d+|source-ip \S+))+[ \t]*$/ }],
  volatile: [{ name: 'generated', pattern: /^# (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} +\d{1,2} \d{2}:\d{2}:\d{2}/ }],
  errors: [{ name: 'invalid-input', pattern: /^% ?(?:Invalid input detected|Incomplete command|Ambiguous command)/m }, ...ciscoLikeErrors],
  methods: [
    {
      key: 'extreme-voss',
      friendlyName: 'VOSS running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
