/**
 * Reads a channel until the device shows a prompt, answering pagers on the way.
 * Waits are bounded by an idle timeout: a device that streams a long config is fine,
 * one that goes silent without a prompt fails.
 */
import { CollectionError } from '../errors.ts';
import type { SshChannel } from './ssh-session.ts';
import { renderLastLine, renderTerminalText, stripAnsi } from './terminal-text.ts';

export interface PagerRule {
  name: string;
  /** The pager's text; it waits when this is the last thing shown (trailing spaces aside). */
  prompt: RegExp;
  /** What to send to get the next page. */
  answer: string;
}

/** Whether the pager's text ends the output, i.e. the device waits for a key. */
export function pagerIsWaiting(rule: PagerRule, tail: string): boolean {
  const everyMatch = new RegExp(rule.prompt.source, rule.prompt.flags.replace('g', '') + 'g');
  let end = -1;
  for (const match of tail.matchAll(everyMatch)) end = match.index + match[0].length;
  return end >= 0 && tail.slice(end).trim() === '';
}

export type LineTest = (line: string) => boolean;

export interface ReadUntilResult {
  /** Which of the tests matched the last line. */
  matched: number;
  /** Rendered text before the last line. */
  before: string;
  /** The rendered last line (the prompt). */
  line: string;
}

const maximumOutputChars = 64 * 1024 * 1024;
const pagerTailChars = 200;
/** How long the device must stay quiet before a tentative match (a prompt glued to text) counts. */
export const settleMs = 60;

/** What a check answers: a result, nothing yet, or "ask again after this many quiet milliseconds". */
type Check<T> = { done: T } | { quietFor: number } | undefined;

export class ChannelReader {
  private raw = '';
  private stderr = '';
  private pagerAnsweredAt = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private closed = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly channel: SshChannel,
    private readonly pagers: readonly PagerRule[],
    private readonly signal: AbortSignal,
  ) {
    channel.onData((chunk) => {
      this.raw += this.decoder.decode(chunk, { stream: true });
      this.answerPager();
      this.wake?.();
    });
    channel.onStderr((chunk) => {
      this.stderr += chunk.toString('utf8');
    });
    void channel.closed.then(() => {
      this.raw += this.decoder.decode();
      this.closed = true;
      this.wake?.();
    });
  }

  send(text: string): void {
    this.channel.write(text);
  }

  /**
   * Waits until the rendered last line passes one of the tests. A line that passes only
   * `tentative` (a prompt at the end of text without a newline) counts once the device has
   * been quiet for settleMs, and is reported as matched = tests.length. `describeTimeout`
   * names the failure when the device stays silent for idleMs; closing or cancelling fail too.
   */
  readUntil(
    tests: readonly LineTest[],
    idleMs: number,
    describeTimeout: () => CollectionError,
    tentative?: LineTest,
  ): Promise<ReadUntilResult> {
    return this.waitFor<ReadUntilResult>(
      (quietMs) => {
        const line = renderLastLine(this.raw);
        const matched = tests.findIndex((test) => test(line));
        if (matched >= 0) return { done: this.consume(matched, line) };
        if (tentative?.(line)) {
          if (quietMs >= settleMs) return { done: this.consume(tests.length, line) };
          return { quietFor: settleMs };
        }
        if (this.raw.length > maximumOutputChars) {
          throw new CollectionError('OUTPUT_INVALID', `output larger than ${maximumOutputChars} characters`);
        }
        if (this.closed) {
          throw new CollectionError('OUTPUT_INVALID', 'connection closed before the prompt came back: output cut short');
        }
        return undefined;
      },
      idleMs,
      describeTimeout,
    );
  }

  /** For exec channels: everything until the device closes the channel; stderr apart. */
  async readToClose(idleMs: number): Promise<{ text: string; stderr: string; exitCode: number | null }> {
    await this.waitFor(
      () => (this.closed ? { done: true } : undefined),
      idleMs,
      () => new CollectionError('TIMEOUT', `no output for ${idleMs} ms and the command did not finish`),
    );
    const { exitCode } = await this.channel.closed;
    const text = renderTerminalText(this.raw);
    const stderr = renderTerminalText(this.stderr);
    this.raw = '';
    this.stderr = '';
    return { text, stderr, exitCode };
  }

  /**
   * Re-checks on every chunk until check() answers; silence for idleMs or an abort fails. A
   * check may ask to be asked again once the output has been quiet for a while.
   */
  private async waitFor<T>(check: (quietMs: number) => Check<T>, idleMs: number, onIdle: () => CollectionError): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let recheck: NodeJS.Timeout | undefined;
    let timedOut = false;
    let seen = -1;
    let lastDataAt = Date.now();
    const onAbort = () => this.wake?.();
    this.signal.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        if (this.raw.length !== seen) {
          seen = this.raw.length;
          lastDataAt = Date.now();
          clearTimeout(timer);
          timer = setTimeout(() => {
            timedOut = true;
            this.wake?.();
          }, idleMs);
        }
        const answer = check(Date.now() - lastDataAt);
        if (answer && 'done' in answer) return answer.done;
        if (this.signal.aborted) throw new CollectionError('CANCELLED', 'collection cancelled');
        if (timedOut) throw onIdle();
        clearTimeout(recheck);
        if (answer) recheck = setTimeout(() => this.wake?.(), Math.max(1, answer.quietFor - (Date.now() - lastDataAt)));
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        this.wake = null;
      }
    } finally {
      clearTimeout(timer);
      clearTimeout(recheck);
      this.signal.removeEventListener('abort', onAbort);
    }
  }

  private consume(matched: number, line: string): ReadUntilResult {
    const cut = this.raw.lastIndexOf('\n') + 1;
    const before = renderTerminalText(this.raw.slice(0, cut));
    this.raw = '';
    this.pagerAnsweredAt = 0;
    return { matched, before, line };
  }

  private answerPager(): void {
    if (this.pagers.length === 0) return;
    // Only text after the last answer counts, so one pager prompt gets one key.
    const tail = stripAnsi(this.raw.slice(Math.max(this.pagerAnsweredAt, this.raw.length - pagerTailChars)));
    const pager = this.pagers.find((rule) => pagerIsWaiting(rule, tail));
    if (!pager) return;
    this.pagerAnsweredAt = this.raw.length;
    this.channel.write(pager.answer);
  }
}
