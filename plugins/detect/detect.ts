/**
 * Test connection and platform detection (Unimus-style discovery): log in without knowing the
 * platform, then recognise the family from its banner, prompt and `show version`-like answers,
 * using each platform's `detect` hint. Nothing but harmless identification commands is sent.
 */
import { isCollectionError } from '../errors.ts';
import { generic } from '../generic/index.ts';
import type { Platform } from '../platform.ts';
import { redactSecrets } from '../runtime/output.ts';
import { declaredPlatforms, logIn, logOut, runCommand, type LoggedIn, type LoginInput } from './login.ts';

export type { LoginInput };

export interface DetectInput extends LoginInput {
  /** The platform the device is configured with, if any: its identification command is asked first. */
  expectedPlatform?: string;
}

export interface ConnectionTest {
  /** The host key the device presented, "ssh-ed25519 AAAA…". */
  hostKey: string;
  fingerprint: string;
  /** The first lines of the SSH banner and what the shell showed before its prompt, secrets redacted. */
  banner: string;
  prompt: string;
  /** Whether the prompt is a privileged one (`#`); null when its shape does not say. */
  privileged: boolean | null;
  elapsedMs: number;
}

export interface Detection {
  recognised: true;
  platform: string;
  /** The platform's first backup method. */
  backupMethod: string;
  /** The line that gave it away, and where it was seen. */
  evidence: string;
  /** Every platform that matched along the way. */
  candidates: string[];
  connection: ConnectionTest;
}

export interface NotRecognised {
  recognised: false;
  /** Why, with what the device showed. */
  reason: string;
  candidates: string[];
  /** Each identification command and the first lines of its answer, secrets redacted. */
  answers: { command: string; excerpt: string }[];
  connection: ConnectionTest;
}

export type DetectionResult = Detection | NotRecognised;

/** Identification commands, cheapest and most common first; others follow in registry order. */
const preferredCommands = ['show version', 'display version', '/system resource print', 'uname -a', 'get system status', 'show system info'];

const bannerLines = 20;
const bannerChars = 2_000;
const excerptLines = 8;
/** The longest silence one identification command may cause; an unknown command usually answers at once. */
const commandIdleMs = 8_000;

const noSecretRules: Platform = { ...generic, redactions: [] };

/** The first lines of text, with secrets replaced by markers (a MOTD can hold anything). */
export function excerpt(text: string, lines: number, chars = bannerChars): string {
  const head = text.replace(/\r/g, '').split('\n').slice(0, lines).join('\n').slice(0, chars).trim();
  return redactSecrets(head, noSecretRules).text;
}

function privilegeOf(prompt: string): boolean | null {
  if (/#$/.test(prompt)) return true;
  if (/[>$%]$/.test(prompt)) return false;
  return null;
}

function describeConnection(login: LoggedIn, started: number): ConnectionTest {
  return {
    hostKey: login.session.hostKey.key,
    fingerprint: login.session.hostKey.fingerprint,
    banner: excerpt(login.seen, bannerLines),
    prompt: login.prompt,
    privileged: privilegeOf(login.prompt),
    elapsedMs: Date.now() - started,
  };
}

/** Logs in and out: reached, authenticated, a prompt. No backup, no configuration command. */
export async function testConnection(input: LoginInput): Promise<ConnectionTest> {
  const started = Date.now();
  const login = await logIn(input);
  try {
    return describeConnection(login, started);
  } finally {
    logOut(login);
  }
}

function firstMatchingLine(text: string, pattern: RegExp): string {
  const line = text.split('\n').find((candidate) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(candidate));
  return (line ?? text.split('\n')[0] ?? '').trim().slice(0, 200);
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * Platforms with a hint of their own. A platform built with extendPlatform inherits its base's
 * hint unless it declares one; the inherited copy would only make both ambiguous, so a hint
 * counts for the first platform (in registry order, bases first) that carries it.
 */
function ownHints(platforms: readonly Platform[]): Platform[] {
  const seen = new Set<object>();
  return platforms.filter((platform) => {
    if (!platform.detect || platform.methods.length === 0 || seen.has(platform.detect)) return false;
    seen.add(platform.detect);
    return true;
  });
}

/** The identification commands to try, those of the platforms the banner suggests first. */
function commandOrder(platforms: readonly Platform[], suggested: readonly Platform[]): string[] {
  const all = platforms.flatMap((platform) => (platform.detect?.command && platform.detect.pattern ? [platform.detect.command] : []));
  const rank = (command: string) => {
    const at = preferredCommands.indexOf(command);
    return at < 0 ? preferredCommands.length : at;
  };
  const known = [...new Set(all)].sort((a, b) => rank(a) - rank(b));
  const first = suggested.flatMap((platform) => (platform.detect?.command ? [platform.detect.command] : []));
  return [...new Set([...first, ...known])];
}

/**
 * Logs in like testConnection, then recognises the platform: the banner and prompt narrow the
 * candidates, and identification commands run one by one until one platform's pattern alone
 * matches an answer. A device that no hint fits is reported with what it showed.
 */
export async function detectPlatform(input: DetectInput, platforms: readonly Platform[] = declaredPlatforms()): Promise<DetectionResult> {
  const started = Date.now();
  const hinted = ownHints(platforms);
  const expected = hinted.filter((platform) => platform.id === input.expectedPlatform);
  const login = await logIn(input, platforms);
  const answers: { command: string; excerpt: string }[] = [];
  try {
    const byBanner = hinted.filter((platform) => platform.detect?.banner && test(platform.detect.banner, login.seen));
    const candidates = new Set(byBanner.map((platform) => platform.id));
    const recognised = (platform: Platform, evidence: string): Detection => ({
      recognised: true,
      platform: platform.id,
      backupMethod: platform.methods[0].key,
      evidence,
      candidates: [...candidates],
      connection: describeConnection(login, started),
    });

    for (const command of commandOrder(hinted, [...byBanner, ...expected])) {
      let answer: string;
      try {
        answer = await runCommand(login, command, Math.min(login.commandMs, commandIdleMs));
      } catch (error) {
        // A device that stalls on, or hangs up at, a command it does not know cannot be asked anything else.
        if (isCollectionError(error) && (error.code === 'TIMEOUT' || error.code === 'OUTPUT_INVALID')) {
          answers.push({ command, excerpt: `(${error.message})` });
          break;
        }
        throw error;
      }
      answers.push({ command, excerpt: excerpt(answer, excerptLines, 600) });
      const matched = hinted.filter((platform) => platform.detect?.command === command && platform.detect.pattern && test(platform.detect.pattern, answer));
      for (const platform of matched) candidates.add(platform.id);
      const confirmed = matched.length > 1 ? matched.filter((platform) => byBanner.includes(platform)) : matched;
      if (confirmed.length === 1) {
        const [platform] = confirmed;
        return recognised(platform, `"${command}" answered: ${excerpt(firstMatchingLine(answer, platform.detect!.pattern!), 1)}`);
      }
    }
    if (byBanner.length === 1) {
      const [platform] = byBanner;
      return recognised(platform, `banner: ${excerpt(firstMatchingLine(login.seen, platform.detect!.banner!), 1)}`);
    }
    const reason =
      candidates.size > 1
        ? `could not recognise the platform: ${[...candidates].join(', ')} all match what the device showed`
        : `could not recognise the platform: no platform's banner, prompt or identification answer matched (prompt "${login.prompt}")`;
    return { recognised: false, reason, candidates: [...candidates], answers, connection: describeConnection(login, started) };
  } finally {
    logOut(login);
  }
}
