/** Linux hosts: configuration files read with cat over exec channels, sudo optional. */
import { z } from 'zod';
import { definePlatform, type CommandStep } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue, value } from '../shared/secrets.ts';

export const linuxOptions = z
  .object({
    files: z.array(z.string().regex(/^\/[^\0\n]*$/, 'an absolute path')).min(1).default(['/etc/hostname', '/etc/hosts']),
    sudo: z.boolean().default(false),
  })
  .strict()
  .default({ files: ['/etc/hostname', '/etc/hosts'], sudo: false });

export type LinuxOptions = z.infer<typeof linuxOptions>;

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** "/etc/network/interfaces" is stored as the artifact "etc/network/interfaces". */
export const artifactForPath = (path: string) => path.replace(/^\/+/, '');

function readFiles(options: LinuxOptions): CommandStep[] {
  return options.files.map((path) => ({
    command: `${options.sudo ? 'sudo -n ' : ''}cat -- ${shellQuote(path)}`,
    artifact: artifactForPath(path),
  }));
}

export const linux = definePlatform({
  id: 'linux',
  name: 'Linux',
  description: 'Linux hosts: configuration files over SSH exec, optionally with sudo.',
  detect: { command: 'uname -a', pattern: /^Linux \S+ \d+\.\d+/m },
  channel: 'exec',
  prompt: /[$#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    privateKeyBlock,
    // /etc/shadow: crypt hashes, locked ones too (`user:!$6$…:`), and old 13-character DES hashes
    redaction('user-password', String.raw`^[\w.-]+:!*(?<secret>\$[^:\n]+):`),
    redaction('user-password', String.raw`^[\w.-]+:!*(?<secret>[./0-9A-Za-z]{13}):\d*:`),
    // ~/.pgpass `host:port:database:user:password`
    redaction('user-password', String.raw`^[^:#\s]+:(?:\d+|\*):[^:\n]+:[^:\n]+:(?<secret>(?:[^:\n\\]|\\.)+)$`),
    // chap-secrets and pap-secrets (`client server secret [addresses]`), below the header pppd installs
    redaction(
      'ppp-secret',
      String.raw`^(?:"[^"\n]*"|[^\s#"]\S*)[ \t]+(?:"[^"\n]*"|\S+)(?<=^# client[ \t]+server[ \t]+secret[^\n]*\n(?:[^\n]*\n){0,1000}[^\n]*)${spacedValue}`,
      'gm',
      /^# client[ \t]+server[ \t]+secret/m,
    ),
    // ipsec.secrets `… : PSK "x"`, `: XAUTH`, `: EAP`
    redaction('ike-psk', String.raw`(?:^|[ \t]):[ \t]*(?:PSK|XAUTH|EAP|NTLM|PIN)${spacedValue}`),
    // snmpd.conf communities and v3 users
    redaction('snmp-community', String.raw`^[ \t]*(?:r[ow]community6?|trapcommunity)${spacedValue}`),
    redaction('snmp-community', String.raw`^[ \t]*(?:trap2?sink|informsink)[ \t]+\S+${spacedValue}`),
    redaction('snmp-community', String.raw`^[ \t]*com2sec6?(?:[ \t]+-Cn[ \t]+\S+)?[ \t]+\S+[ \t]+\S+${spacedValue}`),
    redaction('snmp-user', String.raw`[ \t](?:MD5|SHA[-\w]*|DES|AES[-\w]*)(?<=^[ \t]*createUser[ \t][^\n]*)${spacedValue}`),
    // keepalived `auth_pass X`; tac_plus `key = X` and `login = des X`
    redaction('vrrp-key', String.raw`^[ \t]*auth_pass${spacedValue}`),
    redaction('tacacs-key', String.raw`^[ \t]*key[ \t]*=[ \t]*${value}`),
    redaction('user-password', String.raw`^[ \t]*(?:login|pap|chap|arap|enable|global)[ \t]*=[ \t]*(?:des|crypt|cleartext)${spacedValue}`),
    // chrony and ntpd key files: `1 SHA256 HEX:…`, `2 MD5 secret`, `3 M secret`
    redaction('ntp-key', String.raw`^[ \t]*\d+[ \t]+(?:M|MD5|SHA\d*|SHA3-\d+|RMD\d+|AES\d*|CMAC)[ \t]+(?:HEX:|ASCII:)?(?<secret>\S+)`),
  ],
  volatile: [],
  errors: [
    { name: 'no-such-file', pattern: /^cat: .*No such file or directory$/m },
    { name: 'sudo-password-required', pattern: /^sudo: (?:a password is required|a terminal is required)/m },
    { name: 'permission-denied', pattern: /^(?:cat|sudo): .*[Pp]ermission denied/m },
  ],
  methods: [
    {
      key: 'linux',
      friendlyName: 'Linux configuration files',
      description:
        'Reads the configured files, one artifact each named by path (default /etc/hostname and /etc/hosts); options { files, sudo }.',
      artifacts: ['etc/hostname', 'etc/hosts'],
      optionsSchema: linuxOptions,
      commands: readFiles,
    },
  ],
});
