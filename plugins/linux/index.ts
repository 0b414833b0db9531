/** Linux hosts: configuration files read with cat over exec channels, sudo optional. */
import { z } from 'zod';
import { definePlatform, type CommandStep } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';

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
  channel: 'exec',
  prompt: /[$#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    privateKeyBlock,
    { name: 'user-password', pattern: /^[\w.-]+:(?<secret>\$[^:\n]+):/gm },
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
