/**
 * Check Point Gaia (R77 to R81): the operating system configuration from Clish, `set clienv
 * rows 0`, `show configuration`. The security policy lives on the management server and needs
 * its API; this is the gateway's own configuration. The account's shell must be Clish
 * (/etc/cli.sh), not expert mode.
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

export const checkpointGaia = definePlatform({
  id: 'checkpoint-gaia',
  name: 'Check Point Gaia',
  description: 'Check Point gateways and management servers running Gaia (Clish).',
  channel: 'shell',
  // `gw-01>`, `gw-01:0>` (VSX context), `[Expert@gw-01:0]#` is expert mode and not Clish.
  prompt: /^[\w.-]+(?::\d+)?>$/,
  setup: ['set clienv rows 0'],
  teardown: ['exit'],
  // Clish pages with `-- More --` until `set clienv rows 0`.
  pagers: [{ name: 'more', prompt: /-- More --/, answer: ' ' }],
  noise: [],
  redactions: [
    privateKeyBlock,
    // `set expert-password-hash $6$…`, `set user admin password-hash $6$…`, `set grub2-password-hash …`
    redaction('user-password', String.raw`(?<![\w-])(?:password-hash|expert-password-hash|grub2-password-hash)${spacedValue}`),
    // `set snmp community X read-only`, `add snmp traps receiver 192.0.2.9 version v2 community X`
    redaction('snmp-community', String.raw`(?<![\w-])community(?<=^(?:set|add) snmp [^\n]*)${spacedValue}`),
    // `add snmp usm user U security-level authPriv auth-pass-type SHA1 auth-pass-phrase-hashed 0x… privacy-pass-type AES128 privacy-pass-phrase-hashed 0x…`
    redaction('snmp-user', String.raw`(?<![\w-])(?:auth|privacy)-pass-phrase(?:-hashed)?${spacedValue}`),
    // `set ospf area backbone interface eth1 authtype md5 key 1 secret X`, `set bgp external remote-as 65001 peer 192.0.2.1 authtype md5 secret X`,
    // RIP `set rip interface eth1 authtype simple X`
    redaction('routing-key', String.raw`(?<![\w-])secret(?<=^set (?:ospf|ospf instance \S+|ospf3?|bgp|rip|ripng|pim)[ \t][^\n]*)${spacedValue}`),
    redaction('routing-key', String.raw`(?<![\w-])authtype simple${spacedValue}`),
    // `add aaa tacacs-servers priority 1 server 192.0.2.5 key X timeout 5`, `add aaa radius-servers priority 1 host 192.0.2.6 port 1812 prompt-secret 0 secret X timeout 3`
    redaction('aaa-key', String.raw`(?<![\w-])(?:key|secret)(?<=^(?:add|set) aaa (?:tacacs|radius)-servers [^\n]*)${spacedValue}`),
  ],
  volatile: [{ name: 'exported', pattern: /^# Exported by \S+ on / }],
  errors: [
    { name: 'invalid-command', pattern: /^CLINFR\d+\s+Invalid command/m },
    { name: 'clish-error', pattern: /^CLINFR\d+\s/m },
  ],
  detect: {
    command: 'show version all',
    pattern: /^Product version Check Point Gaia/m,
  },
  methods: [
    {
      key: 'checkpoint-gaia',
      friendlyName: 'Gaia configuration (Clish)',
      description: 'show configuration after set clienv rows 0.',
      commands: [{ command: 'show configuration', artifact: 'configuration' }],
    },
  ],
});

