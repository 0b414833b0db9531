/** Pagers, secrets and errors that several vendors share. */
import type { ErrorPattern, PagerRule, Redaction } from '../platform.ts';

export const pagers = {
  more: { name: 'more', prompt: /--More--(?: or \(q\)uit)?/i, answer: ' ' },
  asaMore: { name: 'asa-more', prompt: /<--- More --->/, answer: ' ' },
  moreNextPage: { name: 'more-next-page', prompt: /-- MORE --, next page: Space, next line: Enter, quit: Control-C/, answer: ' ' },
  anyKey: { name: 'press-any-key', prompt: /Press any key to continue/, answer: ' ' },
  lessLines: { name: 'less-lines', prompt: /lines \d+-\d+(?:\/\d+)?(?: \(END\))?/, answer: ' ' },
} satisfies Record<string, PagerRule>;

export const privateKeyBlock: Redaction = {
  name: 'private-key-block',
  pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----\r?\n(?<secret>[\s\S]*?)\r?\n\s*-----END [A-Z0-9 ]*PRIVATE KEY-----/gm,
};

/**
 * What a Cisco-like device answers for a startup configuration it does not have: a
 * factory-fresh or `write erase`d switch, or a box without NVRAM.
 */
export const startupAbsent = {
  name: 'startup-config absent',
  pattern: /^(?:%+ ?)?(?:startup-config is not present|Non-?volatile configuration memory (?:is )?(?:invalid or )?not present|No configuration present|startup-config file does not exist)/im,
};

export const permissionDenied: ErrorPattern = { name: 'permission-denied', pattern: /^.*[Pp]ermission denied.*$/m };
