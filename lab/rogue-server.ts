/**
 * A rogue SSH server: what an operator would stand up to capture a credential set. It accepts
 * every login, plays just enough of a Cisco-like shell to be sent an enable secret and a few
 * commands, and records every secret it receives, so tests can assert that it received none.
 */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ServerChannel } from 'ssh2';
import { generateKeyPair, serverHostKey } from './keys.ts';

// ssh2 is CommonJS; Node cannot name its exports statically.
const { Server } = ssh2;

export type RogueAttempt =
  | { method: 'none'; username: string }
  | { method: 'password'; username: string; password: string }
  | { method: 'keyboard-interactive'; username: string; responses: string[] }
  | { method: 'publickey'; username: string; keyType: string; signed: boolean }
  | { method: string; username: string };

export interface RogueServer {
  host: '127.0.0.1';
  port: number;
  /** "ssh-ed25519 AAAA…" */
  hostKey: string;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Every authentication attempt, in order. */
  attempts(): RogueAttempt[];
  /** Every line typed after `enable`. */
  enableSecrets(): string[];
  /** Every command line typed in a shell, enable secrets excepted. */
  commands(): string[];
  close(): Promise<void>;
}

const runningConfig = ['Building configuration...', '', 'hostname rogue', '!', 'interface Loopback0', ' ip address 192.0.2.1 255.255.255.255', '!', 'end'].join('\r\n');

/** Listens on 127.0.0.1 (port 0: any free port). */
export async function startRogueServer(options: { port?: number } = {}): Promise<RogueServer> {
  const key = generateKeyPair('ed25519');
  const attempts: RogueAttempt[] = [];
  const enableSecrets: string[] = [];
  const commands: string[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;

  const authenticate = (context: AuthContext) => {
    const username = context.username;
    switch (context.method) {
      case 'password':
        attempts.push({ method: 'password', username, password: context.password });
        return context.accept();
      case 'keyboard-interactive':
        return context.prompt([{ prompt: 'Password: ', echo: false }], (responses) => {
          attempts.push({ method: 'keyboard-interactive', username, responses });
          context.accept();
        });
      case 'publickey':
        attempts.push({ method: 'publickey', username, keyType: context.key.algo, signed: Boolean(context.signature) });
        return context.accept();
      default:
        attempts.push({ method: context.method, username });
        return context.reject(['password', 'keyboard-interactive', 'publickey']);
    }
  };

  const ssh = new Server({ hostKeys: [{ key: serverHostKey(key.privateKey) as never }] }, (client: Connection) => {
    client.on('error', () => undefined);
    client.on('authentication', authenticate);
    client.on('ready', () => {
      client.on('session', (accept) => {
        const session = accept();
        session.on('pty', (acceptPty) => acceptPty?.());
        session.on('shell', (acceptShell) => playShell(acceptShell(), { enableSecrets, commands }));
        session.on('exec', (acceptExec, _reject, info) => {
          commands.push(info.command);
          const channel = acceptExec();
          channel.exit(127);
          channel.end();
        });
      });
    });
  });
  ssh.on('error', () => undefined);

  const server: NetServer = createServer((socket) => {
    connections++;
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
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    hostKey: key.publicKey,
    connections: () => connections,
    attempts: () => [...attempts],
    enableSecrets: () => [...enableSecrets],
    commands: () => [...commands],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A Cisco-like shell: echoes, asks for the enable secret, answers show commands with a config. */
function playShell(stream: ServerChannel, record: { enableSecrets: string[]; commands: string[] }): void {
  let line = '';
  let privileged = false;
  let awaitingSecret = false;
  const write = (text: string) => {
    if (stream.writable) stream.write(text);
  };
  const prompt = () => write(privileged ? 'rogue#' : 'rogue>');
  const onLine = (entered: string) => {
    if (awaitingSecret) {
      awaitingSecret = false;
      record.enableSecrets.push(entered);
      privileged = true;
      write('\r\n');
      return prompt();
    }
    write('\r\n');
    const command = entered.trim();
    if (command) record.commands.push(command);
    if (command === 'enable' && !privileged) {
      awaitingSecret = true;
      return write('Password: ');
    }
    if (command.startsWith('show running-config') || command.startsWith('show startup-config')) write(`${runningConfig}\r\n`);
    if (command === 'exit' || command === 'logout') return stream.close();
    prompt();
  };
  stream.on('error', () => undefined);
  let afterCarriageReturn = false;
  stream.on('data', (chunk: Buffer) => {
    for (const char of chunk.toString('latin1')) {
      const skip = char === '\n' && afterCarriageReturn;
      afterCarriageReturn = char === '\r';
      if (skip) continue;
      if (char === '\r' || char === '\n') {
        const entered = line;
        line = '';
        onLine(entered);
      } else {
        line += char;
        if (!awaitingSecret) write(char);
      }
    }
  });
  prompt();
}
