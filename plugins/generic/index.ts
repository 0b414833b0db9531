/**
 * A Cisco-like CLI: the fallback for devices without their own platform, and the base that
 * cisco-ios, cisco-nxos, cisco-asa, arista-eos and others override.
 */
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers, permissionDenied, privateKeyBlock } from '../shared/patterns.ts';
import { notOption, redaction, spacedValue, typed, typedValue, value } from '../shared/secrets.ts';

/** ` VALUE` and ` [TYPE] VALUE`, the two shapes nearly every rule ends with. */
const v = spacedValue;
const tv = typedValue;
/** What SNMPv3 prints between `auth`/`priv` and the key: algorithms, key lengths, types. */
const snmpAlgorithm = String.raw`(?:md5|sha\S*|des\S*|3des|aes\S*|\d{3}|[0-9]|encrypted|ciphertext|plaintext)`;
/** Lines indented under the header line of a block, up to the one with the key. */
const inBlock = String.raw`[^\n]*\n(?:[ \t][^\n]*\n)*?[ \t]+`;

/**
 * Secrets of Cisco-like CLIs (IOS, IOS-XE, NX-OS, IOS XR, EOS, ASA, Dell, Aruba), at any
 * indentation. Only the value is replaced; a key chain's `key 1`, names and options stay.
 */
