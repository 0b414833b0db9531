/**
 * Secrets: the building blocks platform redactions are written with, and the cross-platform
 * safety net that runtime/output.ts applies after a platform's own rules.
 *
 * A rule is a named, global + multiline regex whose group `secret` holds the value only: the
 * keyword, the quotes and the rest of the line stay, so a backup still reads like the device's
 * configuration. A value that already holds a marker is skipped, so the safety net only sees
 * what the platform's rules missed, and its names (`secret`, `key`, `hash`, …) show that.
 */
import type { Redaction } from '../platform.ts';
import { privateKeyBlock } from './patterns.ts';

export function redaction(name: string, source: string, flags = 'gm', requires?: RegExp): Redaction {
  return { name, pattern: new RegExp(source, flags), ...(requires ? { requires } : {}) };
}

/**
 * A secret value, its opening quote included in the match: the text inside double quotes
 * (backslash escapes allowed) or single quotes, the quotes staying; or one bare word. A bare
 * word never starts with a quote, a bracket, a brace, `;`, `=`, `\` or `<` (markers, XML), and
 * is not a lone `!` or `*` (NX-OS and shadow files mark locked accounts so).
 */
export const value = String.raw`["']?(?<secret>(?<=")(?:[^"\\\n]|\\.)+(?=")|(?<=')[^'\n]+(?=')|(?<!["'])(?![!*](?:\s|$))[^\s"'<>{}[\];=\\]\S*)`;

/** `value` after the blanks that separate it from its keyword. */
export const spacedValue = String.raw`[ \t]+${value}`;

/**
 * The type Cisco-like CLIs print before a value (`0` clear, `7` reversible, `5`/`8`/`9`
 * hashes, IOS XR `10`, EOS `sha512`, IOS XR `encrypted`, AOS-CX `ciphertext`).
 */
export const typeWord = String.raw`(?:[0-9]{1,2}|sha512|encrypted|clear|ciphertext|plaintext)`;
/**
 * An optional type, then the value (which `guard`, a lookahead, may restrict). A type word that
 * another word follows is never the value, so a line whose value is already a marker does not
 * give up its type instead.
 */
export const typed = (guard = '') => String.raw`(?:[ \t]+${typeWord})?[ \t]+(?!${typeWord}[ \t]+\S)${guard}${value}`;
export const typedValue = typed();

/**
 * Words that follow a secret keyword as an option of the command, never as the secret:
 * `password encryption aes`, NX-OS `password strength-check`, EOS `password minimum length`,
 * ProCurve `password manager`, PAM `password required pam_unix.so`, Junos
 * `authentication-order [ password radius ]` and `authentication-key 1 type md5 value "…"`,
 * `md5 key-chain NAME`, `ip msdp password peer X`, NTP `key 7 iburst`.
 */
const optionWords = [
  'encryption', 'strength-check', 'secure-mode', 'prompt', 'policy', 'minimum', 'minimum-length', 'min-length',
  'complexity', 'history', 'aging', 'restriction', 'configuration-control', 'composition', 'manager', 'operator',
  'port-access', 'required', 'requisite', 'sufficient', 'optional', 'include', 'substack',
  'radius', 'tacplus', 'ldaps', 'address', 'hostname', 'local', 'remote', 'peer', 'type', 'value',
  'key', 'key-chain', 'key-string', 'key-id', 'set-key', 'auth', 'priv', 'auth-pass', 'priv-pass', 'level-1', 'level-2',
  'iburst', 'burst', 'prefer', 'source', 'use-vrf', 'vrf', 'version', 'minpoll', 'maxpoll', 'for', 'is', 'to',
  // Cisco SMB `key-string row AAAA…` (a public key), `ssd file passphrase control unrestricted`,
  // `sntp server A key 8 poll`;
  // AireOS `config snmp community create|accessmode ro|ipaddr A M|mode enable NAME`.
  'row', 'control', 'poll', 'create', 'delete', 'accessmode', 'ipaddr', 'ipv6mode', 'mode',
  // VOSS password policy: `password password-history 3`, `password min-passwd-len 10`, `password aging-time day 90`
  'password-history', 'min-passwd-len', 'aging-time', 'default-lockout-time',
  // VRP and Comware print how a value is stored before it (`shared-key cipher X`, `password irreversible-cipher X`,
  // `snmp-agent community read simple X`, `key authentication cipher X`, `super password role R hash X`); EXOS `community encrypted "X"`
  'cipher', 'irreversible-cipher', 'simple', 'plain', 'read', 'write', 'authentication', 'authorization', 'accounting', 'role', 'encrypted',
  // Netgear `snmp-server community rw "X"`
  'ro', 'rw',
];
export const notOption = String.raw`(?!(?:${optionWords.join('|')})(?![\w-]))`;

/**
 * User and password in a URL: `scp://backup:Secret@host/path`; only the password goes. It starts
 * at `://` and looks back for the scheme, so the engine skips to each `://` (as secretKeywordFrom).
 */
