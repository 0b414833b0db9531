/**
 * Runs a platform declaration against a device: log in, set the session up, run each
 * command, turn the output into artifacts, log out.
 */
import type { z } from 'zod';
import { CollectionError, isCollectionError } from '../errors.ts';
import { noOptions as noOptionsSchema, type CommandStep, type Dialog, type Platform, type ShellExchange, type TextBackupMethod, type TextMethodDeclaration } from '../platform.ts';
import type { AbsentArtifact, BackupMethod, CollectDevice, CollectInput, CollectResult, Credentials, SavedState, TextArtifact } from '../types.ts';
import { ChannelReader, type LineTest } from './expect.ts';
import { cleanOutput, interpretAnswer, type StepAnswer } from './output.ts';
import { SshSession } from './ssh-session.ts';

export const defaultTimeouts = {
  connectMs: 15_000,
  commandMs: 30_000,
};

export function resolveTimeouts(input: CollectInput): { connectMs: number; commandMs: number } {
  return {
    connectMs: input.timeouts?.connectMs ?? defaultTimeouts.connectMs,
    commandMs: input.timeouts?.commandMs ?? defaultTimeouts.commandMs,
  };
}

export function parseOptions<T>(schema: z.ZodType<T>, options: unknown, methodKey: string): T {
  const parsed = schema.safeParse(options ?? undefined);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ');
    throw new CollectionError('OPTIONS_INVALID', `invalid options for ${methodKey}: ${detail}`);
  }
  return parsed.data;
}

/** Opens an SSH session for the device, runs work, and always closes the session. */
/** Connects and authenticates with the device's address, SSH profile, known host key and credentials. */
export function openDeviceSession(
  input: { device: Pick<CollectDevice, 'host' | 'port' | 'sshProfile' | 'knownHostKey'>; credentials: Credentials; signal: AbortSignal },
  connectMs: number,
): Promise<SshSession> {
  return SshSession.open({
    host: input.device.host,
    port: input.device.port,
    username: input.credentials.username,
    password: input.credentials.password,
    privateKey: input.credentials.privateKey,
    passphrase: input.credentials.passphrase,
    profile: input.device.sshProfile,
    knownHostKey: input.device.knownHostKey,
    connectTimeoutMs: connectMs,
    signal: input.signal,
  });
}

export async function withSession<T>(input: CollectInput, work: (session: SshSession) => Promise<T>): Promise<T> {
  const { connectMs } = resolveTimeouts(input);
  const session = await openDeviceSession(input, connectMs);
  try {
    return await work(session);
  } catch (error) {
    if (isCollectionError(error)) throw error;
    throw new CollectionError('OUTPUT_INVALID', `collection failed: ${(error as Error).message}`, { cause: error });
  } finally {
    session.close();
  }
}

const exactly = (prompt: string): LineTest => (line) => line.trimEnd() === prompt;
const endingWith = (prompt: string): LineTest => (line) => line.trimEnd().endsWith(prompt);
const matching = (pattern: RegExp): LineTest => (line) => pattern.test(line.trimEnd());

/** How many pre-prompt dialogs a login answers before giving up. */
const maximumDialogs = 8;

