/**
 * SSH remotes through the system `git` and OpenSSH's `ssh`. Each exchange gets a private folder
 * (0700) with the credential set's key (0600, still encrypted with its passphrase when it has one),
 * a known_hosts file written from the pinned host key, and an askpass program that hands `ssh` the
 * passphrase from the child's environment; the folder is removed when the exchange is over.
 *
 * Host keys: the known_hosts entry is filed under a fixed alias, so it does not depend on the URL's
 * host or port. With a pinned key, `ssh` runs with `StrictHostKeyChecking=yes` and refuses any other
 * key (HOST_KEY_CHANGED, with the key the remote presented, read with `ssh-keyscan`); without one,
 * with `accept-new`, and the key it accepted is read back from the file to be pinned.
 */
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSshRemote } from './git-remote.ts';

/** What logs in to an SSH remote: a credential set's key, and the host key pinned for the remote. */
export interface SshRemoteAuth {
  /** Used when the URL names no user. */
  username: string;
  privateKey: string;
  passphrase: string | null;
  /** "type base64"; null until the first exchange pins it. */
  hostKey: string | null;
}

export type RemoteErrorCode = 'HOST_KEY_CHANGED' | 'AUTH_FAILED' | 'UNREACHABLE' | 'NOT_FOUND' | 'REJECTED' | 'FAILED';

/** A failed exchange with a remote, in words fit for a run's report (never a secret). */
export class RemoteError extends Error {
  readonly code: RemoteErrorCode;
  /** HOST_KEY_CHANGED: the key the remote presented instead of the pinned one, "type base64". */
  readonly presentedHostKey: string | null;

  constructor(code: RemoteErrorCode, message: string, options: { cause?: unknown; presentedHostKey?: string | null } = {}) {
    super(message, { cause: options.cause });
    this.name = 'RemoteError';
    this.code = code;
    this.presentedHostKey = options.presentedHostKey ?? null;
  }
}

/** The name the remote's key is filed under in our known_hosts, whatever its host and port. */
const hostKeyAlias = 'tidemark-remote';
const connectTimeoutSeconds = 15;
/** A git exchange that has not ended by then is stopped; a push of a run's pack takes seconds. */
const commandTimeoutMs = 10 * 60_000;

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export interface SshGitResult {
  stdout: string;
  stderr: string;
}

export interface SshGit {
  /** Runs `git <args>` with this remote's SSH settings; a failure throws a RemoteError. */
  run(args: string[], options?: { gitdir?: string }): Promise<SshGitResult>;
  /** The remote's host key as this exchange saw it ("type base64"): the pinned one, or the one accepted on first use. */
  hostKey(): Promise<string | null>;
  close(): Promise<void>;
}

