/**
 * One simulated device: an ssh2 server on its own 127.0.0.1 port that plays a platform
 * persona (login, prompt, paging, enable, configs) and misbehaves on demand.
 */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ParsedKey, Server as SshServer, ServerChannel } from 'ssh2';
import type { Persona, Reply } from './persona.ts';
import { ShellPlayer } from './shell-player.ts';
import { fetchVariables, renderTemplate } from './template.ts';
import { serveScpSource, serveSftp } from './file-transfer.ts';
import { serverHostKey } from './keys.ts';
import { serveNetconf, type LabNetconf } from './netconf-server.ts';
import { coalesceWrites } from '../infra/socket-writes.ts';

// ssh2 is CommonJS; Node cannot name its exports statically.
const { Server, utils } = ssh2;

export const faults = ['wrong-password', 'slow-login', 'hang', 'disconnect', 'garbage', 'refused'] as const;
export type Fault = (typeof faults)[number] | 'none';

export interface LabDeviceSpec {
  name: string;
  /** Position in the lab; drives addresses in the generated configs. */
  index: number;
  platform: string;
  fault: Fault;
  username: string;
  password: string;
  enableSecret: string;
  sshProfile: 'modern' | 'legacy';
  /** OpenSSH public keys that may log in instead of the password. */
  authorizedKeys: string[];
  /** Exact output per command, used instead of the persona's template (fixture cases). */
  outputs: Record<string, string>;
  /** Keeps paging even after the paging-off command, like gear that ignores it. */
  forcePaging: boolean;
  /** false: only keyboard-interactive and public keys, like many hardened devices. */
  passwordAuth: boolean;
  /** `enable` asks for the login's username before the secret, where the persona says how. */
  enableAsksUsername?: boolean;
  /** Only the persona's `unlock` command (and `exit` ones) work until it succeeds. */
  locked?: boolean;
  slowLoginMs: number;
  /** The configuration really changes every this many fetches. */
  changeEvery: number;
  /** Answers the `netconf` SSH subsystem; without it the subsystem is refused. */
  netconf?: LabNetconf | null;
}

const legacyServerAlgorithms = {
  kex: ['diffie-hellman-group14-sha1', 'diffie-hellman-group1-sha1'],
  cipher: ['aes128-cbc', 'aes256-cbc', '3des-cbc'],
  serverHostKey: ['ssh-rsa'],
  hmac: ['hmac-sha1'],
} as const;

/** How much of a config a hanging or disconnecting device sends before failing. */
const partialShare = 0.4;

export interface ConfigReply {
  text: string;
  fault: 'hang' | 'disconnect' | 'garbage' | null;
  exitCode?: number;
}

export class DeviceServer {
  /** Configuration fetches answered so far; moves the template's clock. */
  fetches = 0;
  /** Authenticated SSH sessions so far; moves the template's revision. */
  sessions = 0;
  /** Remote files served over SFTP and scp, keyed by path without leading slash. */
  readonly files = new Map<string, Buffer>();
  private netServer: NetServer | null = null;
  private reservedPort: NetServer | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly ssh: SshServer;
  private readonly authorizedKeys: ParsedKey[];

  constructor(
    readonly spec: LabDeviceSpec,
    readonly persona: Persona,
    hostKey: string,
  ) {
    this.authorizedKeys = spec.authorizedKeys.map((line) => {
      const parsed = utils.parseKey(line);
      if (parsed instanceof Error) throw new Error(`${spec.name}: unusable authorized key: ${parsed.message}`);
      return Array.isArray(parsed) ? parsed[0] : parsed;
    });
    this.ssh = new Server(
      {
        hostKeys: [{ key: serverHostKey(hostKey) as never }],
        banner: persona.banner,
        algorithms: spec.sshProfile === 'legacy' ? structuredClone(legacyServerAlgorithms) as never : undefined,
      },
      (client) => this.onConnection(client),
    );
    this.ssh.on('error', () => undefined);
  }

