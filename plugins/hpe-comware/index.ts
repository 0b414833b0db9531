/**
 * HPE Comware and H3C (HPE 5130/5510/5940, FlexNetwork, H3C S-series, 3Com): `<host>`,
 * `screen-length disable`, `display current-configuration`, `super` for a higher level.
 */
import { z } from 'zod';
import { definePlatform, type CommandStep } from '../platform.ts';
import { redaction } from '../shared/secrets.ts';
import { displayCliRedactions, vrpValue } from '../huawei-vrp/index.ts';

/**
 * The HPE 1910 and 1920 (and the 1950's `xtd-cli-mode on`) show a limited CLI until the full one
 * is opened with a fixed password, the way Oxidized's `comware_cmdline` does it:
 * `_cmdline-mode on`, `Continue? [Y/N]` y, `Please input password:` 512900 on the 1910 (the
 * 1920 takes `Jinhua1920unauthorized`, the 1950 `foes-bent-pile-atom-ship`).
 */
export const comwareCmdlineOptions = z
  .object({
    command: z.string().regex(/^(?:_cmdline-mode on|xtd-cli-mode on)$/).default('_cmdline-mode on'),
    password: z.string().min(1).default('512900'),
  })
  .strict()
  .default({ command: '_cmdline-mode on', password: '512900' });

const currentConfiguration: CommandStep[] = [{ command: 'display current-configuration', artifact: 'current-configuration' }];

export const hpeComware = definePlatform({
  id: 'hpe-comware',
  name: 'HPE Comware / H3C',
  description: 'HPE FlexNetwork and FlexFabric switches, H3C switches and routers running Comware 5 or 7.',
  detect: {
    banner: /^\* Copyright \(c\) \d{4}-\d{4} (?:Hewlett Packard Enterprise Development LP|New H3C Technologies Co\., Ltd\.|Hangzhou H3C Tech)/m,
    command: 'display version',
    pattern: /^(?:HPE |H3C |HP )?Comware (?:Platform )?Software, Version \d/m,
  },
  channel: 'shell',
  // `<host>`, `[host]` in system view; Comware 5 may put a NUL before and a BEL after it.
  prompt: /(?:<[^<>\s][^<>]*>|\[[^[\]\s][^[\]]*\])\x07?$/,
  // Comware 7 `super` asks for the password of network-admin, Comware 5 for level 3; the prompt stays `<host>`.
  privilege: {
    command: 'super',
    passwordPrompt: /^Password:\s*$/,
    privilegedPrompt: /<[^<>]+>$/,
    promptHidesLevel: true,
    denied: /^(?:% ?)?(?:Authentication failed|Password is not correct|Invalid password)/im,
  },
  setup: ['screen-length disable'],
  teardown: ['quit'],
  pagers: [{ name: 'comware-more', prompt: /---- More ----/, answer: ' ' }],
  noise: [],
  redactions: [
    // `$c$3$…==` (reversible) and `$h$6$…==` (hash) wherever they stand
    redaction('cipher', String.raw`(?<![\w$])(?<secret>\$[ch]\$\d+\$[^\s]+)`),
    ...displayCliRedactions(vrpValue),
  ],
  volatile: [],
  errors: [
    { name: 'unrecognized-command', pattern: /^[ \t]*% ?(?:Unrecognized command|Wrong parameter|Incomplete command|Too many parameters|Ambiguous command) found at/m },
    { name: 'permission-denied', pattern: /^(?:% ?)?Permission denied\.?$/m },
  ],
  methods: [
    {
      key: 'hpe-comware',
      friendlyName: 'Comware current configuration',
      description: 'display current-configuration.',
      commands: currentConfiguration,
    },
    {
      key: 'hpe-comware-cmdline',
      friendlyName: 'Comware current configuration, limited CLI opened',
      description:
        'HPE 1910/1920/1950: opens the full CLI (`_cmdline-mode on` or `xtd-cli-mode on` with its password; options { command, password }), then display current-configuration.',
      optionsSchema: comwareCmdlineOptions,
      unlock: ({ command, password }) => [
        { command, questions: [{ pattern: /Continue\? ?\[Y\/N\]:?\s*$/i, answer: 'y' }, { pattern: /input password:\s*$/i, answer: password }] },
      ],
      commands: currentConfiguration,
    },
  ],
});
