/**
 * Redaction judged without the rules' own word for it: every fixture line that looks secret to
 * a vendor-independent scan must hold a marker after redaction or be allowed below with a
 * reason; real-syntax lines per platform keep everything but their value; the safety net
 * redacts values, never keywords; and what changes on every fetch (noise, volatile lines,
 * re-salted values) makes no version.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixturesDir, labPlatforms, loadPersona } from '../lab/persona.ts';
import { fetchVariables, renderTemplate } from '../lab/template.ts';
import { generic } from './generic/index.ts';
import type { CommandStep, Platform, Redaction } from './platform.ts';
import { equalsKeywordStart, keywordStart, notFreeText, notProse, qualifiedValue, secretKeyword, secretSafetyNet, typedValue, urlPassword, value } from './shared/secrets.ts';
import { findPlatform } from './registry.ts';
import { cleanOutput, redactSecrets, toTextArtifact } from './runtime/output.ts';

const looksSecret = /password|passwd|secret|key|community|psk|ENC |ciphertext|\$\d\$/i;

/** Fixture lines that look secret and hold none, each with the reason. */
const allowed: { pattern: RegExp; reason: string }[] = [
  { pattern: /^service password-encryption$/, reason: 'turns type-7 encoding on; no value' },
  { pattern: /^crypto key import rsa .* passphrase$/, reason: 'the passphrase is asked for, not stored' },
  { pattern: /^-----(?:BEGIN|END) [A-Z ]*PRIVATE KEY-----"?$/, reason: 'PEM armour; the body between is redacted' },
  { pattern: /^ ?key 1$/, reason: "a key chain's key number" },
  { pattern: /^key chain \S+$/, reason: "a key chain's name" },
  { pattern: /^crypto (?:ikev2 )?keyring \S+$/, reason: "a keyring's name; its keys are on the lines below" },
  { pattern: /^\/snmp community$/, reason: 'RouterOS: the section of the communities below' },
  { pattern: /^!export-password: default$/, reason: 'AOS-CX: export uses the default password; no value' },
  { pattern: /^PermitRootLogin prohibit-password$|^PasswordAuthentication no$/, reason: 'sshd options, no value' },
  { pattern: /authentication mode 'pre-shared-secret'$/, reason: 'VyOS: the authentication method, not the secret' },
  { pattern: /authentication type 'plaintext-password'$/, reason: 'VyOS: the VRRP authentication type' },
  { pattern: /authentication plaintext-password ''$/, reason: 'VyOS: an empty password (the account has none)' },
  { pattern: /public-key '[^']*'$/, reason: 'WireGuard peer public key' },
  { pattern: /^\s*<\/?(?:pre-shared-key|snmp-community-string)>$/, reason: 'PAN-OS: the element around the value, not the value' },
  { pattern: /community CUSTOMERS members 65000:100;?$/, reason: 'Junos: a BGP community name in policy-options' },
  { pattern: /^ntp trusted-key 1$|^ {8}trusted-key 1;$|^set system ntp trusted-key 1$/, reason: "NTP: the number of a trusted key" },
  { pattern: /^ntp server 10\.0\.0\.123 key 1(?: source inside)?;?$|^ {8}server 10\.0\.0\.123 key 1;$|^set system ntp server 10\.0\.0\.123 key 1$/, reason: 'NTP: the number of the key a server uses' },
  { pattern: /^snmpv3 enable$/, reason: 'ProCurve: turns SNMPv3 on' },
  { pattern: /^config system snmp community$/, reason: 'FortiOS: the block holding the communities' },
  { pattern: /^#config-version=/, reason: 'FortiOS header: firmware and user, no value' },
  { pattern: /^ntp-service (?:reliable |unicast-server \S+ )authentication-keyid \d+$/, reason: 'VRP, Comware: the number of an NTP key' },
  { pattern: /^ server \S+ key \d+$|^configure ntp server add \S+ key \d+ /, reason: 'ICX, EXOS: the number of the key an NTP server uses' },
  { pattern: /^ssh server key-exchange \S+$|^ssh user \S+ authentication-type password$|^ssh keyboard-interactive-auth$/, reason: 'VRP, VOSS: SSH algorithms and authentication methods' },
  { pattern: /^ authentication-mode password$|^ password-recovery enable$|^ {2}password encryption$|^password password-history \d+$/, reason: 'VRP, Comware, ZyNOS, VOSS: login methods and password policies, no value' },
  { pattern: /^ description keys and passwords are rotated monthly$/, reason: 'VRP case: a description that speaks of passwords stays' },
  { pattern: /^s?ntp trusted-key \d+ ?$|^s?ntp server 192\.0\.2\.123(?: iburst)? key \d+(?: poll)? ?$/, reason: 'NTP/SNTP: the number of a key and the server that uses it' },
  { pattern: /^\s*opmode wpa2-psk-aes ?$/, reason: 'Aruba: the SSID security mode; the passphrase has its own line' },
  { pattern: /^hash-mgmt-password$/, reason: 'Aruba Instant: store management passwords hashed; no value' },
  { pattern: /^service password-recovery$|^passwords aging \d+$|^ip ssh password-auth$|^ip ssh-client authentication password$/, reason: 'Cisco SMB/FTD: password settings, no value' },
  { pattern: /^crypto key pubkey-chain ssh$|^user-key \S+ rsa$|^key-string row \S+$/, reason: "Cisco SMB: users' SSH public keys, row by row" },
  { pattern: /^crypto key import encrypted rsa$|^---- (?:BEGIN|END) SSH2 (?:ENCRYPTED )?(?:PRIVATE|PUBLIC) KEY ----$|^Comment: RSA Public Key$/, reason: 'Cisco SMB: SSH2 key armour; the private body between is redacted' },
  { pattern: /^config wlan security wpa akm psk enable \d+$/, reason: 'AireOS: turns PSK key management on; the key is set-key' },
  {
    pattern: /^\s*<\/?(?:authorizedkeys|publickey|pubkey|sshdkeyonly|keylen|tlsauth_keydir|authentication_method|mode|type|keyType|mobilekey|preSharedKeys?|StaticKeys?|apikeys|keys|keysig|passwordauth)(?: [^>]*)?\/?>(?:[^<]*<\/\w+>)?$/,
    reason: 'pfSense/OPNsense config.xml: public keys, key lengths and types, elements around a key',
  },
  { pattern: /^\s*readonly-community:$|^\s*"SNMP_COMMUNITY": \{$/, reason: 'NVUE and SONiC: the table whose keys are the communities' },
  { pattern: /^\s*hashed-password: '\*'$/, reason: 'NVUE: a locked account has no password' },
  { pattern: /^\s*<(\w+)><\/\1>$|^\s*<descr>(?:<!\[CDATA\[[^\]]*\]\]>|[^<]*)<\/descr>$/, reason: 'config.xml: an empty element; a description' },
  { pattern: /^\s*public-key \S+$/, reason: 'TNSR: WireGuard peer public key' },
  { pattern: /^# [\w -]+ \*{8}$/, reason: 'Onyx: a secret the device hides, printed as a comment with asterisks' },
  { pattern: /^\s*ntp server \S+ keyID \d+$/, reason: 'Onyx: the number of the key an NTP server uses' },
  { pattern: /^\s*ntp server \S+ (?:auth-enable )?authentication-key \d+(?: enable)?$/, reason: 'VOSS: the number of the key an NTP server uses' },
  { pattern: /^# \(public-cert config omitted since private-key config is hidden\)$/, reason: 'Onyx: a note that the key is not shown' },
  { pattern: /^set vpn ipsec ike-group \S+ key-exchange ikev[12]$/, reason: 'EdgeOS: the IKE version' },
  { pattern: /authentication mode pre-shared-secret$/, reason: 'EdgeOS: the authentication method, not the secret' },
];

function fixtureTexts(platformId: string): { file: string; text: string }[] {
  const variables = fetchVariables({ name: `${platformId}-1`, index: 1 }, { fetch: 1, session: 1 }, 2);
  const texts = [...loadPersona(platformId).templates].map(([file, template]) => ({ file, text: renderTemplate(template, variables) }));
  const casesDir = join(fixturesDir(platformId), 'cases');
  if (existsSync(casesDir)) {
    for (const name of readdirSync(casesDir)) {
      for (const file of readdirSync(join(casesDir, name)).filter((candidate) => candidate.endsWith('.output.txt'))) {
        texts.push({ file: `cases/${name}/${file}`, text: readFileSync(join(casesDir, name, file), 'utf8') });
      }
    }
  }
  return texts;
}

describe.each(labPlatforms())('%s fixtures', (platformId) => {
  test('every line that looks secret holds a marker or is allowed with a reason', () => {
    const platform = findPlatform(platformId)!;
    const unexplained: string[] = [];
    for (const { file, text } of fixtureTexts(platformId)) {
      for (const line of redactSecrets(text, platform).text.split('\n')) {
        if (!looksSecret.test(line) || line.includes('<redacted:')) continue;
        if (!allowed.some((entry) => entry.pattern.test(line))) unexplained.push(`${file}: ${line}`);
      }
    }
    expect(unexplained).toEqual([]);
  });
});

/**
 * A rule's `requires` lets a text skip it (redaction would otherwise try a long lookbehind at every
 * line): so it must hold in every text where the rule matches. Checked with the guard left out,
 * over every platform's fixtures and recorded cases, and over texts made to match.
 */
describe('guarded redactions', () => {
  const guarded = labPlatforms().flatMap((platformId) => findPlatform(platformId)!.redactions.filter((rule) => rule.requires).map((rule) => ({ platformId, rule })));
  const texts = labPlatforms().flatMap((platformId) => fixtureTexts(platformId).map(({ text }) => text));
  const made = [
    '# Secrets for authentication using CHAP\n# client\tserver\tsecret\tIP addresses\nalice\t*\tChapSecret1\t*\n"bob"  gw  "Quoted Secret" 10.0.0.2',
    '{\n    "SNMP_COMMUNITY": {\n        "Ro-Comm": {\n            "TYPE": "RO"\n        }\n    }\n}',
    'system:\n  snmp-server:\n    readonly-community:\n      Nv-Comm:\n        access:\n          any: {}',
  ];

  test('some rules are guarded: the ppp secrets files, the SONiC community table, NVUE map keys', () => {
    expect(new Set(guarded.map(({ rule }) => rule.name))).toEqual(new Set(['ppp-secret', 'snmp-community', 'snmp-user']));
  });

  test('a text the unguarded rule matches also matches the guard', () => {
    const unguarded: string[] = [];
    let matched = 0;
    for (const { platformId, rule } of guarded) {
      for (const text of [...texts, ...made]) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(text)) continue;
        matched++;
        if (!rule.requires!.test(text)) unguarded.push(`${platformId} ${rule.name}: ${text.slice(0, 80)}`);
      }
    }
    expect(unguarded).toEqual([]);
    expect(matched).toBeGreaterThanOrEqual(3);
  });

  test('the guarded rules still redact: chap-secrets, SONiC and NVUE communities', () => {
    expect(redactSecrets(made[0], findPlatform('linux')!).text).toContain('alice\t*\t<redacted:ppp-secret>\t*');
    expect(redactSecrets(made[0], findPlatform('linux')!).text).toContain('"bob"  gw  "<redacted:ppp-secret>" 10.0.0.2');
    expect(redactSecrets(made[1], findPlatform('sonic')!).text).toContain('"<redacted:snmp-community>": {');
    expect(redactSecrets(made[2], findPlatform('cumulus-linux')!).text).toContain('      <redacted:snmp-community>:');
  });
});

/**
 * Real-syntax lines per platform. `[[value]]` marks the secret: the line must come back with a
 * marker in its place and every other character unchanged. A line without `[[…]]` must come back
 * as it is.
 */
const syntax: Record<string, string[]> = {
  'cisco-ios': [
    'enable secret 9 [[$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM]]',
    'username backup privilege 5 password 7 [[0822455D0A165445415F59]]',
    'snmp-server host 10.42.0.35 vrf Mgmt-vrf informs version 2c [[Trap-Comm]]  tty vtp',
    'snmp-server host 10.42.0.36 vrf Mgmt-vrf informs version 3 auth oxidized  bfd bridge',
    'snmp-server user v3user v3group v3 auth sha [[Auth-Pass]] priv aes 128 [[Priv-Pass]]',
    ' pre-shared-key address 198.51.100.9 key [[Keyring-Psk]]',
    '  pre-shared-key local [[Local-Ikev2]]',
    ' client 10.10.20.20 server-key 7 [[0822455D0A16]]',
    ' server-private 10.0.0.50 key 7 [[ABCDEFGH1234]]',
    '    key-string 7 [[104D000A0618]]',
    ' key 1',
    'key chain OSPF-KEYS',
    ' standby 1 authentication md5 key-string 7 [[070C285F4D06]] timeout 30',
    ' standby 3 authentication md5 key-chain HSRP-CHAIN',
    '   ip ospf message-digest-key 1 md5 7 [[02050D480809]]',
    ' isis password [[Isis-Pw]] level-2',
    ' ppp chap password 7 [[13061E010803]]',
    ' security wpa psk set-key ascii 0 [[Wlan-Psk]]',
    'ntp authentication-key 42 md5 [[Ntp-Key]] 7',
    'service password-encryption',
    'aaa authentication login default group tacacs+ local',
    'crypto key generate rsa modulus 2048',
    'ip ssh server algorithm kex ecdh-sha2-nistp256',
    'no password',
    ' authentication pre-share',
    'banner motd ^C Please enter your password to continue ^C',
  ],
  'cisco-nxos': [
    'snmp-server host 10.0.0.162 traps version 2c [[Nx-Trap]] udp-port 162',
    'snmp-server host 10.0.0.162 use-vrf management',
    'snmp-server user admin network-admin auth md5 [[0x3f0a5c3b1de4aa55]] priv [[0x4f0a5c3b1de4aa66]] localizedkey',
    '    password 3 [[5a9cc1f4b39a3f8e]]',
    '  ip ospf authentication-key 3 [[7b7c05c3b8a9d1e2]]',
    'no password strength-check',
  ],
  'cisco-iosxr': [
    '  password encrypted [[1511021F0725]]',
    '   message-digest-key 1 md5 encrypted [[094F471A1A0A]]',
    '  key-string password [[02050D480809]]',
    ' key 1',
  ],
  'cisco-asa': [
    'failover key [[Failover-Key]]',
    ' ldap-login-password [[Ldap-Bind]]',
    'vpdn username dsl password [[Vpdn-Pw]] store-local',
    ' pre-shared-key [[Tunnel-Group-Psk]]',
    ' neighbor 10.1.1.1 password 0 [[Asa-Bgp]]',
    'snmp-server host inside 10.0.0.162 community [[Asa-Comm]] version 2c',
    'snmp-server host inside 10.0.0.163 poll',
    'password encryption aes',
  ],
  'arista-eos': [
    'snmp-server host 10.1.2.3 version 1 [[string123]]',
    'aaa root secret sha512 [[$6$Xu1nJ2m7Z3GyQ5Jk$Vb0Yxwn]]',
    'ntp authentication-key 1 md5 7 [[0242114B0E143F015F]]',
    'service unsupported-transceiver LabCorp [[a1b2c3d4]]',
  ],
  'juniper-junos': [
    '        authentication-key 1 type md5 value "[[$9$LabNtp.Key]]"; ## SECRET-DATA',
    '            md5 1 key "[[$9$Ospf.Md5]]"; ## SECRET-DATA',
    '                "scp://backup:[[Archive-Pw]]@10.0.0.70/junos/" password "[[$9$Archive]]"; ## SECRET-DATA',
    'set snmp community [[lab-ro]] authorization read-only',
    'set snmp v3 usm local-engine user mon authentication-sha authentication-key "[[$9$Usm.Auth]]"',
    '    community CUSTOMERS {',
    'set policy-options community CUSTOMERS members 65000:100',
    '        authentication-order [ password radius ];',
  ],
  'mikrotik-routeros': [
    'add name=core remote-address=10.255.0.1 remote-as=65000 tcp-md5-key=[[Bgp-Md5]]',
    'add interface=wg1 public-key="Yq2rT7nWc1K9pLmZ0xVb4Hs8Df3Gj6Ua5Ne2Ri7Oo0M=" preshared-key="[[WgPsk]]"',
    'add authentication-types=wpa2-psk mode=dynamic-keys name=office wpa2-pre-shared-key=[[Wifi-Psk]]',
    'set always-allow-password-login=yes',
  ],
  'fortinet-fortios': [
    '        set secondary-key ENC [[AAAAAAAAAABBBBBBBBBBCCCCCCCCCC]]',
    '        set crptpasswd ENC [[Q2ZtYW5hZ2VyRW5j]]',
    '#private-encryption-key=[[9b1c2d3e4f]]',
    '    set md5-key 1 [[Ospf-Clear]]',
    '    set apply-to admin-password ipsec-preshared-key',
  ],
  'paloalto-panos': [
    '<snmp-community-string>[[Pan-Comm]]</snmp-community-string>',
    '<bind-password>[[-AQ==LdapBind==]]</bind-password>',
    '<authpwd>[[-AQ==V3Auth==]]</authpwd>',
    '<key>[[-AQ==OspfMd5==]]</key>',
  ],
  'hp-procurve': [
    'snmp-server host 10.0.0.162 community "[[Trap-Comm]]"',
    'password manager user-name "admin" sha1 "[[5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8]]"',
    'password manager',
    'tacacs-server host 10.0.0.49 encrypted-key "[[U2FsdGVkX1]]"',
  ],
  'aruba-aoscx': [
    'snmp-server host 10.7.32.31 trap version v2c community [[trapcomm]]',
    'snmpv3 user mon auth sha auth-pass ciphertext [[AQBapAuth]] priv aes priv-pass ciphertext [[AQBapPriv]]',
    '    neighbor 10.0.0.2 password ciphertext [[AQBapBgp]]',
    'radius-server key ciphertext [[AQBapRadius]]',
    'user robot authorized-key ssh-rsa AAAAB3NzaC1yc2E oxidized@local',
  ],
  'dell-os6': [
    'radius-server key 7 "[[Global-Radius]]"',
    'sntp authentication-key 1 md5 "[[Sntp-Key]]"',
  ],
  'dell-os10': [
    'system-user linuxadmin password [[$6$5DdOHYg5$Lab.LinuxAdmin.Hash]]',
    '  password 9 [[Lab9BgpCipher]]',
  ],
  vyos: [
    "set service snmp trap-target 10.10.10.10 community '[[snmppublic]]'",
    "set interfaces wireguard wg0 peer testpeer preshared-key '[[AAAAAAAAAABBBBBBBBBB=]]'",
    "set pki certificate openvpn_vtun3 private key '[[AAAAAAAAAACCCCCCCCCC]]'",
    "set system login user ops authentication public-keys ops@laptop key 'AAAAC3NzaC1lZDI1NTE5'",
    "set policy route-map RM rule 10 set community add '65000:100'",
  ],
  // ExtremeXOS command reference: `configure ntp [server | peer] add [ip_address | host_name] {key keyid} {option [burst | initial-burst]} {vr vr_name}`
  'extreme-exos': [
    'create ntp key 5 md5 encrypted "[[Exos-Ntp-Key]]"',
    'configure ntp server add 10.0.0.123 key 5 vr VR-Mgmt',
    'configure ntp peer add ntp.example.net key 9 option initial-burst vr VR-Default',
    'configure ntp server add 10.0.0.124 key 7 burst',
  ],
  // VOSS: `ntp authentication-key <1-2147483647> WORD<1-20>`, `ntp server <A.B.C.D> [auth-enable] [authentication-key <0-2147483647>] [enable] [source-ip …]`
  'extreme-voss': [
    'ntp authentication-key 22 [[Voss-Ntp-Key]]',
    'ntp server 10.0.0.123 auth-enable authentication-key 1',
    'ntp server 10.0.0.124 authentication-key 22 enable source-ip 10.1.1.1',
  ],
  // TNSR: `restconf` → `global server-key <pki-key-name>` (a recorded TNSR 23.11 session)
  'netgate-tnsr': ['    global server-key restconf', '    global server-certificate restconf', '    psk [[Ike-Psk]]'],
  linux: [
    'backup:![[$6$rounds=5000$saltsalt$hashvalue]]:19723:0:99999:7:::',
    'daemon:*:19523:0:99999:7:::',
    'password required pam_unix.so obscure sha512',
  ],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const expectedPattern = (line: string) =>
  new RegExp(`^${line.split(/\[\[.*?\]\]/).map(escape).join('<redacted:[\\w.-]+>')}$`);

describe.each(Object.entries(syntax))('%s syntax', (platformId, lines) => {
  test.each(lines)('%s', (line) => {
    const input = line.replace(/\[\[(.*?)\]\]/g, '$1');
    const secrets = [...line.matchAll(/\[\[(.*?)\]\]/g)].map((match) => match[1]);
    const { text } = redactSecrets(input, findPlatform(platformId)!);
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).toMatch(expectedPattern(line));
  });
});

describe('plain lines', () => {
  const withPlainLine: Platform = { ...generic, redactions: [], plainLines: [{ name: 'example', pattern: /^keep key 5 vr VR$/ }] };

  test('sit out the safety net only: the same line elsewhere, or on a platform without it, is redacted', () => {
    expect(redactSecrets('keep key 5 vr VR\nradius key 5 vr VR', withPlainLine).text).toBe('keep key 5 vr VR\nradius key 5 <redacted:key> VR');
    expect(redactSecrets('keep key 5 vr VR', { ...withPlainLine, plainLines: [] }).text).toBe('keep key 5 <redacted:key> VR');
  });

  test('a safety-net match that spans one (a private key block) is redacted whole, as without plain lines', () => {
    const block = '-----BEGIN RSA PRIVATE KEY-----\nkeep key 5 vr VR\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';
    const { text } = redactSecrets(block, withPlainLine);
    expect(text).not.toContain('MIIEowIBAAKCAQEA');
    expect(text).not.toContain('keep key');
    expect(text).toBe(redactSecrets(block, { ...withPlainLine, plainLines: [] }).text);
  });
});

describe('the safety net, behind a platform without rules', () => {
  const bare: Platform = { ...generic, redactions: [] };
  const redacts = [
    'some-os password 7 [[0822455D0A16]]',
    'peer 10.0.0.1 secret "[[Peer-Secret]]"',
    'wifi wpa-psk [[Wifi-Psk]]',
    'radius host 10.0.0.1 key [[Radius-Key]]',
    'radius host 10.0.0.2 key 7 [[094F471A1A0A]]',
    'set tacacs-key ENC [[QmFzZTY0RW5j]]',
    'user admin password ciphertext [[AQBapUser]]',
    'account admin hash [[$6$salt$hashvaluehash]]',
    'archive "ftp://backup:[[Ftp-Pw]]@10.0.0.70/"',
    '<password>[[Xml-Pw]]</password>',
    '"proxyPassword": "[[Json-Pw]]"',
    'add name=ppp1 password=[[Ppp-Pw]]',
    'snmp-server community [[Snmp-Comm]] RO',
    'snmp-agent user u1 auth sha [[V3-Auth]] priv aes [[V3-Priv]]',
    'ospf message-digest-key 1 md5 [[Ospf-Md5]]',
  ];
  const keeps = [
    'service password-encryption',
    'no password',
    'password-policy enable',
    'key chain OSPF-KEYS',
    ' key 1',
    'crypto key generate rsa modulus 2048',
    'ssh key-exchange group14',
    'ip ssh pubkey-chain',
    'set public-key "AAAAC3NzaC1lZDI1NTE5"',
    'aaa authentication login default group tacacs+ local',
    'password encryption aes',
    'description Password reset desk',
    'ntp server 10.0.0.123 key 1 iburst',
    'isis authentication mode md5 level-2',
    ' hash md5',
    'neighbor 10.0.0.2 send-community both',
    'set community 65000:100 additive',
    'snmp-server enable traps',
    '# client        server  secret                  IP addresses',
  ];
  test.each(redacts)('redacts the value of: %s', (line) => {
    expect(redactSecrets(line.replace(/\[\[(.*?)\]\]/g, '$1'), bare).text).toMatch(expectedPattern(line));
  });
  test.each(keeps)('keeps: %s', (line) => {
    expect(redactSecrets(line, bare).text).toBe(line);
  });
});

function firstStep(platformId: string): { platform: Platform; step: CommandStep } {
  const platform = findPlatform(platformId)!;
  const commands = platform.methods[0].commands;
  return { platform, step: (Array.isArray(commands) ? commands : commands({ files: ['/etc/hosts'], sudo: false }))[0] };
}

describe('what changes on every fetch makes no version', () => {
  test('IOS: exec prompt timestamps are noise; "No configuration change since last restart" is volatile', () => {
    const { platform, step } = firstStep('cisco-ios');
    const answer = [
      'Load for five secs: 3%/0%; one minute: 2%; five minutes: 2%',
      'Time source is NTP, 10:22:01.123 UTC Mon Nov 23 2026',
      'Building configuration...',
      '',
      '! No configuration change since last restart',
      'hostname r1',
      'end',
    ].join('\n');
    const artifact = toTextArtifact(cleanOutput(answer, step, platform, false), step, platform, false);
    expect(artifact.content).toBe('! No configuration change since last restart\nhostname r1\nend\n');
    expect(artifact.comparable).toBe('hostname r1\nend\n');
  });

  test('IOS XR: the timestamp line is noise, a configuration line of the same words is not', () => {
    const { platform, step } = firstStep('cisco-iosxr');
    const answer = 'Mon Nov 23 10:00:00.123 UTC\nbanner motd "Mon Nov 23 10:00:00.123 UTC maintenance"\nend';
    expect(cleanOutput(answer, step, platform, false)).toBe('banner motd "Mon Nov 23 10:00:00.123 UTC maintenance"\nend');
  });

  test('FortiOS: re-salted ENC values, the login user and FortiGuard data compare equal, with and without secrets', () => {
    const { platform, step } = firstStep('fortinet-fortios');
    const fetch = (n: number, user: string) =>
      [
        `#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0:user=${user}`,
        `#private-encryption-key=Key${n}Salt`,
        'config user tacacs+',
        '    edit "tacacs"',
        `        set key ENC Salted${n}Value==`,
        `        set secondary-key ENC Other${n}Value==`,
        '    next',
        'end',
        'config firewall internet-service-name',
        '    edit "Google-Other"',
        `        set internet-service-id ${65536 + n}`,
        '    next',
        'end',
        'config vpn certificate local',
        '    edit "lab"',
        `        set comments "Error (No order found for account ID 42) on 2026-11-2${n}"`,
        '        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----',
        `Salted${n}PrivateKeyMaterial`,
        '-----END ENCRYPTED PRIVATE KEY-----"',
        '    next',
        'end',
      ].join('\n');
    for (const keepSecrets of [true, false]) {
      const [first, second] = [fetch(1, 'admin'), fetch(2, 'TACACS-USER')].map((text) => toTextArtifact(text, step, platform, keepSecrets));
      expect(first.content).not.toBe(second.content);
      expect(first.comparable).toBe(second.comparable);
      expect(first.comparable).not.toMatch(/Salted\d|Key\dSalt|config firewall internet-service-name|internet-service-id|-----BEGIN/);
      expect(first.comparable).toContain('config vpn certificate local');
    }
  });

  test('RouterOS: status comments and the export header are volatile', () => {
    const { platform, step } = firstStep('mikrotik-routeros');
    const volatile = [
      '# 2024-10-25 06:08:35 by RouterOS 7.10.1',
      '# jan/02/2024 10:00:00 by RouterOS 6.49.10',
      '# poe-out status: short_circuit',
      '# ether5 not ready',
      '# inactive time',
      '# received packet from 192.0.2.1 bad format',
      '# Firmware upgraded successfully, please reboot for changes to take effect!',
      '# Interface not active',
    ];
    const artifact = toTextArtifact(['/interface ethernet', ...volatile, 'set [ find default-name=ether1 ] poe-out=off'].join('\n'), step, platform, false);
    expect(artifact.comparable).toBe('/interface ethernet\nset [ find default-name=ether1 ] poe-out=off\n');
  });
});

/**
 * Rules written to start at a literal (`password`, `://`, `neighbor`) and look back for what comes
 * before it, so the regex engine skips to each place the literal could be instead of trying every
 * word: each must mask exactly what its plain spelling, starting at the first character, masks.
 */
describe('rules that start at a literal and look back', () => {
  const plain: { rule: Redaction; source: string }[] = [
    {
      rule: secretSafetyNet.find((rule) => rule.name === 'secret' && rule.pattern.source.includes('=[ \\t]*'))!,
      source: String.raw`${equalsKeywordStart}(?:${secretKeyword}|psk|(?:[\w-]*-)?community|(?:private|preshared|pre_shared)_?key)[ \t]*=[ \t]*${value}`,
    },
    {
      rule: secretSafetyNet.find((rule) => rule.name === 'secret' && !rule.pattern.source.includes('=[ \\t]*'))!,
      source: String.raw`${keywordStart}${notProse}(?:${secretKeyword})(?![\w-])${notFreeText}${qualifiedValue}`,
    },
    { rule: urlPassword, source: String.raw`\b[a-z][a-z0-9+.-]*://[^\s/:@"'<>]+:(?<secret>[^\s/@"'<>]+)@` },
    {
      rule: findPlatform('nvidia-onyx')!.redactions.find((rule) => rule.pattern.source.includes('router bgp'))!,
      source: String.raw`(?<=^[ \t]*router bgp [^\n]*)(?<![\w-])neighbor \S+ password${typedValue}`,
    },
  ];
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : /\.(?:txt|tpl)$/.test(entry.name) ? [join(dir, entry.name)] : []));
  const keywords = ['password', 'passwd12', 'passphrase', 'secret', 'enable-secret2', 'my_auth_key', 'psk', 'wpa2_psk', 'foo-psk-bar', 'pre-shared-key', 'preshared_key', 'privatekey', 'api_key_id', 'a-b-c_password', 'xpassword', 'secretive', 'key-string', 'key-value', 'community', 'trap-community', 'x-community-key', 'key'];
  const separators = [' ', ' 7 ', ' "', "='", '=', ' = ', ' sha512 ', ' encrypted ', ' : ', ','];
  const leads = ['', ' ', 'set ', 'the ', 'no ', '# ', 'description ', 'x=', 'a,', '"', 'your ', '\t', 'router bgp 1 neighbor 10.0.0.1 '];
  const made = [
    ...leads.map((lead) => keywords.flatMap((keyword) => separators.map((separator) => `${lead}${keyword}${separator}V4lue${separator.includes('"') ? '"' : separator.includes("'") ? "'" : ''} tail`)).join('\n')),
    'scp://backup:Secret@host/p http://a:b@c ftp://:x@y HTTP://U:P@h 9http://a:b@c a.b+c://u:p@h -s://u:p@h _x://u:p@h',
    'router bgp 65000 vrf default neighbor 10.0.0.1 password 7 X\n router bgp 1 neighbor a password Y\nrouter bgp 2 xneighbor a password Z\nneighbor 1 password W\nrouter bgp 3 neighbor neighbor password V',
  ];
  const texts = [
    ...labPlatforms().flatMap((platformId) => fixtureTexts(platformId).map(({ text }) => text)),
    ...files(join(import.meta.dirname, 'recordings')).map((file) => readFileSync(file, 'utf8')),
    ...readdirSync(import.meta.dirname, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() && existsSync(join(import.meta.dirname, entry.name, 'fixtures')) ? files(join(import.meta.dirname, entry.name, 'fixtures')) : [])).map((file) => readFileSync(file, 'utf8')),
    ...made,
  ];
  const secrets = (pattern: RegExp, text: string) => {
    const global = new RegExp(pattern.source, [...new Set([...pattern.flags, 'g', 'd'])].join(''));
    const found: string[] = [];
    for (let match = global.exec(text); match; match = global.exec(text)) {
      if (match[0] === '') global.lastIndex++;
      const span = match.indices?.groups?.secret;
      if (span) found.push(text.slice(span[0], span[1]) + `@${span[0]}`);
    }
    return found;
  };

  test.each(plain.map(({ rule, source }) => [rule.name, rule, source] as const))('%s masks what its plain spelling masks', (_name, rule, source) => {
    const reference = new RegExp(source, rule.pattern.flags);
    expect(rule.pattern.source).not.toBe(reference.source);
    let matched = 0;
    for (const text of texts) {
      const expected = secrets(reference, text);
      matched += expected.length;
      expect(secrets(rule.pattern, text)).toEqual(expected);
    }
    expect(matched).toBeGreaterThanOrEqual(5);
  });
});
