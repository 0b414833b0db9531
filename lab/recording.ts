/**
 * Recorded real-device sessions served as lab devices.
 *
 * A recording is one of Oxidized's `<model>#<description>#simulation.yaml` files (the format is
 * described in shared/recordings/oxidized/README.md): the text a device sent after login and, per
 * command, the bytes it answered. A recorded device is an ssh2 server on 127.0.0.1 that replays
 * them; commands are matched tolerantly because Tidemark and Oxidized do not send the same ones.
 *
 * Answers and the init prompt are bytes held one character per byte (latin1), as Ruby's
 * `String#undump` leaves them; the recordings in the repository are all ASCII.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { basename, join } from 'node:path';
import ssh2 from 'ssh2';
import type { AuthContext, ServerChannel } from 'ssh2';
import { parse } from 'yaml';
import { backupMethodForModel } from '../plugins/recordings/models.ts';
import { generateKeyPair, serverHostKey } from './keys.ts';
import { labDefaults } from './lab.ts';

export { backupMethodForModel };

// ssh2 is CommonJS; Node cannot name its exports statically.
const { Server } = ssh2;

export interface RecordedCommand {
  /** What Oxidized sent: a line with its line end, or a key press such as " " without one. */
  command: string;
  answer: string;
}

export interface Recording {
  /** Oxidized's model name, from the file name; '' without one. */
  model: string;
  description: string;
  initPrompt: string;
  /** In file order. */
  commands: RecordedCommand[];
  /** exec: recorded over SSH exec channels, so answers carry neither echo nor prompt. */
  mode: 'shell' | 'exec';
}

const fileNamePattern = /^([^#]+)#(.+)#(simulation|custom_simulation|significant_changes)\.yaml$/;

// ---------------------------------------------------------------------------------------------
// Ruby's String#undump

const simpleEscapes: Record<string, number> = {
  n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, b: 0x08, a: 0x07, e: 0x1b,
  '\\': 0x5c, '"': 0x22, '#': 0x23,
};

/**
 * The bytes of `"<text>"` read by Ruby's `String#undump` (CRuby string.c `str_undump`), which is
 * how Oxidized reads the answers. Undump is narrower than a Ruby literal: `\0`, `\s`, octal and
 * any other unknown escape stay as written, backslash included (the cumulus cow's `\_` and `\/`
 * depend on it), and `\x` and `\u` escapes may not be mixed.
 */
export function undumpRuby(text: string): Buffer {
  // Undump reads only what String#dump writes: ASCII without NUL.
  const refused = /[^\x01-\x7f]/.exec(text);
  if (refused) throw new Error(`${refused[0] === '\0' ? 'null byte' : 'non-ASCII character'} at offset ${refused.index}`);
  const bytes: number[] = [];
  let hexEscapes = false;
  let unicodeEscapes = false;
  const utf8 = (codePoint: number, at: number) => {
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) throw new Error(`invalid Unicode code point at offset ${at}`);
    bytes.push(...Buffer.from(String.fromCodePoint(codePoint), 'utf8'));
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') throw new Error(`unescaped '"' at offset ${i}`);
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0));
      i++;
      continue;
    }
    const at = i;
    const escape = text[i + 1];
    i += 2;
    if (escape === undefined) throw new Error('the text ends with a lone backslash');
    if (escape in simpleEscapes) {
      bytes.push(simpleEscapes[escape]);
    } else if (escape === 'x') {
      const digits = /^[0-9a-fA-F]{2}/.exec(text.slice(i, i + 2));
      if (!digits) throw new Error(`invalid \\x escape at offset ${at}`);
      hexEscapes = true;
      bytes.push(Number.parseInt(digits[0], 16));
      i += 2;
    } else if (escape === 'u' && text[i] === '{') {
      const end = text.indexOf('}', i);
      if (end < 0) throw new Error(`unterminated \\u{ escape at offset ${at}`);
      for (const digits of text.slice(i + 1, end).split(/[ \t\n\v\f\r]+/).filter(Boolean)) {
        if (!/^[0-9a-fA-F]{1,6}$/.test(digits)) throw new Error(`invalid \\u{ escape at offset ${at}`);
        utf8(Number.parseInt(digits, 16), at);
      }
      unicodeEscapes = true;
      i = end + 1;
    } else if (escape === 'u') {
      const digits = /^[0-9a-fA-F]{4}/.exec(text.slice(i, i + 4));
      if (!digits) throw new Error(`invalid \\u escape at offset ${at}`);
      utf8(Number.parseInt(digits[0], 16), at);
      unicodeEscapes = true;
      i += 4;
    } else {
      bytes.push(0x5c, escape.charCodeAt(0));
    }
    if (hexEscapes && unicodeEscapes) throw new Error(`\\x and \\u escapes are mixed (offset ${at})`);
  }
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------------------------------------
// Parsing