/** The prompt pattern of a device: its own override, or the platform's. */
function promptPattern(platform: Platform, input: CollectInput): RegExp {
  const override = input.device.prompt;
  if (!override) return platform.prompt;
  try {
    return new RegExp(override);
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

/** A logged-in PTY shell that knows its exact prompt. */
class ShellDialog {
  private prompt = '';

  constructor(
    private readonly reader: ChannelReader,
    private readonly platform: Platform,
    private readonly looksLikePrompt: LineTest,
    private readonly commandMs: number,
  ) {}

  /**
   * Answers the platform's dialogs until something that looks like a prompt shows, then
   * learns the exact prompt the way Netmiko does: one newline, and the line that comes back.
   */
  async login(credentials: Credentials): Promise<void> {
    const dialogs = this.platform.dialogs ?? [];
    const tests = [...dialogs.map((dialog) => matching(dialog.pattern)), this.looksLikePrompt];
    for (let answered = 0; ; answered++) {
      const { matched } = await this.reader.readUntil(tests, this.commandMs, () => this.noPrompt());
      if (matched === dialogs.length) break;
      if (answered === maximumDialogs) throw this.noPrompt();
      this.reader.send(dialogAnswer(dialogs[matched], credentials));
    }
    this.reader.send('\n');
    const { line } = await this.reader.readUntil([this.looksLikePrompt], this.commandMs, () => this.noPrompt());
    this.prompt = line.trimEnd();
  }

  async elevate(enableSecret: string | undefined, username: string): Promise<void> {
    const privilege = this.platform.privilege;
    if (!privilege) return;
    if (privilege.promptHidesLevel ? enableSecret === undefined : privilege.privilegedPrompt.test(this.prompt)) return;
    this.reader.send(`${privilege.command}\n`);
    const tests = [matching(privilege.privilegedPrompt), matching(privilege.passwordPrompt), exactly(this.prompt)];
    const withUsername = privilege.usernamePrompt ? [...tests, matching(privilege.usernamePrompt)] : tests;
    let answer = await this.reader.readUntil(withUsername, this.commandMs, () => this.stalled(privilege.command));
    if (answer.matched === 3) {
      this.reader.send(`${username}\n`);
      answer = await this.reader.readUntil(tests, this.commandMs, () => this.stalled(privilege.command));
    }
    if (answer.matched === 1) {
      if (enableSecret === undefined) {
        throw new CollectionError('AUTH_FAILED', 'the device asks for an enable secret and the credential set has none');
      }
      this.reader.send(`${enableSecret}\n`);
      answer = await this.reader.readUntil(tests, this.commandMs, () => this.stalled(privilege.command));
    }
    if (answer.matched !== 0 || privilege.denied?.test(answer.before)) throw new CollectionError('AUTH_FAILED', 'enable secret rejected');
    this.prompt = answer.line.trimEnd();
  }

  /** Sends an exchange's command and answers its questions until the prompt shows again. */
  async converse(exchange: ShellExchange): Promise<void> {
    const tests = [exactly(this.prompt), ...exchange.questions.map((question) => matching(question.pattern))];
    this.reader.send(`${exchange.command}\n`);
    for (let answered = 0; ; answered++) {
      const { matched } = await this.reader.readUntil(tests, this.commandMs, () => this.stalled(exchange.command));
      if (matched === 0) return;
      if (answered === maximumDialogs) throw this.stalled(exchange.command);
      this.reader.send(`${exchange.questions[matched - 1].answer}\n`);
    }
  }

  /** The command's answer; a prompt glued to text without a newline ends it too. */
  async run(command: string): Promise<string> {
    this.reader.send(`${command}\n`);
    const varies = this.platform.promptVaries?.(this.prompt);
    if (varies) return this.runToVaryingPrompt(command, varies);
    const { matched, before, line } = await this.reader.readUntil(
      [exactly(this.prompt)],
      this.commandMs,
      () => this.stalled(command),
      endingWith(this.prompt),
    );
    return matched === 0 ? before : before + line.trimEnd().slice(0, -this.prompt.length);
  }

  private async runToVaryingPrompt(command: string, varies: RegExp): Promise<string> {
    const whole = new RegExp(`^(?:${varies.source})$`, varies.flags.replace('g', ''));
    const ending = new RegExp(`(?:${varies.source})$`, varies.flags.replace('g', ''));
    const { matched, before, line } = await this.reader.readUntil([matching(whole)], this.commandMs, () => this.stalled(command), matching(ending));
    return matched === 0 ? before : before + line.trimEnd().replace(ending, '');
  }

  private noPrompt(): CollectionError {
    return new CollectionError('PROMPT_NOT_FOUND', `no prompt matching ${this.platform.prompt} after login (platform ${this.platform.id})`);
  }

  private stalled(command: string): CollectionError {
    return new CollectionError('TIMEOUT', `"${command}" stalled: no prompt after ${this.commandMs} ms of silence`);
  }
}

/** Collects each step's artifact; a failed required step fails the collection with the others attached. */
class StepResults {
  readonly artifacts: TextArtifact[] = [];
  readonly absent: AbsentArtifact[] = [];
  private failure: CollectionError | null = null;

  record(step: CommandStep, answer: () => StepAnswer): void {
    try {
      const result = answer();
      if (result.artifact) this.artifacts.push(result.artifact);
      else this.absent.push(result.absent);
    } catch (error) {
      if (!isCollectionError(error)) throw error;
      this.failure ??= error;
    }
  }

  /** The error, carrying what was collected before and after it. */
  failed(error: unknown): unknown {
    if (isCollectionError(error)) error.partial = { artifacts: this.artifacts, absent: this.absent };
    return error;
  }

  result(): { artifacts: TextArtifact[]; absent: AbsentArtifact[] } {
    if (this.failure) throw this.failed(this.failure);
    return { artifacts: this.artifacts, absent: this.absent };
  }
}

async function collectOverShell(
  session: SshSession,
  platform: Platform,
  steps: CommandStep[],
  input: CollectInput,
  unlock: ShellExchange[],
): Promise<{ artifacts: TextArtifact[]; absent: AbsentArtifact[] }> {
  const { commandMs } = resolveTimeouts(input);
  const results = new StepResults();
  const looksLikePrompt = matching(promptPattern(platform, input));
  const channel = await session.openShell();
  try {
    const dialog = new ShellDialog(new ChannelReader(channel, platform.pagers, input.signal), platform, looksLikePrompt, commandMs);
    await dialog.login(input.credentials);
    for (const exchange of unlock) await dialog.converse(exchange);
    if (platform.setupBeforePrivilege) for (const command of platform.setup) await dialog.run(command);
    await dialog.elevate(input.credentials.enableSecret, input.credentials.username);
    if (!platform.setupBeforePrivilege) for (const command of platform.setup) await dialog.run(command);
    for (const step of steps) {
      const cleaned = cleanOutput(await dialog.run(step.command), step, platform, true);
      results.record(step, () => interpretAnswer(cleaned, step, platform, input.device.keepSecrets));
    }
    for (const command of platform.teardown) channel.write(`${command}\n`);
  } catch (error) {
    throw results.failed(error);
  } finally {
    channel.close();
  }
  return results.result();
}

/** Runs one command on its own exec channel and returns its rendered output and stderr. */
export async function execCommand(
  session: SshSession,
  command: string,
  input: CollectInput,
): Promise<{ text: string; stderr: string; exitCode: number | null }> {
  const channel = await session.openExec(command);
  try {
    return await new ChannelReader(channel, [], input.signal).readToClose(resolveTimeouts(input).commandMs);
  } finally {
    channel.close();
  }
}

async function collectOverExec(
  session: SshSession,
  platform: Platform,
  steps: CommandStep[],
  input: CollectInput,
): Promise<{ artifacts: TextArtifact[]; absent: AbsentArtifact[] }> {
  const results = new StepResults();
  try {
    for (const step of steps) {
      const { text, stderr, exitCode } = await execCommand(session, step.command, input);
      const cleaned = cleanOutput(text, step, platform, false);
      results.record(step, () => {
        if (exitCode === null || exitCode === 0) return interpretAnswer(cleaned, step, platform, input.device.keepSecrets, stderr);
        const said = (stderr.trim() || cleaned).split('\n')[0].slice(0, 200);
        if (step.optional) return { absent: { artifact: step.artifact, reason: `"${step.command}" exited with ${exitCode}: ${said}` } };
        throw new CollectionError('COMMAND_FAILED', `"${step.command}" exited with ${exitCode}: ${said}`);
      });
    }
  } catch (error) {
    throw results.failed(error);
  }
  return results.result();
}

/** Lines that say nothing about the configuration itself: comments and blank lines. */
const commentOrBlank = /^\s*(?:!.*)?$/;

/** Compares the running and the saved configuration, when the method collects both. */
export function savedStateOf(
  method: TextMethodDeclaration,
  artifacts: TextArtifact[],
  absent: AbsentArtifact[],
): SavedState | undefined {
  if (!method.savedConfig) return undefined;
  const { running, startup } = method.savedConfig;
  const runningArtifact = artifacts.find((artifact) => artifact.artifact === running);
  if (!runningArtifact) return undefined;
  if (absent.some((artifact) => artifact.artifact === startup)) return 'never-saved';
  const startupArtifact = artifacts.find((artifact) => artifact.artifact === startup);
  if (!startupArtifact) return undefined;
  const significant = (text: string) => text.split('\n').filter((line) => !commentOrBlank.test(line)).join('\n');
  return significant(runningArtifact.comparable) === significant(startupArtifact.comparable) ? 'saved' : 'unsaved';
}

export function artifactsOf(method: TextMethodDeclaration): string[] {
  if (method.artifacts) return method.artifacts;
  return Array.isArray(method.commands) ? method.commands.map((step) => step.artifact) : [];
}

/** The backup method the engine offers for one of a platform's method declarations. */
export function textBackupMethod(platform: Platform, method: TextMethodDeclaration): TextBackupMethod {
  const optionsSchema = method.optionsSchema ?? noOptionsSchema;
  return {
    key: method.key,
    friendlyName: method.friendlyName,
    description: method.description,
    isBinary: false,
    platform: platform.id,
    artifacts: artifactsOf(method),
    transport: platform.channel === 'shell' ? 'ssh-shell' : 'ssh-exec',
    optionsSchema,
    redactsWith: platform,
    async collect(input: CollectInput): Promise<CollectResult> {
      const options = parseOptions(optionsSchema, input.device.options, method.key);
      const steps = typeof method.commands === 'function' ? method.commands(options) : method.commands;
      const log = input.log.child({ device: input.device.name, backupMethod: method.key });
      log.debug({ host: input.device.host, port: input.device.port, commands: steps.length }, 'collecting');
      let hostKey = '';
      const { artifacts, absent } = await withSession(input, (session) => {
        hostKey = session.hostKey.key;
        if (platform.channel === 'shell') return collectOverShell(session, platform, steps, input, method.unlock?.(options) ?? []);
        return collectOverExec(session, platform, steps, input);
      });
      log.debug({ artifacts: artifacts.map((artifact) => artifact.artifact), absent }, 'collected');
      return { hostKey, artifacts, absent, savedState: savedStateOf(method, artifacts, absent) };
    },
  };
}
