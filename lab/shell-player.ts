/** Plays a persona on an interactive shell: echo, prompt, enable, paging and faults. */
import type { Connection, ServerChannel } from 'ssh2';
import type { Persona, Reply } from './persona.ts';

/** What the player needs of the device it plays (lab/device-server.ts). */
export interface PlayedDevice {
  readonly persona: Persona;
  readonly spec: { name: string; enableSecret: string; forcePaging: boolean; username?: string; password?: string; enableAsksUsername?: boolean; locked?: boolean };
  reply(command: string, reply: Reply): { text: string; fault: 'hang' | 'disconnect' | 'garbage' | null };
}

type Mode = 'await-any-key' | 'dialog' | 'command' | 'enable-username' | 'enable-password' | 'unlock' | 'paging' | 'stalled';

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

export class ShellPlayer {
  private mode: Mode = 'command';
  private line = '';
  private lastWasCarriageReturn = false;
  private privileged = false;
  private paging = true;
  private pending: string[] = [];
  private dialogsAnswered = 0;
  /** For prompts that count commands (EXOS `host.12 # `). */
  private commandsEntered = 0;
  /** The username given to `enable`, when the device asks for one. */
  private enableUsername: string | undefined;
  private locked: boolean;
  /** The unlock question being asked. */
  private unlockQuestion = 0;

  constructor(
    private readonly stream: ServerChannel,
    private readonly device: PlayedDevice,
    private readonly client: Connection,
    private readonly pty: boolean,
  ) {
    this.locked = device.spec.locked === true && device.persona.unlock !== undefined;
  }

  private get persona() {
    return this.device.persona;
  }

  start(): void {
    this.stream.on('data', (chunk: Buffer) => this.onInput(chunk.toString('latin1')));
    this.stream.on('error', () => undefined);
    if (this.persona.motd) this.write(crlf(this.persona.motd));
    if (this.persona.pressAnyKey) {
      this.write(`${this.persona.pressAnyKey}`);
      this.mode = 'await-any-key';
      return;
    }
    this.askOrPrompt();
  }

  /** The next persona dialog, or the prompt once every dialog is answered. */
  private askOrPrompt(): void {
    const dialog = this.persona.dialogs[this.dialogsAnswered];
    if (!dialog) {
      this.mode = 'command';
      return this.writePrompt();
    }
    this.mode = 'dialog';
    this.write(crlf(dialog.text));
  }

  private onDialogLine(entered: string): void {
    const dialog = this.persona.dialogs[this.dialogsAnswered];
    const expected = dialog.answer.replace('{username}', this.device.spec.username ?? '').replace('{password}', this.device.spec.password ?? '');
    if (this.pty && !dialog.answer.includes('{password}')) this.write(entered);
    this.write('\r\n');
    if (entered.trim() === expected) this.dialogsAnswered++;
    this.askOrPrompt();
  }

  private write(text: string): void {
    if (this.stream.writable) this.stream.write(text);
  }

  private writePrompt(): void {
    const template = this.privileged && this.persona.privilegedPrompt ? this.persona.privilegedPrompt : this.persona.prompt;
    this.write(this.persona.promptPrefix + template.replace('{hostname}', this.device.spec.name).replace('{count}', String(this.commandsEntered + 1)));
  }

  private onInput(text: string): void {
    for (const char of text) {
      if (this.mode === 'stalled') return;
      if (this.mode === 'await-any-key') {
        this.write('\r\n');
        this.askOrPrompt();
        continue;
      }
      if (this.mode === 'paging') {
        this.onPagerKey(char);
        continue;
      }
      if (char === '\n' && this.lastWasCarriageReturn) {
        this.lastWasCarriageReturn = false;
        continue;
      }
      this.lastWasCarriageReturn = char === '\r';
      if (char === '\r' || char === '\n') {
        const entered = this.line;
        this.line = '';
        this.onLine(entered);
      } else if (char === '\x7f' || char === '\b') {
        this.line = this.line.slice(0, -1);
      } else {
        this.line += char;
      }
    }
  }