export const ciscoLikeRedactions: Redaction[] = [
  privateKeyBlock,
  // enable secret 9 $9$…, enable password level 15 7 0822…, ASA `enable password X pbkdf2`
  redaction('enable-secret', String.raw`^[ \t]*enable(?: algorithm-type \S+)? (?:secret|password)(?: level \d+)?${tv}`),
  // username, NX-OS/EOS/ASA/OS10 users, AOS-CX `user … password ciphertext`, C9800 dot1x and mgmtuser
  redaction(
    'user-password',
    String.raw`(?<![\w-])(?:password|secret)(?<=^[ \t]*(?:username|system-user|user|dot1x username|mgmtuser username)[ \t]+\S[^\n]*)${tv}`,
  ),
  // line vty ` password 7 X`, IOS XR user ` secret 10 $6$…`, NX-OS/IOS XR/OS10 BGP neighbor ` password 3 X`
  redaction('password', String.raw`^[ \t]*(?:password|secret)${typed(notOption)}`),
  // Netgear puts the access before the value: `snmp-server community rw "X"`
  redaction('snmp-community', String.raw`^[ \t]*snmp-server community(?! (?:ro|rw) )${tv}`),
  // ASA, ProCurve, AOS-CX: `snmp-server host … community X`
  redaction('snmp-community', String.raw`^[ \t]*snmp-server host [^\n]*?\bcommunity${tv}`),
  // IOS, NX-OS, EOS, OS10: `snmp-server host IP [vrf V] [informs|traps] [version 1|2c] COMMUNITY [udp-port N]`;
  // an SNMPv3 user name and NX-OS `use-vrf`/`source-interface` lines stay.
  redaction(
    'snmp-community',
    String.raw`^[ \t]*snmp-server host \S+(?: vrf \S+| informs?| traps?| version (?:1|2c?|v1|v2c)| (?:timeout|retries) \d+)*(?! (?:version|vrf|informs?|traps?|community|use-vrf|source-interface|filter-vrf|udp-port)\b)(?! \d+\.\d+\.\d+\.\d+\b)(?![^\n]*\bcommunity\b)${v}`,
  ),
  // `snmp-server user U G v3 [encrypted] auth sha X priv aes 128 Y`, NX-OS `auth md5 0x… priv 0x… localizedkey`,
  // OS6 `auth-sha-key X priv-des-key Y`, AOS-CX `snmpv3 user U auth sha auth-pass ciphertext X`
  redaction(
    'snmp-user',
    String.raw`(?<![\w-])(?:auth|priv)(?:-pass|-(?:md5|sha|des|aes\d*)(?:-key)?)?(?<=^[ \t]*snmp(?:-server|v3)? user[ \t][^\n]*)(?: ${snmpAlgorithm})*?[ \t]+(?!(?:auth|priv)(?:-pass)?(?![\w-])|${snmpAlgorithm}(?![\w-]))${value}`,
  ),
  redaction('tacacs-key', String.raw`^[ \t]*tacacs-server\b[^\n]*?\b(?:encrypted-)?key${tv}`),
  // IOS-XE `tacacs server NAME` and IOS XR `tacacs-server host X port 49` blocks: ` key 7 X`
  redaction('tacacs-key', String.raw`^[ \t]*tacacs(?:-server)? (?:server|host) ${inBlock}key${tv}`),
  redaction('radius-key', String.raw`^[ \t]*radius-server\b[^\n]*?\b(?:encrypted-)?key${tv}`),
  redaction('radius-key', String.raw`^[ \t]*radius(?:-server)? (?:server|host) ${inBlock}(?:pac )?key${tv}`),
  // `aaa server radius dynamic-author` → ` client X server-key 7 Y`, ` server-key Y`
  redaction('radius-key', String.raw`(?<![\w-])server-key${tv}`),
  // `aaa group server tacacs+|radius` → ` server-private IP key 7 X`; ASA `aaa-server NAME (if) host IP` → ` key X`
  redaction('aaa-key', String.raw`^[ \t]*server-private \S+[^\n]*?\bkey${tv}`),
  redaction('aaa-key', String.raw`^[ \t]*aaa-server \S+ (?:\(\S+\) )?host ${inBlock}key${tv}`),
  redaction('ike-psk', String.raw`^[ \t]*crypto isakmp key${tv}`),
  // keyrings ` pre-shared-key address A [M] key K`, IKEv2 ` pre-shared-key local|remote K`,
  // ASA ` ikev1 pre-shared-key K`, ` ikev2 remote-authentication pre-shared-key K`, 8.x ` pre-shared-key K`
  redaction(
    'ike-psk',
    String.raw`^[ \t]*(?:ikev[12] )?(?:(?:local|remote)-authentication )?pre-shared-key(?: (?:address|hostname) [^\n]*?\bkey| local| remote)?${typed(String.raw`(?!(?:address|hostname|local|remote)\b)`)}`,
  ),
  // Easy VPN `crypto isakmp client configuration group G` → ` key K`
  redaction('ike-psk', String.raw`^[ \t]*crypto isakmp client configuration group ${inBlock}key${tv}`),
  redaction('bgp-password', String.raw`^[ \t]*neighbor \S+ password${tv}`),
  redaction(
    'ospf-key',
    String.raw`^[ \t]*(?:ip |ipv6 )?(?:ospf |area \S+ virtual-link \S+ )?(?:message-digest-key \d+ md5|authentication-key(?! \d+ (?:md5|sha))(?! key-id\b))${tv}`,
  ),
  // Dell OS6 `ip ospf authentication encrypt KEY KEY-ID`, `ip ospf authentication simple KEY`
  redaction('ospf-key', String.raw`^[ \t]*ip ospf authentication (?:encrypt|simple)${v}`),
  redaction('ospf-key', String.raw`^[ \t]*(?:ipv6 ospf|ospfv3)(?: \d+)? authentication ipsec spi \d+ (?:md5|sha1)${tv}`),
  // IOS `isis password X`, `domain-password`, `area-password`, IOS XR `lsp-password hmac-md5 encrypted X`, EOS `authentication key 7 X`
  redaction('isis-key', String.raw`^[ \t]*(?:isis password|domain-password|area-password|lsp-password|hello-password)(?: hmac-md5| text)?${tv}`),
  redaction('isis-key', String.raw`^[ \t]*(?:isis )?authentication key${typed(String.raw`(?!eigrp\b)`)}`),
  // ASA ` authentication key eigrp 100 KEY key-id 1`
  redaction('eigrp-key', String.raw`^[ \t]*authentication key eigrp \d+${tv}`),
  // HSRP/GLBP `standby 1 authentication [text | md5 key-string 7] X`, VRRP `vrrp 1 [peer] authentication text X`,
  // NX-OS hsrp/vrrp blocks ` authentication text X`; `authentication md5 key-chain NAME` stays.
  redaction(
    'fhrp-key',
    String.raw`^[ \t]*(?:(?:standby|glbp)(?: \d+)?|vrrp \d+(?: peer| address-family \S+)?) authentication(?: text| simple| (?:ietf-)?md5 key-string)?${typed(String.raw`(?!(?:text|simple|md5|ietf-md5|key-chain|key-string)\b)`)}`,
  ),
  redaction('fhrp-key', String.raw`^[ \t]+authentication (?:text|(?:ietf-)?md5 key-string)${tv}`),
  // IOS XR `router hsrp` → `hsrp 5` → ` authentication X`; `router vrrp` → ` text-authentication X`
  redaction(
    'fhrp-key',
    String.raw`^[ \t]+authentication(?<=^[ \t]*hsrp \d+[^\n]*\n(?:[ \t][^\n]*\n){0,100}[ \t]+authentication)${typed(String.raw`(?!(?:text|md5|key-chain|key-string)\b)`)}`,
  ),
  redaction('fhrp-key', String.raw`^[ \t]*(?:vrrp \d+ )?text-authentication${tv}`),
  // IOS, NX-OS, ASA `ntp authentication-key 1 md5 X [7]`; EOS `… md5 7 X`; IOS XR `… md5 encrypted X`; OS6 `sntp …`
  redaction('ntp-key', String.raw`^[ \t]*s?ntp authentication-key \d+ \S+${tv}`),
  // IOS XR `ntp` → ` authentication-key 1 md5 encrypted X`
  redaction('ntp-key', String.raw`^[ \t]+authentication-key \d+ (?:md5|sha\S*|hmac-\S+|cmac-\S+)${tv}`),
  // key chains ` key-string 7 X`, IOS XR ` key-string password X`
  redaction('key-string', String.raw`(?<![\w-])key-string(?: password| clear)?${typed(String.raw`(?!(?:password|clear)[ \t]+\S)`)}`),
  // anything else with a type-7 key: `… key 7 X`
  redaction('key', String.raw`(?<![\w-])key 7${v}`),
  // DMVPN `ip nhrp authentication X`, `ip msdp password peer P 7 X`, NX-OS `ip pim hello-authentication ah-md5 3 X`
  redaction('nhrp-key', String.raw`^[ \t]*ip nhrp authentication${v}`),
  redaction('msdp-password', String.raw`^[ \t]*ip msdp(?: vrf \S+)? password peer \S+${tv}`),
  redaction('pim-key', String.raw`^[ \t]*ip pim hello-authentication ah-md5${tv}`),
  redaction('ppp-password', String.raw`^[ \t]*ppp (?:chap|pap) (?:password|sent-username \S+ password)${tv}`),
  // IOS `wpa-psk ascii 0 X`, C9800 ` security wpa psk set-key ascii 0 X`
  redaction('wpa-psk', String.raw`(?<![\w-])(?:wpa-psk (?:ascii|hex)|wpa psk set-key (?:ascii|hex))${tv}`),
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
  // Some gear (Cisco SMB, older IOS with in-band login) asks for the login again inside the shell.
  dialogs: [
    { name: 'username', pattern: /^(?:User ?Name|Username|Login):\s*$/i, answer: { credential: 'username' } },
    { name: 'password', pattern: /^Password:\s*$/i, answer: { credential: 'password' } },
  ],
  setup: ['terminal length 0'],
  teardown: ['exit'],
  pagers: [pagers.more],
  noise: [
    { name: 'building-configuration', pattern: /^Building configuration\.\.\.$/ },
    { name: 'current-configuration-size', pattern: /^Current configuration ?: \d+ bytes$/ },
    // `exec prompt timestamp` on the line puts these before every answer
    { name: 'cpu-load', pattern: /^Load for five secs: \d+%\/\d+%; one minute: \d+%; five minutes: \d+%$/ },
    { name: 'time-source', pattern: /^(?:Time source is [\w ]+|No time source), \*?\.?\d{1,2}:\d{2}:\d{2}/ },
  ],
  redactions: ciscoLikeRedactions,
  volatile: [
    { name: 'last-change', pattern: /^! Last configuration change at / },
    { name: 'nvram-updated', pattern: /^! NVRAM config last updated at / },
    { name: 'no-change', pattern: /^! No configuration change since last restart/ },
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