function splitFileName(fileName: string | undefined): { model: string; description: string } {
  if (!fileName) return { model: '', description: '' };
  const name = basename(fileName);
  const parts = fileNamePattern.exec(name);
  return parts ? { model: parts[1], description: parts[2] } : { model: '', description: name.replace(/\.ya?ml$/, '') };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a simulation; a malformed one throws an Error that names the file. */
export function parseRecording(text: string, fileName?: string): Recording {
  const source = fileName ? basename(fileName) : 'recording';
  const fail = (reason: string): never => {
    throw new Error(`${source}: ${reason}`);
  };
  let document: unknown;
  try {
    // Psych, which wrote and reads these files, lets a later key replace an earlier one.
    document = parse(text, { uniqueKeys: false });
  } catch (error) {
    return fail(`not YAML: ${(error as Error).message}`);
  }
  if (!isPlainObject(document)) return fail('expected a map with init_prompt and commands');
  if (!('commands' in document)) return fail('has no commands');
  const undump = (value: unknown, what: string): string => {
    if (value === null || value === undefined) return '';
    if (typeof value !== 'string') return fail(`${what} is not text`);
    try {
      return undumpRuby(value).toString('latin1');
    } catch (error) {
      return fail(`${what}: ${(error as Error).message}`);
    }
  };

  const { commands: recorded } = document;
  let pairs: Array<[string, unknown]>;
  if (Array.isArray(recorded)) {
    pairs = recorded.map((entry, index) => {
      if (!isPlainObject(entry) || Object.keys(entry).length !== 1) return fail(`commands[${index}] is not a map with one key`);
      return Object.entries(entry)[0];
    });
  } else if (isPlainObject(recorded)) {
    pairs = Object.entries(recorded);
  } else {
    return fail('commands is neither a map nor a list of one-key maps');
  }
  const commands = pairs.map(([command, answer]) => ({ command, answer: undump(answer, `answer to ${JSON.stringify(command)}`) }));
  const initPrompt = undump(document.init_prompt, 'init_prompt');
  return { ...splitFileName(fileName), initPrompt, commands, mode: recordedMode(initPrompt, commands) };
}

/**
 * exec when there is no init prompt (RouterOS) or when no answer echoes its command: Junos was
 * recorded over exec channels after printing a login banner.
 */
function recordedMode(initPrompt: string, commands: RecordedCommand[]): Recording['mode'] {
  if (initPrompt === '') return 'exec';
  const echoes = commands.some(({ command, answer }) => {
    const line = lineOf(command);
    return line !== undefined && line.trim() !== '' && answer.replace(/^[\r\n]+/, '').startsWith(line);
  });
  return echoes ? 'shell' : 'exec';
}

export interface SecretList {
  /** Strings that must not appear in a stored backup. */
  fail: string[];
  /** Regexes Oxidized's own output must match (they name Oxidized's markers). */
  pass: string[];
}

/** Reads a `#secret.yaml` (the `#significant_changes.yaml` files have the same form). */
export function readSecretList(file: string): SecretList {
  const document: unknown = parse(readFileSync(file, 'utf8'));
  const list = (key: 'fail' | 'pass'): string[] => {
    const value = isPlainObject(document) ? document[key] : undefined;
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new Error(`${basename(file)}: ${key} is not a list`);
    return value.map(String);
  };
  return { fail: list('fail'), pass: list('pass') };
}

export interface RecordingFile {
  file: string;
  kind: 'simulation' | 'custom_simulation' | 'significant_changes';
  model: string;
  description: string;
  /** The `#secret.yaml` beside it, when there is one. */
  secretFile?: string;
}

/** Recording files in these folders (not their subfolders), sorted by file name. */
export function listRecordings(dirs: string[]): RecordingFile[] {
  return dirs
    .flatMap((dir) =>
      readdirSync(dir).flatMap((name): RecordingFile[] => {
        const parts = fileNamePattern.exec(name);
        if (!parts) return [];
        const [, model, description, kind] = parts;
        const secretFile = join(dir, `${model}#${description}#secret.yaml`);
        return [{
          file: join(dir, name),
          kind: kind as RecordingFile['kind'],
          model,
          description,
          ...(existsSync(secretFile) ? { secretFile } : {}),
        }];
      }),
    )
    .sort((a, b) => basename(a.file).localeCompare(basename(b.file)));
}

// ---------------------------------------------------------------------------------------------
// Matching

/** The command of a line entry without its line end; undefined for a key press. */
function lineOf(command: string): string | undefined {
  return /\r?\n$/.test(command) ? command.replace(/\r?\n$/, '') : undefined;
}

/** Tidemark and Oxidized filter output differently: `show | grep .` is `show`. */
function normalize(command: string): string {
  return command.split(' | ')[0].replace(/\s+/g, ' ').trim();
}

/** Words Oxidized adds to a command that Tidemark leaves out (`/export show-sensitive`). */
const modifiers = /^(?: (?:show-sensitive|terse|verbose|view full))+$/;

const sameLevels: Array<(recorded: string, sent: string) => boolean> = [
  (recorded, sent) => recorded === sent,
  (recorded, sent) => normalize(recorded) === normalize(sent),
  (recorded, sent) => {
    const [full, ours] = [normalize(recorded), normalize(sent)];
    return ours !== '' && full.startsWith(ours) && modifiers.test(full.slice(ours.length));
  },
];

/**
 * The index of the recorded command that answers `sent` (a line, its line end optional), or
 * undefined. The first level of tolerance with a match wins: exact, then equal up to the first
 * " | " and whitespace, then recorded with modifier words added. Among matches the first one not
 * `consumed` wins, so a command recorded several times is answered in order; when all are
 * consumed the last one answers again.
 */
export function matchCommand(recording: Recording, sent: string, consumed: ReadonlySet<number> = new Set()): number | undefined {
  const wanted = sent.replace(/\r?\n$|\r$/, '');
  for (const same of sameLevels) {
    const matches = recording.commands.flatMap(({ command }, index) => {
      const line = lineOf(command);
      return line !== undefined && same(line, wanted) ? [index] : [];
    });
    if (matches.length > 0) return matches.find((index) => !consumed.has(index)) ?? matches[matches.length - 1];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Serving

export interface RecordedDeviceOptions {
  username?: string;
  password?: string;
  name?: string;
  /** 0 (default) lets the system pick a free port. */
  port?: number;
}

export interface RecordedDevice {
  name: string;
  host: '127.0.0.1';
  port: number;
  username: string;
  password: string;
  /** The public host key, "ssh-ed25519 AAAA…". */
  hostKey: string;
  /** undefined when Tidemark has no platform for the recorded model. */
  backupMethod: string | undefined;
  /** Every non-empty line and exec command received so far, in order, without line ends. */
  commandsReceived(): string[];
  close(): Promise<void>;
}

const exitCommands = new Set(['exit', 'logout', 'quit']);
const passwordPrompt = /(?:password|passphrase)[^\n]*:\s*$/i;

/** "asa#5512_9.12#simulation.yaml" → "asa-5512_9.12", a valid Tidemark device name. */
function deviceName(recording: Recording): string {
  const name = [recording.model, recording.description].filter(Boolean).join('-');
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'recording';
}

export async function startRecordedDevice(recording: Recording, options: RecordedDeviceOptions = {}): Promise<RecordedDevice> {
  const username = options.username ?? labDefaults.username;
  const password = options.password ?? labDefaults.password;
  const received: string[] = [];
  const key = generateKeyPair('ed25519');
  const ssh = new Server({ hostKeys: [{ key: serverHostKey(key.privateKey) as never }] }, (client) => {
    client.on('error', () => undefined);
    client.on('authentication', (context) => authenticate(context, username, password));
    client.on('ready', () => {
      // One replay per connection: its shell and exec channels share what was answered.
      const replay = new Replay(recording, received);
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        session.on('pty', (acceptPty) => acceptPty?.());
        session.on('shell', (acceptShell) => replay.playShell(acceptShell()));
        session.on('exec', (acceptExec, _reject, info) => replay.answerExec(acceptExec(), info.command));
      });
    });
  });
  ssh.on('error', () => undefined);

  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    ssh.injectSocket(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    name: options.name ?? deviceName(recording),
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    username,
    password,
    hostKey: key.publicKey,
    backupMethod: backupMethodForModel(recording.model),
    commandsReceived: () => [...received],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function authenticate(context: AuthContext, username: string, password: string): void {
  const allowed: Array<'password' | 'keyboard-interactive'> = ['password', 'keyboard-interactive'];
  if (context.username !== username) return context.reject(allowed);
  if (context.method === 'password') return context.password === password ? context.accept() : context.reject(allowed);
  if (context.method === 'keyboard-interactive') {
    return context.prompt([{ prompt: 'Password: ', echo: false }], (answers) =>
      answers[0] === password ? context.accept() : context.reject(allowed),
    );
  }
  context.reject(allowed);
}

/**
 * A device echoes what was typed: when a command matched a recorded one only tolerantly
 * (`show` for `show | grep .`), the recorded echo of the other command becomes ours.
 */
function echoing(answer: string, recorded: string, entered: string): string {
  return recorded !== entered && answer.startsWith(recorded) ? entered + answer.slice(recorded.length) : answer;
}

/** Replays a recording to the channels of one SSH connection. */
class Replay {
  private readonly consumed = new Set<number>();

  constructor(
    private readonly recording: Recording,
    private readonly received: string[],
  ) {}

  /** Answers a command recorded by its index, and marks it answered. */
  private answer(index: number): string {
    this.consumed.add(index);
    return this.recording.commands[index].answer;
  }

  answerExec(stream: ServerChannel, command: string): void {
    stream.on('error', () => undefined);
    this.received.push(command);
    const index = matchCommand(this.recording, command, this.consumed);
    if (index === undefined) {
      stream.stderr.write(`unknown command: ${command}\n`);
      stream.exit(127);
    } else {
      stream.write(Buffer.from(this.answer(index), 'latin1'));
      stream.exit(0);
    }
    stream.end();
  }

  /**
   * A recorded answer already holds the device's echo and its next prompt, so it is sent as it
   * is; anything else is echoed and answered with the current prompt, as a device answers the
   * setup commands Oxidized did not send.
   */
  playShell(stream: ServerChannel): void {
    const { commands } = this.recording;
    let line = '';
    let lastWasCarriageReturn = false;
    let prompt = '';
    /** The entry answered last (-1: the init prompt); a key press is answered only by the entry right after it. */
    let lastAnswered = -1;
    let closed = false;

    const send = (text: string) => {
      if (text !== '') prompt = text.slice(text.lastIndexOf('\n') + 1);
      if (stream.writable) stream.write(Buffer.from(text, 'latin1'));
    };
    const close = () => {
      closed = true;
      stream.exit(0);
      stream.end();
    };
    const onLine = (entered: string) => {
      if (entered !== '') this.received.push(entered);
      const index = matchCommand(this.recording, entered, this.consumed) ?? passwordEntry();
      const isExit = exitCommands.has(entered.trim());
      if (index === undefined) {
        if (isExit) return close();
        if (stream.writable) stream.write(Buffer.from(`${entered}\r\n${prompt}`, 'latin1'));
        return;
      }
      lastAnswered = index;
      send(echoing(this.answer(index), commands[index].command.replace(/\r?\n$/, ''), entered));
      // A recorded exit that is followed by more (netgear's "save? (y/n)") leaves the session open.
      if (isExit && index === commands.length - 1) close();
    };
    /**
     * Contributors replace passwords by placeholders, so what is typed at a recorded password
     * prompt (`[sudo] password for u:`) is answered by the line entry recorded right after it.
     */
    const passwordEntry = (): number | undefined => {
      const next = lastAnswered + 1;
      const entry = commands[next];
      if (!passwordPrompt.test(prompt) || !entry || lineOf(entry.command) === undefined || this.consumed.has(next)) return undefined;
      return next;
    };
    const onKeyPress = (key: string): boolean => {
      if (line !== '' || commands[lastAnswered + 1]?.command !== key) return false;
      lastAnswered++;
      send(this.answer(lastAnswered));
      return true;
    };

    stream.on('error', () => undefined);
    stream.on('data', (chunk: Buffer) => {
      for (const char of chunk.toString('latin1')) {
        if (closed) return;
        if (char === '\n' && lastWasCarriageReturn) {
          lastWasCarriageReturn = false;
          continue;
        }
        lastWasCarriageReturn = char === '\r';
        if (char === '\r' || char === '\n') {
          const entered = line;
          line = '';
          onLine(entered);
        } else if (!onKeyPress(char)) {
          line += char;
        }
      }
    });
    send(this.recording.initPrompt);
  }
}