  private onLine(entered: string): void {
    if (this.mode === 'dialog') return this.onDialogLine(entered);
    if (this.mode === 'unlock') return this.onUnlockAnswer(entered);
    if (this.mode === 'enable-username') {
      if (this.pty) this.write(entered);
      this.write(`\r\n${this.persona.enable?.passwordPrompt ?? ''}`);
      this.enableUsername = entered;
      this.mode = 'enable-password';
      return;
    }
    if (this.mode === 'enable-password') {
      this.write('\r\n');
      const usernameAccepted = this.enableUsername === undefined || this.enableUsername === this.device.spec.username;
      this.enableUsername = undefined;
      if (usernameAccepted && entered === this.device.spec.enableSecret) this.privileged = true;
      else this.write(`${this.persona.enable?.denied ?? ''}\r\n`);
      this.mode = 'command';
      this.writePrompt();
      return;
    }
    if (this.pty) this.write(`${entered}\r\n`);
    const command = entered.trim();
    const enable = this.persona.enable;
    if (command === '') return this.writePrompt();
    this.commandsEntered++;
    const unlock = this.persona.unlock;
    if (unlock && command === unlock.command && this.locked) {
      this.unlockQuestion = 0;
      this.mode = 'unlock';
      this.write(crlf(unlock.questions[0]?.text ?? ''));
      return;
    }
    if (this.locked && !this.persona.commands[command]?.exit) {
      this.write(`${crlf(this.persona.unknownCommand)}\r\n`);
      return this.writePrompt();
    }
    if (enable && command === enable.command && !this.privileged) {
      if (enable.passwordPrompt === undefined) {
        this.privileged = true;
        return this.writePrompt();
      }
      if (enable.usernamePrompt !== undefined && this.device.spec.enableAsksUsername) {
        this.write(enable.usernamePrompt);
        this.mode = 'enable-username';
        return;
      }
      this.write(enable.passwordPrompt);
      this.mode = 'enable-password';
      return;
    }
    if (this.persona.pagingOff.includes(command)) {
      this.paging = this.device.spec.forcePaging;
      return this.writePrompt();
    }
    const reply = this.persona.commands[command];
    if (!reply || (reply.privileged && !this.privileged && enable)) {
      this.write(`${crlf(this.persona.unknownCommand)}\r\n`);
      return this.writePrompt();
    }
    if (reply.exit) {
      this.stream.exit(0);
      this.stream.end();
      return;
    }
    const { text, fault } = this.device.reply(command, reply);
    if (fault === 'hang' || fault === 'disconnect') {
      this.write(`${crlf(text)}\r\n`);
      this.mode = 'stalled';
      if (fault === 'disconnect') this.client.end();
      return;
    }
    this.pending = text === '' ? [] : text.split('\n');
    this.sendPage();
  }

  private onUnlockAnswer(entered: string): void {
    const unlock = this.persona.unlock!;
    const question = unlock.questions[this.unlockQuestion];
    if (this.pty && question.echo) this.write(entered);
    this.write('\r\n');
    if (entered.trim() !== question.answer) {
      this.write(`${crlf(unlock.refused)}\r\n`);
      this.mode = 'command';
      return this.writePrompt();
    }
    const next = unlock.questions[++this.unlockQuestion];
    if (next) return this.write(crlf(next.text));
    this.locked = false;
    this.write(`${crlf(unlock.opened)}\r\n`);
    this.mode = 'command';
    this.writePrompt();
  }

  private sendPage(): void {
    const pager = this.persona.pager;
    const pageLines = pager && this.paging ? pager.lines : Number.POSITIVE_INFINITY;
    const page = this.pending.splice(0, pageLines);
    if (page.length > 0) this.write(page.map((line) => `${line}\r\n`).join(''));
    if (pager && this.pending.length > 0) {
      this.write(pager.prompt);
      this.mode = 'paging';
      return;
    }
    this.mode = 'command';
    this.writePrompt();
  }

  private onPagerKey(key: string): void {
    const pager = this.persona.pager;
    if (!pager) return;
    this.write(pager.erase);
    if (key === 'q') {
      this.pending = [];
      this.mode = 'command';
      this.writePrompt();
      return;
    }
    if (key === '\r' || key === '\n') {
      this.write(`${this.pending.shift() ?? ''}\r\n`);
      if (this.pending.length > 0) this.write(pager.prompt);
      else {
        this.mode = 'command';
        this.writePrompt();
      }
      return;
    }
    this.sendPage();
  }
}
