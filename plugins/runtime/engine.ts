/**
 * Runs a platform declaration against a device: log in, set the session up, run each
 * command, turn the output into artifacts, log out.
 */
import type { z } from 'zod';
import { CollectionError, isCollectionError } from '../errors.ts';
import { noOptions as noOptionsSchema, type CommandStep, type Platform, type TextMethodDeclaration } from '../platform.ts';
import type { BackupMethod, CollectInput, CollectResult, TextArtifact } from '../types.ts';
import { ChannelReader, type LineTest } from './expect.ts';
import { cleanOutput, toTextArtifact, validateOutput } from './output.ts';
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
export async function withSession<T>(input: CollectInput, work: (session: SshSession) => Promise<T>): Promise<T> {
  const { connectMs } = resolveTimeouts(input);
  const session = await SshSession.open({
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
const matching = (pattern: RegExp): LineTest => (line) => pattern.test(line.trimEnd());

/** A logged-in PTY shell that knows its exact prompt. */
class ShellDialog {
  private prompt = '';

  constructor(
    private readonly reader: ChannelReader,
    private readonly platform: Platform,
    private readonly commandMs: number,
  ) {}

  async login(): Promise<void> {
    const { line } = await this.reader.readUntil([matching(this.platform.prompt)], this.commandMs, () => {
      return new CollectionError('PROMPT_NOT_FOUND', `no prompt matching ${this.platform.prompt} after login (platform ${this.platform.id})`);
    });
    this.prompt = line.trimEnd();
  }

  async elevate(enableSecret: string | undefined): Promise<void> {
    const privilege = this.platform.privilege;
    if (!privilege || privilege.privilegedPrompt.test(this.prompt)) return;
    this.reader.send(`${privilege.command}\n`);
    const tests = [matching(privilege.privilegedPrompt), matching(privilege.passwordPrompt), exactly(this.prompt)];
    let answer = await this.reader.readUntil(tests, this.commandMs, () => this.stalled(privilege.command));
    if (answer.matched === 1) {
      if (enableSecret === undefined) {
        throw new CollectionError('AUTH_FAILED', 'the device asks for an enable secret and the credential set has none');
      }
      this.reader.send(`${enableSecret}\n`);
      answer = await this.reader.readUntil(tests, this.commandMs, () => this.stalled(privilege.command));
    }
    if (answer.matched !== 0) throw new CollectionError('AUTH_FAILED', 'enable secret rejected');
    this.prompt = answer.line.trimEnd();
  }

  async run(command: string): Promise<string> {
    this.reader.send(`${command}\n`);
    const { before } = await this.reader.readUntil([exactly(this.prompt)], this.commandMs, () => this.stalled(command));
    return before;
  }

  private stalled(command: string): CollectionError {
    return new CollectionError('TIMEOUT', `"${command}" stalled: no prompt after ${this.commandMs} ms of silence`);
  }
}

async function collectOverShell(
  session: SshSession,
  platform: Platform,
  steps: CommandStep[],
  input: CollectInput,
): Promise<TextArtifact[]> {
  const { commandMs } = resolveTimeouts(input);
  const channel = await session.openShell();
  try {
    const dialog = new ShellDialog(new ChannelReader(channel, platform.pagers, input.signal), platform, commandMs);
    await dialog.login();
    await dialog.elevate(input.credentials.enableSecret);
    for (const command of platform.setup) await dialog.run(command);
    const artifacts: TextArtifact[] = [];
    for (const step of steps) {
      const cleaned = cleanOutput(await dialog.run(step.command), step, platform, true);
      validateOutput(cleaned, step, platform);
      artifacts.push(toTextArtifact(cleaned, step, platform, input.device.keepSecrets));
    }
    for (const command of platform.teardown) channel.write(`${command}\n`);
    return artifacts;
  } finally {
    channel.close();
  }
}

/** Runs one command on its own exec channel and returns its rendered output. */
export async function execCommand(
  session: SshSession,
  command: string,
  input: CollectInput,
): Promise<{ text: string; exitCode: number | null }> {
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
): Promise<TextArtifact[]> {
  const artifacts: TextArtifact[] = [];
  for (const step of steps) {
    const { text, exitCode } = await execCommand(session, step.command, input);
    const cleaned = cleanOutput(text, step, platform, false);
    validateOutput(cleaned, step, platform);
    if (exitCode !== null && exitCode !== 0) {
      const firstLine = cleaned.split('\n')[0].slice(0, 200);
      throw new CollectionError('COMMAND_FAILED', `"${step.command}" exited with ${exitCode}: ${firstLine}`);
    }
    artifacts.push(toTextArtifact(cleaned, step, platform, input.device.keepSecrets));
  }
  return artifacts;
}

export function artifactsOf(method: TextMethodDeclaration): string[] {
  if (method.artifacts) return method.artifacts;
  return Array.isArray(method.commands) ? method.commands.map((step) => step.artifact) : [];
}

/** The backup method the engine offers for one of a platform's method declarations. */
export function textBackupMethod(platform: Platform, method: TextMethodDeclaration): BackupMethod {
  const optionsSchema = method.optionsSchema ?? noOptionsSchema;
  return {
    key: method.key,
    friendlyName: method.friendlyName,
    description: method.description,
    isBinary: false,
    platform: platform.id,
    artifacts: artifactsOf(method),
    optionsSchema,
    async collect(input: CollectInput): Promise<CollectResult> {
      const options = parseOptions(optionsSchema, input.device.options, method.key);
      const steps = typeof method.commands === 'function' ? method.commands(options) : method.commands;
      const log = input.log.child({ device: input.device.name, backupMethod: method.key });
      log.debug({ host: input.device.host, port: input.device.port, commands: steps.length }, 'collecting');
      let hostKey = '';
      const artifacts = await withSession(input, (session) => {
        hostKey = session.hostKey.key;
        const collect = platform.channel === 'shell' ? collectOverShell : collectOverExec;
        return collect(session, platform, steps, input);
      });
      log.debug({ artifacts: artifacts.map((artifact) => artifact.artifact) }, 'collected');
      return { hostKey, artifacts };
    },
  };
}