  /**
   * Listens on 127.0.0.1; a `refused` device only reserves a free port, held until
   * `releaseReservedPort` so the devices started after it cannot be given the same one.
   */
  async listen(port: number): Promise<number> {
    const server = createServer((socket) => {
      coalesceWrites(socket).setNoDelay(true);
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      this.ssh.injectSocket(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const bound = (server.address() as { port: number }).port;
    if (this.spec.fault === 'refused') {
      this.reservedPort = server;
    } else {
      this.netServer = server;
    }
    return bound;
  }

  /** Closes a `refused` device's port: from now on a connection to it is refused. */
  async releaseReservedPort(): Promise<void> {
    const server = this.reservedPort;
    this.reservedPort = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    const server = this.netServer;
    this.netServer = null;
    if (server) await new Promise((resolve) => server.close(resolve));
    await this.releaseReservedPort();
  }

  later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  /** The answer to a command, or null when the device does not know it. */
  reply(command: string, reply: Reply): ConfigReply {
    const override = this.spec.outputs[command];
    const isConfig = reply.config || override !== undefined;
    let text = override ?? reply.text ?? '';
    if (override === undefined && reply.template) {
      const template = this.persona.templates.get(reply.template);
      if (template === undefined) throw new Error(`${this.persona.platform}: missing template ${reply.template}`);
      text = renderTemplate(template, fetchVariables(this.spec, { fetch: this.fetches, session: this.sessions - 1 }, this.spec.changeEvery));
    }
    if (!isConfig) return { text, fault: null };
    this.fetches++;
    const fault = this.spec.fault;
    if (fault === 'garbage') return { text: `${this.persona.garbage}\n${this.persona.unknownCommand}`, fault };
    if (fault === 'hang' || fault === 'disconnect') {
      const lines = text.split('\n');
      return { text: lines.slice(0, Math.max(1, Math.floor(lines.length * partialShare))).join('\n'), fault };
    }
    return { text, fault: null };
  }

  private onConnection(client: Connection): void {
    client.on('error', () => undefined);
    client.on('authentication', (context) => this.authenticate(context));
    client.on('ready', () => {
      this.sessions++;
      client.on('session', (accept) => {
        const session = accept();
        let pty = false;
        session.on('pty', (acceptPty) => {
          pty = true;
          acceptPty?.();
        });
        session.on('shell', (acceptShell) => {
          new ShellPlayer(acceptShell(), this, client, pty).start();
        });
        session.on('exec', (acceptExec, _reject, info) => this.exec(acceptExec(), client, info.command));
        session.on('sftp', (acceptSftp) => serveSftp(acceptSftp(), this.files));
        session.on('subsystem', (acceptSubsystem, rejectSubsystem, info) => {
          if (info.name === 'netconf' && this.spec.netconf) serveNetconf(acceptSubsystem(), this, client, this.spec.netconf);
          else rejectSubsystem();
        });
      });
    });
  }

  private authenticate(context: AuthContext): void {
    const allowed: Array<'password' | 'publickey' | 'keyboard-interactive'> = ['password', 'publickey', 'keyboard-interactive'];
    const decide = (accepted: boolean) => {
      const settle = () => (accepted && this.spec.fault !== 'wrong-password' ? context.accept() : context.reject(allowed));
      if (accepted && this.spec.fault === 'slow-login') this.later(this.spec.slowLoginMs, settle);
      else settle();
    };
    if (context.username !== this.spec.username) return context.reject(allowed);
    switch (context.method) {
      case 'password':
        if (!this.spec.passwordAuth) return context.reject(['publickey', 'keyboard-interactive']);
        return decide(context.password === this.spec.password);
      case 'keyboard-interactive':
        return context.prompt([{ prompt: 'Password: ', echo: false }], (answers) => decide(answers[0] === this.spec.password));
      case 'publickey': {
        const key = this.authorizedKeys.find(
          (candidate) => candidate.type === context.key.algo && candidate.getPublicSSH().equals(context.key.data),
        );
        if (!key) return context.reject(allowed);
        if (!context.signature || !context.blob) return context.accept();
        return decide(key.verify(context.blob, context.signature, context.hashAlgo) === true);
      }
      default:
        return context.reject(allowed);
    }
  }

  private exec(stream: ServerChannel, client: Connection, command: string): void {
    if (/^scp -f /.test(command)) return serveScpSource(stream, this.files, command);
    const answer = execAnswer(this, command);
    if (!answer) {
      stream.stderr.write(`${this.persona.unknownCommand}\n`);
      stream.exit(1);
      stream.end();
      return;
    }
    const { text, fault, exitCode = 0 } = answer;
    stream.write(text.replace(/\n/g, '\r\n') + (fault ? '' : '\r\n'));
    if (fault === 'hang') return;
    if (fault === 'disconnect') return void client.end();
    stream.exit(fault === 'garbage' ? 1 : exitCode);
    stream.end();
  }
}

const catCommand = /^(?:sudo -n )?cat -- '((?:[^']|'\\'')+)'$/;
const backupSave = /^\/system backup save name=(\S+)/;
const fileRemove = /^\/file remove (?:numbers=)?"?([^"]+?)"?$/;
const ucsSave = /^tmsh save sys ucs \/var\/local\/ucs\/([\w.-]+\.ucs)( no-private-key)?$/;
const ucsDelete = /^tmsh delete sys ucs ([\w.-]+\.ucs)$/;