/** Opens the private folder for one exchange with an SSH remote. */
export async function openSshGit(url: string, auth: SshRemoteAuth): Promise<SshGit> {
  const remote = parseSshRemote(url);
  if (!remote) throw new RemoteError('FAILED', `${url} is not an SSH remote`);
  const dir = await fsp.mkdtemp(join(tmpdir(), 'tidemark-ssh-'));
  await fsp.chmod(dir, 0o700);
  const file = (name: string) => join(dir, name);
  try {
    await fsp.writeFile(file('key'), auth.privateKey.endsWith('\n') ? auth.privateKey : `${auth.privateKey}\n`, { mode: 0o600 });
    await fsp.writeFile(file('known_hosts'), auth.hostKey ? `${hostKeyAlias} ${auth.hostKey.trim()}\n` : '', { mode: 0o600 });
    await fsp.writeFile(file('askpass'), '#!/bin/sh\nprintf \'%s\\n\' "$TIDEMARK_SSH_PASSPHRASE"\n', { mode: 0o700 });
  } catch (error) {
    await fsp.rm(dir, { recursive: true, force: true });
    throw error;
  }
  const sshCommand = [
    'ssh',
    '-F /dev/null',
    `-i ${quote(file('key'))}`,
    '-o IdentitiesOnly=yes',
    '-o IdentityAgent=none',
    `-o UserKnownHostsFile=${quote(file('known_hosts'))}`,
    '-o GlobalKnownHostsFile=/dev/null',
    `-o HostKeyAlias=${hostKeyAlias}`,
    `-o StrictHostKeyChecking=${auth.hostKey ? 'yes' : 'accept-new'}`,
    '-o UpdateHostKeys=no',
    '-o PreferredAuthentications=publickey',
    '-o PasswordAuthentication=no',
    '-o KbdInteractiveAuthentication=no',
    `-o ConnectTimeout=${connectTimeoutSeconds}`,
    '-o ServerAliveInterval=15',
    '-o ServerAliveCountMax=3',
    ...(remote.user ? [] : [`-l ${quote(auth.username)}`]),
  ].join(' ');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    LANG: 'C',
    GIT_SSH_COMMAND: sshCommand,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    SSH_ASKPASS: file('askpass'),
    SSH_ASKPASS_REQUIRE: 'force',
    TIDEMARK_SSH_PASSPHRASE: auth.passphrase ?? '',
  };

  async function presentedKey(): Promise<string | null> {
    const type = auth.hostKey?.trim().split(/\s+/)[0];
    const scanType = type?.replace(/^ssh-/, '').replace(/^ecdsa-sha2-nistp\d+$/, 'ecdsa');
    const args = ['-T', String(connectTimeoutSeconds), '-p', String(remote!.port ?? 22), ...(scanType ? ['-t', scanType] : []), remote!.host.replace(/^\[|\]$/g, '')];
    const scanned = await execute('ssh-keyscan', args, { env, timeoutMs: (connectTimeoutSeconds + 5) * 1000 }).catch(() => null);
    const line = scanned?.stdout.split('\n').find((entry) => entry && !entry.startsWith('#'));
    return line ? line.trim().split(/\s+/).slice(1, 3).join(' ') : null;
  }

  return {
    async run(args, options = {}) {
      const full = options.gitdir ? ['--git-dir', options.gitdir, ...args] : args;
      const result = await execute('git', full, { env, timeoutMs: commandTimeoutMs });
      if (result.code === 0) return result;
      throw await describeFailure(url, result, presentedKey);
    },
    async hostKey() {
      const known = await fsp.readFile(file('known_hosts'), 'utf8').catch(() => '');
      const line = known.split('\n').find((entry) => entry.startsWith(`${hostKeyAlias} `));
      return line ? line.split(/\s+/).slice(1, 3).join(' ') : null;
    },
    close: () => fsp.rm(dir, { recursive: true, force: true }),
  };
}

interface ExecResult extends SshGitResult {
  code: number | null;
}

function execute(command: string, args: string[], options: { env: Record<string, string>; timeoutMs: number }): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    // setsid: no controlling terminal, so ssh asks the askpass program and never the terminal.
    const child = spawn(command, args, { env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true, timeout: options.timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** The lines of git's and ssh's stderr worth showing: errors and rejections, not progress or warnings about known hosts. */
function reasonOf(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(Warning: Permanently added|@@@|Counting|Compressing|Writing|Total|remote: (Counting|Compressing|Total))/.test(line));
  const useful = lines.filter((line) => /fatal|error|denied|refused|rejected|failed|not|timed out|could not|unable/i.test(line));
  return (useful.length ? useful : lines).slice(-3).join('; ').slice(0, 500) || 'no reason given';
}

async function describeFailure(url: string, result: ExecResult, presentedKey: () => Promise<string | null>): Promise<RemoteError> {
  const stderr = result.stderr;
  const where = `the SSH remote ${url}`;
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed|host key .* differs/i.test(stderr)) {
    const presented = await presentedKey();
    return new RemoteError('HOST_KEY_CHANGED', `host key changed: ${where} presented a key other than the pinned one; an admin must accept it`, {
      presentedHostKey: presented,
    });
  }
  if (/Permission denied \(|Too many authentication failures|Load key .*: (incorrect passphrase|invalid format|error in libcrypto)/i.test(stderr)) {
    return new RemoteError('AUTH_FAILED', `${where} refused the key of the credential set: ${reasonOf(stderr)}`);
  }
  if (/Could not resolve hostname|Connection refused|Connection timed out|No route to host|Network is unreachable|Connection closed by|kex_exchange_identification/i.test(stderr)) {
    return new RemoteError('UNREACHABLE', `${where} cannot be reached: ${reasonOf(stderr)}`);
  }
  if (/does not appear to be a git repository|repository .* not found|not found/i.test(stderr)) {
    return new RemoteError('NOT_FOUND', `no repository at ${where}: ${reasonOf(stderr)}`);
  }
  if (/\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first/i.test(stderr)) {
    return new RemoteError('REJECTED', `${where} refused the update: ${reasonOf(stderr)}`);
  }
  if (result.code === null) return new RemoteError('UNREACHABLE', `${where} did not answer in time`);
  return new RemoteError('FAILED', `git failed with ${where}: ${reasonOf(stderr)}`);
}
