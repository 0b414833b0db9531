/**
 * A throwaway Debian OpenSSH sshd on a free 127.0.0.1 port, with its own host key, config
 * and authorized_keys in a temporary folder. Tests use it to check the runtime against a
 * real sshd (install with `apt-get install -y openssh-server`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { freePortsBelowEphemeral } from '../infra/free-ports.ts';
import { generateKeyPair, type KeyPair } from './keys.ts';
import { temporaryDir } from './test-support.ts';

export const sshdPath = '/usr/sbin/sshd';

export interface OpenSshServer {
  port: number;
  username: string;
  /** "ssh-ed25519 AAAA…" */
  hostKey: string;
  clientKey: KeyPair;
  /** A private folder for test files; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

async function waitUntilListening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}: ${log()}`);
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`sshd did not listen on ${port}: ${log()}`);
}

export interface OpenSshServerOptions {
  /** More public keys ("type base64") that may log in, besides `clientKey`; e.g. a Git deploy key. */
  authorizedKeys?: string[];
}

/**
 * The user logs in with keys only. Its commands run through the user's shell with sshd's default
 * PATH, so `git-upload-pack` and `git-receive-pack` serve any repository under `dir` to git over SSH.
 */
export async function startOpenSshServer(options: OpenSshServerOptions = {}): Promise<OpenSshServer> {
  const folder = await temporaryDir('sshd');
  const hostKey = generateKeyPair('ed25519');
  const clientKey = generateKeyPair('ed25519');
  const file = (name: string) => join(folder.path, name);
  await writeFile(file('host_key'), hostKey.privateKey, { mode: 0o600 });
  await writeFile(file('authorized_keys'), [clientKey.publicKey, ...(options.authorizedKeys ?? [])].map((key) => `${key}\n`).join(''), { mode: 0o600 });
  await mkdir('/run/sshd', { recursive: true, mode: 0o755 });
  for (let attempt = 1; ; attempt++) {
    // Free a moment ago, the port may be another test's by the time sshd binds it: then another.
    const port = await freePortsBelowEphemeral();
    await writeFile(file('sshd_config'), sshdConfig(port, file));
    const child = spawn(sshdPath, ['-D', '-e', '-f', file('sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const closed = once(child, 'close');
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      await folder.remove();
    };
    try {
      await waitUntilListening(port, child, () => stderr);
    } catch (error) {
      if (child.exitCode !== null) await closed;
      if (attempt < 3 && /Address already in use/.test(stderr)) continue;
      await stop();
      throw error;
    }
    return { port, username: userInfo().username, hostKey: hostKey.publicKey, clientKey, dir: folder.path, stop };
  }
}

const sshdConfig = (port: number, file: (name: string) => string) =>
  [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${file('host_key')}`,
    `PidFile ${file('sshd.pid')}`,
    `AuthorizedKeysFile ${file('authorized_keys')}`,
    'StrictModes no',
    'UsePAM no',
    'PermitRootLogin prohibit-password',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'Subsystem sftp internal-sftp',
    'LogLevel ERROR',
    '',
  ].join('\n');
