/**
 * Logs in to a device whose platform is unknown: SSH with the device's profile and host key,
 * a shell, the dialogs any platform answers, and a prompt of any common shape. What it saw on
 * the way (SSH banner, MOTD, prompt) is what platform detection starts from.
 */
import { CollectionError } from '../errors.ts';
import type { Dialog, PagerRule, Platform } from '../platform.ts';
import { listPlatforms, findPlatform } from '../registry.ts';
import { ChannelReader, type LineTest } from '../runtime/expect.ts';
import { openDeviceSession } from '../runtime/engine.ts';
import type { SshChannel, SshSession } from '../runtime/ssh-session.ts';
import type { CollectDevice, Credentials, Logger, Timeouts } from '../types.ts';

export interface LoginInput {
  device: Pick<CollectDevice, 'name' | 'host' | 'port' | 'sshProfile' | 'knownHostKey' | 'prompt'>;
  credentials: Credentials;
  signal: AbortSignal;
  timeouts?: Timeouts;
  log: Logger;
}

/** Shorter than a backup's: a device that needs longer than this to show a prompt is worth a look anyway. */
export const loginTimeouts = { connectMs: 15_000, commandMs: 10_000 };

/**
 * A prompt of any family, by its end: `>`, `#`, `$`, `%` (optionally after a space, as in
 * `FGT # ` or `[admin@MikroTik] > `), `]` (`[~HUAWEI]`) or a path after `]` and a colon
 * (pfSense's `[2.7.2-RELEASE][admin@fw]/root: `); alone on its line too (Firepower's `> `).
 */
