/**
 * Allied Telesis AlliedWare Plus (x230, x530, x930, SBx908, AR-Series): a Cisco-like CLI with
 * AlliedWare Plus's own secret lines (type 8 values, local RADIUS server, PPP, RIP).
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';
import { redaction, spacedValue, typedValue } from '../shared/secrets.ts';

export const alliedwarePlus = definePlatform({
  id: 'alliedware-plus',
  name: 'Allied Telesis AlliedWare Plus',
  description: 'Allied Telesis AlliedWare Plus switches and AR-Series routers.',
  channel: 'shell',
  prompt: /^\r?[\w.@:/()-]+[#>]$/,
  // Users with privilege 15 land in `>` too; `enable` asks a password only when one is set.
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  setup: ['terminal length 0'],
  teardown: ['terminal no length', 'exit'],
  pagers: [pagers.more],
  noise: [],
  redactions: [
    ...ciscoLikeRedactions,
    // `radius-server local` → ` nas 192.0.2.10 key 8 X`; ` user NAME password 8 X` is Cisco-like
    redaction('radius-key', String.raw`^[ \t]*nas \S+ key${typedValue}`),
    // PPP interfaces: ` ppp password 8 X`, ` ppp hostname H` stays
    redaction('ppp-password', String.raw`^[ \t]*ppp password${typedValue}`),
    // RIP ` ip rip authentication string X`
    redaction('rip-key', String.raw`^[ \t]*ip rip authentication string${spacedValue}`),
    // Wireless (AWC) ` wpa-personal key X` under `security N mode wpa-personal`, and ` key 8 X`
    redaction('wireless-key', String.raw`^[ \t]*(?:wpa-personal )?(?:key|passphrase)(?<=^security \d+ [^\n]*\n(?:[ \t][^\n]*\n){0,20}[ \t]*(?:wpa-personal )?(?:key|passphrase))${typedValue}`),
    // `mail smtpserver A auth username U password X`, `http ... password X`
    redaction('password', String.raw`(?<![\w-])password(?<=^[ \t]*(?:mail|smtp|crypto|atmf)[^\n]*)${typedValue}`),
  ],
  volatile: [],
  errors: ciscoLikeErrors,
  detect: {
    banner: /^AlliedWare Plus \(TM\) \d/m,
    command: 'show version',
    pattern: /AlliedWare Plus \(TM\) \d|^Software version *: \d[\s\S]*Allied Telesis/m,
  },
  methods: [
    {
      key: 'alliedware-plus',
      friendlyName: 'AlliedWare Plus running config',
      description: 'show running-config.',
      commands: [{ command: 'show running-config', artifact: 'running-config', completeWhen: { name: 'closing "end"', pattern: /^end$/m } }],
    },
  ],
});
