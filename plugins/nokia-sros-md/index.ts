/**
 * Nokia SR OS in the model-driven CLI (MD-CLI): a two-line prompt (the context, `[/]` or
 * `[ex:/configure]`, above `A:admin@router1#`), `environment more false`,
 * `admin show configuration`.
 */
import { srosErrors, srosRedactions, srosVolatile } from '../nokia-sros/index.ts';
import { definePlatform } from '../platform.ts';

export const nokiaSrosMd = definePlatform({
  id: 'nokia-sros-md',
  name: 'Nokia SR OS (MD-CLI)',
  description: 'Nokia 7750 SR, 7450 ESS, 7950 XRS, 7705 SAR and 7250 IXR in the model-driven CLI.',
  channel: 'shell',
  // The second line of the prompt: `A:admin@router1# `, `*A:admin@router1# ` with uncommitted changes.
  prompt: /^\*?[A-D]:[^\s@]+@\S[^\n]*#$/,
  setup: ['environment more false'],
  teardown: ['logout'],
  pagers: [{ name: 'more', prompt: /Press Q to quit, Enter to print next line or any other key to print next page\./, answer: ' ' }],
  noise: [
    // The context line the MD-CLI prints above every prompt, left at the end of each answer.
    { name: 'context-line', pattern: /^[*!]?\[(?:(?:ex|gl|pr|ro):)?\/[^\]\n]*\]$/ },
  ],
  redactions: srosRedactions,
  volatile: [...srosVolatile, { name: 'last-modified', pattern: /^# Last modified / }],
  errors: srosErrors,
  detect: {
    banner: /^\[(?:(?:ex|gl|pr|ro):)?\/[^\]\n]*\]\r?\n\*?[A-D]:[^\s@]+@\S+# ?$/m,
    command: 'show version',
    pattern: /TiMOS-[BCI]-\d+\.\d+/,
  },
  methods: [
    {
      key: 'nokia-sros-md',
      friendlyName: 'SR OS configuration (MD-CLI)',
      description: 'admin show configuration after environment more false.',
      commands: [{ command: 'admin show configuration', artifact: 'configuration', completeWhen: { name: 'closing # Finished', pattern: /^# Finished /m } }],
    },
  ],
});