export const urlPassword = redaction('url-password', String.raw`://(?<=\b[a-z][a-z0-9+.-]*://)[^\s/:@"'<>]+:(?<secret>[^\s/@"'<>]+)@`, 'gmi');

/**
 * Crypt-style hashes and reversible encodings wherever they stand: `$1$`, `$5$`, `$6$`, `$y$`,
 * bcrypt, Cisco type 8/9 and Junos `$9$`, ASA `$sha512$…`.
 */
export const cryptHash = redaction('hash', String.raw`(?<![\w$])(?<secret>\$(?:1|2[abxy]?|5|6|7|8|9|y|gy|sha1|sha512|md5|pbkdf2[\w-]*)\$[\w./+=$-]{4,})`);

/** OpenVPN static keys (`secret`, `tls-auth`), a PEM-like block of hex lines. */
export const openvpnStaticKey = redaction(
  'static-key-block',
  String.raw`-----BEGIN OpenVPN Static key V\d-----\r?\n(?<secret>[\s\S]*?)\r?\n-----END OpenVPN Static key V\d-----`,
);

/** Qualifiers between a keyword and its value: types, algorithms, encodings. */
const qualifier = String.raw`(?:[0-9]{1,3}|md5|sha-?\d*|hmac-[\w-]+|aes[\w-]*|des\w*|3des|encrypted|ciphertext|plaintext|clear|cleartext|hidden|hash|ENC|ascii|hex|ascii-text|hexadecimal|text|type[ \t]+\d+|level[ \t]+\d+)`;
/** What comes before `-key` (or `_key`) in a secret keyword. */
const keyPrefixes = 'pre-shared|preshared|private|auth|authentication|md5|message-digest|shared|secret|server|encryption|api|privacy|community';
/** Keywords whose value is a secret, in the spellings vendors use (lower case). */
export const secretKeyword = String.raw`(?:[\w-]*[-_])?(?:password|passwd|passphrase|secret)\d*|[\w-]*[-_]psk|(?:\w+[-_])*(?:${keyPrefixes})[-_]key|key-string|key-value`;
/**
 * `secretKeyword` where `start` (lookbehinds) holds at its first character, written to begin at
 * its literal core (`password`, `psk`, `…-key`) with the words before the core in a lookbehind:
 * the regex engine then skips to the next place such a literal could start instead of trying
 * every word of the text: the two safety-net rules below take a seventh to a ninth of the time
 * (over every fixture and recording, 3 MB). It matches the same keywords ending at the same
 * place, and only the `secret` group is masked (plugins/redaction.test.ts compares both
 * spellings over every fixture and recording).
 */
const secretKeywordFrom = (start: string) => {
  const at = (core: string, before = '') => String.raw`${core}(?<=${start}${before}${core})`;
  return String.raw`(?:${at('(?:password|passwd|passphrase|secret)', String.raw`(?:[\w-]*[-_])?`)}\d*|${at('psk', String.raw`[\w-]*[-_]`)}|${at(String.raw`(?:${keyPrefixes})[-_]key`, String.raw`(?:\w+[-_])*`)}|${at('key-(?:string|value)')})`;
};
/**
 * A word that a type and an already redacted value follow is the name the value belongs to
 * (Netgear `users passwd "admin" encrypted <redacted>`), not a second secret.
 */
const nameBeforeValue = String.raw`(?!["']?[^\s"']+["']?[ \t]+${qualifier}[ \t]+["']?<redacted:)`;
/**
 * Qualifiers, then the value: never a qualifier that another word follows, an option word or
 * a secret keyword (FortiOS `set apply-to admin-password ipsec-preshared-key`).
 */
export const qualifiedValue = String.raw`(?:[ \t]+${qualifier})*?[ \t]+${notOption}(?!${qualifier}[ \t]+\S)(?!(?:${secretKeyword})(?![\w-]))${nameBeforeValue}${value}`;

/** Where a keyword may start: not inside a word, a path, a list (`wpa2-psk,wpa-psk`) or a value (`mode=wpa2-psk`). */
export const keywordStart = String.raw`(?<![\w\-=,:'"./$])`;
/** Where the keyword of `keyword=value` may start: as keywordStart, also after a comma (mount options). */
export const equalsKeywordStart = String.raw`(?<![\w\-=:'"./$])`;
/**
 * Where a keyword is not a command: in prose ("enter your password to …"), in a description,
 * contact, location or remark, or on a comment line.
 */
export const notProse = String.raw`(?<!\b(?:your|the|a|an|my|our|no|this|that|of|for|with|enter|new|old|same|default)[ \t]+)`;
export const notFreeText = String.raw`(?<!(?:^[ \t]*[#!;]|\b(?:descr(?:iption)?|contact|location|remark|comments?|alias|banner|motd))[^\n]*)`;

