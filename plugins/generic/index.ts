/**
 * A Cisco-like CLI: the fallback for devices without their own platform, and the base that
 * cisco-ios, cisco-nxos, cisco-asa, arista-eos and others override.
 */
import { definePlatform } from '../platform.ts';
import { pagers, permissionDenied, privateKeyBlock } from '../shared/patterns.ts';

const enableSecret = { name: 'enable-secret', pattern: /^enable (?:secret|password)(?: level \d+)?(?: \d+| sha512)? (?<secret>\S+)/gm };
const userPassword = { name: 'user-password', pattern: /^username \S+(?: .*?)? (?:password|secret)(?: \d+| sha512)? (?<secret>\S+)/gm };
const linePassword = { name: 'line-password', pattern: /^ password(?: \d+)? (?<secret>\S+)/gm };
const snmpCommunity = { name: 'snmp-community', pattern: /^snmp-server community (?<secret>\S+)/gm };
const tacacsKey = { name: 'tacacs-key', pattern: /^tacacs-server (?:host \S+ )?key(?: \d+)? (?<secret>\S+)/gm };
const radiusKey = { name: 'radius-key', pattern: /^radius-server (?:host \S+ .*?)?key(?: \d+)? (?<secret>\S+)/gm };
const isakmpKey = { name: 'ike-psk', pattern: /^crypto isakmp key(?: \d+)? (?<secret>\S+)/gm };
const keyringPsk = { name: 'ike-psk', pattern: /^\s+pre-shared-key(?: local| remote)?(?: \d+)? (?<secret>\S+)/gm };
const bgpPassword = { name: 'bgp-password', pattern: /^\s+neighbor \S+ password(?: \d+)? (?<secret>\S+)/gm };
const ospfKey = { name: 'ospf-key', pattern: /^ ip ospf (?:message-digest-key \d+ md5|authentication-key)(?: \d+)? (?<secret>\S+)/gm };
const ntpKey = { name: 'ntp-key', pattern: /^ntp authentication-key \d+ md5 (?<secret>\S+)/gm };

export const ciscoLikeRedactions = [
  enableSecret,
  userPassword,
  linePassword,
  snmpCommunity,
  tacacsKey,
  radiusKey,
  isakmpKey,
  keyringPsk,
  bgpPassword,
  ospfKey,
  ntpKey,
  privateKeyBlock,
];

export const ciscoLikeErrors = [
  { name: 'invalid-input', pattern: /^% ?Invalid (?:input|command)/m },
  { name: 'incomplete-command', pattern: /^% ?(?:Incomplete|Ambiguous) command/m },
  { name: 'unknown-command', pattern: /^% ?Unknown command|^Unknown command/m },
  { name: 'authorization-failed', pattern: /^% ?(?:Authorization failed|Command authorization failed)/m },
  permissionDenied,
];

export const generic = definePlatform({
  id: 'generic',
  name: 'Generic Cisco-like CLI',
  description: 'Any device with a Cisco-like CLI: enable, terminal length 0, show running-config.',
  channel: 'shell',
  // Learned after login from its terminator: hostnames with spaces, HA suffixes, custom prompts.
  prompt: /\S\s?[>#]$/,
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /#$/ },
  setup: ['terminal length 0'],
  teardown: ['exit'],
  pagers: [pagers.more],
  noise: [
    { name: 'building-configuration', pattern: /^Building configuration\.\.\.$/ },
    { name: 'current-configuration-size', pattern: /^Current configuration ?: \d+ bytes$/ },
  ],
  redactions: ciscoLikeRedactions,
  volatile: [
    { name: 'last-change', pattern: /^! Last configuration change at / },
    { name: 'nvram-updated', pattern: /^! NVRAM config last updated at / },
    { name: 'ntp-clock-period', pattern: /^ntp clock-period \d+/ },
  ],
  errors: ciscoLikeErrors,
  methods: [
    {
      key: 'generic',
      friendlyName: 'Generic CLI running-config',
      description: 'show running-config from a Cisco-like CLI.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