/** Commands an exec channel understands: persona commands, files, MikroTik's backup file and BIG-IP's UCS archive. */
function execAnswer(device: DeviceServer, command: string): ConfigReply | null {
  const known = device.persona.commands[command];
  if (known) return device.reply(command, known);
  const cat = catCommand.exec(command);
  if (cat) {
    const path = cat[1].replace(/'\\''/g, "'");
    const file = device.persona.files[path];
    return file
      ? device.reply(command, { ...file, config: true })
      : { text: `cat: ${path}: No such file or directory`, fault: null, exitCode: 1 };
  }
  const save = backupSave.exec(command);
  if (save) {
    device.files.set(`${save[1]}.backup`, mikrotikBackupBytes(device.spec.name));
    return { text: 'Configuration backup saved', fault: null };
  }
  const remove = fileRemove.exec(command);
  if (remove && device.files.delete(remove[1].replace(/^\/+/, ''))) return { text: '', fault: null };
  const ucs = ucsSave.exec(command);
  if (ucs) {
    device.files.set(`var/local/ucs/${ucs[1]}`, f5UcsBytes(device.spec.name, ucs[2] === undefined));
    return { text: `Saving active configuration...\n/var/local/ucs/${ucs[1]} is saved.`, fault: null };
  }
  const ucsGone = ucsDelete.exec(command);
  if (ucsGone && device.files.delete(`var/local/ucs/${ucsGone[1]}`)) return { text: '', fault: null };
  return null;
}

/** Stands in for a BIG-IP UCS archive: gzip, stable per device, with or without SSL private keys. */
export function f5UcsBytes(deviceName: string, withPrivateKeys: boolean): Buffer {
  const files = [`config/bigip.conf of ${deviceName}`, ...(withPrivateKeys ? [`config/filestore/files_d/Common_d/certificate_key_d of ${deviceName}`] : [])];
  const body = Buffer.alloc(32 * 1024);
  for (let i = 0; i < body.length; i++) body[i] = (i * 17 + deviceName.length) & 0xff;
  return gzipSync(Buffer.concat([Buffer.from(`${files.join('\n')}\n`), body]));
}

/** Stands in for RouterOS's binary .backup: stable bytes per device. */
export function mikrotikBackupBytes(deviceName: string): Buffer {
  const header = Buffer.from(`\x88\xac\xa1\xb1MikroTik backup of ${deviceName}\n`, 'latin1');
  const body = Buffer.alloc(48 * 1024);
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + deviceName.length) & 0xff;
  return Buffer.concat([header, body]);
}
