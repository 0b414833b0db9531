/**
 * NVIDIA Cumulus Linux: Debian on a switch. The configuration is a set of files (ifupdown2,
 * FRR, switchd) read as root after `sudo`, or NVUE's own view of it (`nv config show`).
 */
import { z } from 'zod';
import { ciscoLikeRedactions } from '../generic/index.ts';
import { linux } from '../linux/index.ts';
import { definePlatform, type CommandStep, type Redaction } from '../platform.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

export const cumulusOptions = z
  .object({
    /** Back up NVUE's configuration (`nv config show`, Cumulus Linux 5) instead of the files. */
    nvue: z.boolean().default(false),
  })
  .strict()
  .default({ nvue: false });

export type CumulusOptions = z.infer<typeof cumulusOptions>;

/** What ifupdown2, FRR and switchd read; the others are left out when a switch does not have them. */
const files: { path: string; optional: boolean }[] = [
  { path: '/etc/hostname', optional: false },
  { path: '/etc/hosts', optional: true },
  { path: '/etc/network/interfaces', optional: false },
  { path: '/etc/resolv.conf', optional: true },
  { path: '/etc/ntp.conf', optional: true },
  { path: '/etc/snmp/snmpd.conf', optional: true },
  { path: '/etc/frr/daemons', optional: true },
  { path: '/etc/frr/frr.conf', optional: false },
  { path: '/etc/cumulus/ports.conf', optional: true },
  { path: '/etc/cumulus/switchd.conf', optional: true },
  { path: '/etc/cumulus/datapath/traffic.conf', optional: true },
  { path: '/etc/cumulus/acl/policy.conf', optional: true },
];

const nvueStep: CommandStep = { command: 'nv config show --color off', artifact: 'nv-config.yaml' };

function readConfiguration(options: CumulusOptions): CommandStep[] {
  if (options.nvue) return [nvueStep];
  return files.map(({ path, optional }) => ({ command: `cat ${path}`, artifact: path.replace(/^\/+/, ''), optional }));
}

/**
 * NVUE's YAML keeps some secrets as map keys: the community under `readonly-community:` and the
 * SNMPv3 keys under `auth-sha:` or `encrypt-aes:`. A key is a secret when it sits one level (two
 * spaces) below such a header, with only deeper lines between.
 */
function mapKeysUnder(name: string, headers: string): Redaction[] {
  return [4, 6, 8, 10, 12, 14, 16, 18].map((indent) =>
    redaction(
      name,
      String.raw`(?<=^ {${indent}}(?:${headers}):[ \t]*\n(?: {${indent + 4}}[^\n]*\n| {${indent + 2}}[^\s][^\n]*\n)*) {${indent + 2}}(?<secret>[^\s:'"{}]+):`,
      'gm',
      new RegExp(String.raw`^ {${indent}}(?:${headers}):[ \t]*$`, 'm'),
    ),
  );
}

export const cumulusLinux = definePlatform({
  id: 'cumulus-linux',
  name: 'NVIDIA Cumulus Linux',
  description: 'NVIDIA Cumulus Linux switches: configuration files as root (sudo; the enable secret is the sudo password), or NVUE.',
  channel: 'shell',
  // `cumulus@leaf01:mgmt:~$`: the management VRF shows after the hostname; `root@leaf01:~#`
  prompt: /[\w.-]+@[\w.-]+(?::[\w-]+)?:[^\s]*[$#]$/,
  privilege: { command: 'sudo su -', passwordPrompt: /^\[sudo\] password for [^:\s]+:\s*$|^Password:\s*$/, privilegedPrompt: /#$/ },
  setup: [],
  teardown: ['exit', 'exit'],
  pagers: [],
  noise: [],
  redactions: [
    ...linux.redactions,
    // FRR speaks Cisco: ` neighbor X password Y`, ` ip ospf message-digest-key 1 md5 Y`, `isis password`
    ...ciscoLikeRedactions,
    // NVUE: `hashed-password: '$6$…'`, `secret: X`, `bind-password: X`, `community-password: X`;
    // a locked account's `hashed-password: '*'` stays
    redaction(
      'secret',
      String.raw`^[ \t]*(?:[\w-]*-)?(?:password|secret|passphrase|psk|md5-key|preshared-key|private-key):(?![ \t]+(?:'[*!]'|"[*!]")$)${spacedValue}`,
    ),
    ...mapKeysUnder('snmp-community', 'readonly-community|readonly-community-v6|community-password'),
    ...mapKeysUnder('snmp-user', 'auth-md5|auth-sha|encrypt-aes|encrypt-des'),
  ],
  volatile: [],
  errors: [
    { name: 'no-such-file', pattern: /^cat: .*No such file or directory$/m },
    { name: 'permission-denied', pattern: /^(?:cat|sudo): .*[Pp]ermission denied/m },
    { name: 'command-not-found', pattern: /command not found$/m },
    { name: 'sudo-refused', pattern: /is not in the sudoers file/m },
  ],
  detect: {
    banner: /Cumulus Linux|Cumulus VX|NVIDIA Cumulus|@[\w.-]+:mgmt:/,
    command: 'cat /etc/lsb-release',
    pattern: /^DISTRIB_ID="?Cumulus Linux"?$/m,
  },
  methods: [
    {
      key: 'cumulus-linux',
      friendlyName: 'Cumulus Linux configuration',
      description:
        'Reads /etc/network/interfaces, /etc/frr/frr.conf, /etc/hostname and the other switch files as root; options { nvue } backs up `nv config show` instead.',
      artifacts: [...files.map(({ path }) => path.replace(/^\/+/, '')), nvueStep.artifact],
      optionsSchema: cumulusOptions,
      commands: readConfiguration,
    },
  ],
});