/**
 * The cross-platform safety net, applied after every platform's own redactions. It redacts
 * values, not keywords: `service password-encryption`, `no password`, `key chain NAME`,
 * `crypto key generate rsa`, `ssh key-exchange`, `public-key …` and `password-policy` stay.
 */
export const secretSafetyNet: Redaction[] = [
  privateKeyBlock,
  openvpnStaticKey,
  urlPassword,
  cryptHash,
  // <password>x</password>, <bind-password>, <phash>, <authpwd>, <snmp-community-string>, <key>; never <public-key>.
  redaction(
    'xml-secret',
    String.raw`<(?<tag>(?![\w-]*public-key>)(?:[\w-]*-)?(?:password|passwd|pwd|authpwd|privpwd|phash|secret|passphrase|psk|community-string|key))>(?<secret>[^<]+)</\k<tag>>`,
    'gmi',
  ),
  // "proxyPassword": "x"
  redaction('json-secret', String.raw`"[\w-]*(?:password|passwd|passphrase|secret|psk)"[ \t]*:[ \t]*"(?<secret>(?:[^"\\\n]|\\.)+)"`, 'gmi'),
  // FortiOS prints every stored secret as `ENC <ciphertext>`.
  redaction('encrypted', String.raw`(?<![\w-])ENC[ \t]+(?<secret>[^\s"'<]\S*)`),
  // AOS-CX: `… password ciphertext AQBap…`, `auth-pass ciphertext …`.
  redaction('encrypted', String.raw`(?<![\w-])ciphertext${spacedValue}`),
  // RouterOS, INI files, mount options, wpa_supplicant, wg-quick: `secret=x`, `psk="x"`,
  // `,password=x,`, `wpa_passphrase=x`, `PrivateKey = x`, `trap-community=x`.
  redaction(
    'secret',
    String.raw`(?:${secretKeywordFrom(equalsKeywordStart)}|community(?<=${equalsKeywordStart}(?:[\w-]*-)?community)|(?:psk|(?:private|preshared|pre_shared)_?key)(?<=${equalsKeywordStart}(?:psk|(?:private|preshared|pre_shared)_?key)))[ \t]*=[ \t]*${value}`,
    'gmi',
  ),
  // Cisco-like, Junos, VyOS, FortiOS clear text: `password 7 X`, `secret "X"`, `wpa-psk 'X'`, `set passwd X`.
  redaction('secret', String.raw`${secretKeywordFrom(keywordStart + notProse)}(?![\w-])${notFreeText}${qualifiedValue}`),
  // `community X` on an SNMP line only: BGP `community NAME`, `send-community` and community lists stay.
  redaction('snmp-community', String.raw`(?<![\w-])community(?<=snmp[^\n]*community)(?:[ \t]+[0-9])?[ \t]+(?![0-9][ \t]+\S)${notOption}${value}`),
  // SNMPv3 users: `snmp-server user U G v3 auth sha X priv aes 128 Y`, `snmpv3 user U auth-pass ciphertext X`.
  redaction(
    'snmp-user',
    String.raw`(?<![\w-])(?:auth|priv)(?:-pass)?(?<=^[ \t]*snmp[\w-]*[ \t]+(?:\S+[ \t]+)?user[ \t][^\n]*)${qualifiedValue}`,
  ),
  // `message-digest-key 1 md5 X`, `auth md5 X`, `spi 256 md5 X`; `hash md5`, `mode md5 level-2` stay.
  // ASA/FTD `tcp-options md5 clear` is what a TCP map does with the option, not a key.
  redaction('md5-key', String.raw`(?<![\w-])(?<!tcp-options[ \t]+)md5${notFreeText}${qualifiedValue}`),
  // `key 7 X`, ASA ` key X`, FortiOS `set key ENC X`, VyOS `key 'X'`. A key's number (`key 1`,
  // `ntp server X key 1 iburst`), `key chain NAME`, `crypto key generate`, the name of a MACsec
  // key (`key CKN 7 CAK`), certificate files and public keys stay.
  redaction(
    'key',
    String.raw`(?<![\w-])key(?<!(?:crypto|pki|public|public-keys?[ \t]+\S+|certificate[ \t]+\S+)[ \t]+key)(?<!^-----[^\n]*)${notFreeText}(?:[ \t]+(?:[05-9]|ENC|encrypted|ciphertext|hex|ascii|clear|hidden))*?[ \t]+(?!\d+(?:[ \t;{]|$))(?!(?:chain|generate|zeroize|import|export|storage|config-key|pubkey|exchange|id|size|hash|mode|label|name|pair)(?![\w-]))(?!\S*\.(?:key|pem|crt|cer)\b)(?!\S+[ \t]+[0-9][ \t]+\S)${notOption}(?!(?:[05-9]|ENC|encrypted|ciphertext|hex|ascii|clear|hidden)[ \t]+\S)${value}`,
  ),
];