export const anyPrompt = /(?:^|\S)(?:\s?[>#$%]|\]|\][^\s\]]*:)$/;

/** Pagers of families whose declarations do not need one (exec channel) but whose shells page. */
const extraPagers: PagerRule[] = [{ name: 'junos-more', prompt: /---\(more(?: \d+%)?\)---/, answer: ' ' }];

/** The most dialogs a login answers before it counts as stuck. */
const maximumDialogs = 8;

export function declaredPlatforms(): Platform[] {
  return listPlatforms().map((info) => findPlatform(info.id)!);
}

/** Every platform's dialogs, once each: an unknown device may ask any of them. */
export function knownDialogs(platforms: readonly Platform[]): Dialog[] {
  const seen = new Map<string, Dialog>();
  for (const dialog of platforms.flatMap((platform) => platform.dialogs ?? [])) {
    const key = `${dialog.pattern.source}/${dialog.pattern.flags}`;
    if (!seen.has(key)) seen.set(key, dialog);
  }
  return [...seen.values()];
}

export function knownPagers(platforms: readonly Platform[]): PagerRule[] {
  const seen = new Map<string, PagerRule>();
  for (const pager of [...platforms.flatMap((platform) => platform.pagers), ...extraPagers]) {
    if (!seen.has(pager.prompt.source)) seen.set(pager.prompt.source, pager);
  }
  return [...seen.values()];
}

export interface LoggedIn {
  session: SshSession;
  channel: SshChannel;
  reader: ChannelReader;
  /** The exact prompt, learnt after login. */
  prompt: string;
  /** What later prompts look like: the learnt one, or what a platform whose prompt changes per command allows. */
  laterPrompt: RegExp;
  /** The SSH banner and everything the shell showed before its first prompt, rendered. */
  seen: string;
  commandMs: number;
}

const matching = (pattern: RegExp): LineTest => (line) => pattern.test(line.trimEnd());

function promptPattern(input: LoginInput): RegExp {
  if (!input.device.prompt) return anyPrompt;
  try {
    return new RegExp(input.device.prompt);
  } catch (error) {
    throw new CollectionError('OPTIONS_INVALID', `the device's prompt is not a valid regular expression: ${(error as Error).message}`);
  }
}

function dialogAnswer(dialog: Dialog, credentials: Credentials): string {
  if (typeof dialog.answer === 'string') return dialog.answer;
  const value = credentials[dialog.answer.credential];
  if (value === undefined) throw new CollectionError('AUTH_FAILED', `the device asks for a ${dialog.answer.credential} in its shell (${dialog.name}) and the credential set has none`);
  return `${value}\n`;
}

/**
 * Connects, authenticates, opens a shell and waits for a prompt; the caller closes what it
 * gets with `logout`. Fails with the same codes as a backup (HOST_KEY_CHANGED, AUTH_FAILED, …).
 */
export async function logIn(input: LoginInput, platforms: readonly Platform[] = declaredPlatforms()): Promise<LoggedIn> {
  const connectMs = input.timeouts?.connectMs ?? loginTimeouts.connectMs;
  const commandMs = input.timeouts?.commandMs ?? loginTimeouts.commandMs;
  const session = await openDeviceSession(input, connectMs);
  let channel: SshChannel | undefined;
  try {
    channel = await session.openShell();
    const reader = new ChannelReader(channel, knownPagers(platforms), input.signal);
    const looksLikePrompt = matching(promptPattern(input));
    const noPrompt = () => new CollectionError('PROMPT_NOT_FOUND', `no prompt after login within ${commandMs} ms of silence`);
    const dialogs = knownDialogs(platforms);
    const tests = [...dialogs.map((dialog) => matching(dialog.pattern)), looksLikePrompt];
    let seen = session.banner.trim() ? `${session.banner.trimEnd()}\n` : '';
    for (let answered = 0; ; answered++) {
      const { matched, before, line } = await reader.readUntil(tests, commandMs, noPrompt);
      seen += before;
      if (matched === dialogs.length) break;
      if (answered === maximumDialogs) throw noPrompt();
      seen += `${line.trimEnd()}\n`;
      reader.send(dialogAnswer(dialogs[matched], input.credentials));
    }
    // Netmiko's way: one newline, and the line that comes back is the exact prompt.
    reader.send('\n');
    const { line } = await reader.readUntil([looksLikePrompt], commandMs, noPrompt);
    const prompt = line.trimEnd();
    return { session, channel, reader, prompt, laterPrompt: laterPromptOf(prompt, platforms), seen: `${seen}${prompt}`, commandMs };
  } catch (error) {
    channel?.close();
    session.close();
    throw error;
  }
}

export function logOut(login: LoggedIn): void {
  login.channel.close();
  login.session.close();
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The learnt prompt, or any prompt a platform whose prompt matches it says may follow (EXOS
 * counts commands in its prompt: `* sw1.1 # `, then `* sw1.2 # `).
 */
function laterPromptOf(prompt: string, platforms: readonly Platform[]): RegExp {
  const varying = platforms.flatMap((platform) => {
    if (!platform.promptVaries) return [];
    platform.prompt.lastIndex = 0;
    return platform.prompt.test(prompt) ? [platform.promptVaries(prompt).source] : [];
  });
  return new RegExp([escaped(prompt), ...varying].map((source) => `(?:${source})`).join('|'));
}

/** A command's answer without its echo, read until the learnt prompt (pagers answered). */
export async function runCommand(login: LoggedIn, command: string, idleMs: number): Promise<string> {
  login.reader.send(`${command}\n`);
  const whole = new RegExp(`^(?:${login.laterPrompt.source})$`);
  const ending = new RegExp(`(?:${login.laterPrompt.source})$`);
  const { before, line, matched } = await login.reader.readUntil(
    [(candidate) => whole.test(candidate.trimEnd())],
    idleMs,
    () => new CollectionError('TIMEOUT', `"${command}" stalled: no prompt after ${idleMs} ms of silence`),
    (candidate) => ending.test(candidate.trimEnd()),
  );
  const text = matched === 0 ? before : before + line.trimEnd().replace(ending, '');
  const lines = text.replace(/\r/g, '').split('\n');
  const echo = lines.findIndex((candidate) => candidate.trim() !== '');
  if (echo >= 0 && lines[echo].trimEnd().endsWith(command)) lines.splice(echo, 1);
  return lines.join('\n').trim();
}
