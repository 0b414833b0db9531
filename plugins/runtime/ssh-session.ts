/**
 * The only module of the product that talks to ssh2: a promise-based SSH session that
 * honours an AbortSignal and reports failures as CollectionError codes.
 */
import { createHash } from 'node:crypto';
import { Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { Algorithms, Client as SshClient, ClientChannel, SFTPWrapper } from 'ssh2';
import { CollectionError, type PresentedHostKey } from '../errors.ts';
import type { BinarySink, BinaryUpload, SshProfile, StagedBinary } from '../types.ts';
import { coalesceWrites } from '../../infra/socket-writes.ts';

// ssh2 is CommonJS; Node cannot name its exports statically.
const { Client } = ssh2;

export interface SshSessionOptions {
  host: string;
  port: number;
  username: string;
  password?: string;
  privateKey?: string;
  passphrase?: string;
  profile: SshProfile;
  /** "type base64" or "SHA256:…"; null trusts whatever key is presented. */
  knownHostKey: string | null;
  connectTimeoutMs: number;
  keepaliveIntervalMs?: number;
  signal: AbortSignal;
}

/** A shell or exec channel reduced to what the expect loop needs. */
export interface SshChannel {
  write(text: string): void;
  onData(listener: (chunk: Buffer) => void): void;
  /** What an exec command writes to stderr: diagnostics, never part of an artifact. */
  onStderr(listener: (chunk: Buffer) => void): void;
  /** Resolves when the channel closes, with the exit code when the device sent one. */
  readonly closed: Promise<{ exitCode: number | null }>;
  close(): void;
}

export interface DownloadOptions {
  /** Longest silence before the download fails with TIMEOUT. */
  idleTimeoutMs: number;
}

const appended = <T>(names: T[]) => ({ append: names, prepend: [] as T[], remove: [] as T[] });

/** Old gear offers only SHA-1 key exchange, ssh-rsa host keys and CBC ciphers. */
const legacyAlgorithms: Algorithms = {
  kex: appended(['diffie-hellman-group14-sha1', 'diffie-hellman-group-exchange-sha1', 'diffie-hellman-group1-sha1']),
  serverHostKey: appended(['ssh-rsa', 'ssh-dss']),
  cipher: appended(['aes128-cbc', 'aes256-cbc', '3des-cbc']),
  hmac: appended(['hmac-sha1', 'hmac-sha1-96']),
};

export const algorithmsByProfile: Record<SshProfile, Algorithms | undefined> = {
  modern: undefined,
  legacy: legacyAlgorithms,
};

const defaultKeepaliveIntervalMs = 15_000;
/** One SFTP READ request: 32 kB, which every server takes (OpenSSH more, others no more than 34,000 bytes). */
const sftpRequestBytes = 32 * 1024;
/**
 * The download goes on in blocks of eight requests sent at once, four blocks in flight (1 MB):
 * the sink hashes, deflates and writes 256 kB at a time, eight times fewer calls and buffers
 * than one request's worth, while the device always has requests to answer.
 */
const sftpBlockBytes = 8 * sftpRequestBytes;
const sftpBlocksInFlight = 4;

const unreachableSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

export function describeHostKey(blob: Buffer): PresentedHostKey {
  const typeLength = blob.readUInt32BE(0);
  const type = blob.subarray(4, 4 + typeLength).toString('ascii');
  const fingerprint = `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
  return { key: `${type} ${blob.toString('base64')}`, fingerprint };
}

export function hostKeyMatches(known: string, presented: PresentedHostKey): boolean {
  const trimmed = known.trim();
  if (trimmed.startsWith('SHA256:')) return trimmed === presented.fingerprint;
  const [knownType, knownBlob] = trimmed.split(/\s+/);
  const [presentedType, presentedBlob] = presented.key.split(' ');
  return knownType === presentedType && knownBlob === presentedBlob;
}

export class SshSession {
  private constructor(
    private readonly client: SshClient,
    readonly hostKey: PresentedHostKey,
    private readonly signal: AbortSignal,
    private readonly lost: { error: CollectionError | null },
    /** What the device sent as its SSH login banner before authentication, if anything. */
    readonly banner: string = '',
  ) {}

  static async open(options: SshSessionOptions): Promise<SshSession> {
    throwIfAborted(options.signal);
    const client = new Client();
    const lost: { error: CollectionError | null } = { error: null };
    let presented: PresentedHostKey | null = null;
    let hostKeyRefused = false;
    let banner = '';

    const ready = new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: CollectionError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal.removeEventListener('abort', onAbort);
        client.destroy();
        reject(error);
      };
      const onAbort = () => fail(new CollectionError('CANCELLED', 'collection cancelled while connecting'));
      const timer = setTimeout(
        () => fail(new CollectionError('TIMEOUT', `no SSH session within ${options.connectTimeoutMs} ms`)),
        options.connectTimeoutMs,
      );
      options.signal.addEventListener('abort', onAbort, { once: true });

      client.once('ready', () => {
        settled = true;
        clearTimeout(timer);
        options.signal.removeEventListener('abort', onAbort);
        resolve();
      });
      client.on('error', (error: Error & { level?: string; code?: string }) => {
        if (hostKeyRefused && presented) {
          fail(
            new CollectionError(
              'HOST_KEY_CHANGED',
              `host key changed: device presented ${presented.fingerprint}; accept it to trust the new key`,
              { cause: error, presentedHostKey: presented },
            ),
          );
        } else if (error.level === 'client-authentication') {
          fail(new CollectionError('AUTH_FAILED', 'authentication failed: credentials rejected', { cause: error }));
        } else if (error.level === 'client-timeout') {
          fail(new CollectionError('TIMEOUT', error.message, { cause: error }));
        } else {
          fail(new CollectionError('UNREACHABLE', describeConnectFailure(error), { cause: error }));
        }
      });
      client.on('close', () => fail(new CollectionError('UNREACHABLE', 'connection closed during SSH handshake')));
      client.on('banner', (message: string) => {
        banner += message;
      });
      client.on('keyboard-interactive', (_name, _instructions, _lang, prompts, finish) => {
        finish(prompts.map(() => options.password ?? ''));
      });

      const sock = new Socket();
      sock.setNoDelay(true);
      sock.once('error', () => undefined);
      try {
        client.connect({
          sock,
          username: options.username,
          password: options.password,
          privateKey: options.privateKey,
          passphrase: options.passphrase,
          tryKeyboard: options.password !== undefined,
          readyTimeout: 0,
          keepaliveInterval: options.keepaliveIntervalMs ?? defaultKeepaliveIntervalMs,
          keepaliveCountMax: 3,
          algorithms: algorithmsByProfile[options.profile],
          hostVerifier: (blob: Buffer) => {
            presented = describeHostKey(blob);
            if (options.knownHostKey === null || hostKeyMatches(options.knownHostKey, presented)) return true;
            hostKeyRefused = true;
            return false;
          },
        });
      } catch (error) {
        // ssh2 throws synchronously for keys it cannot parse, a wrong passphrase included.
        sock.destroy();
        fail(new CollectionError('AUTH_FAILED', `private key unusable: ${(error as Error).message}`, { cause: error }));
        return;
      }
      coalesceWrites(sock.connect({ host: options.host, port: options.port }));
    });

    await ready;
    client.removeAllListeners('close');
    client.removeAllListeners('error');
    client.on('error', (error: Error) => {
      lost.error ??= new CollectionError('OUTPUT_INVALID', `connection lost: ${error.message}`, { cause: error });
    });
    client.on('close', () => {
      lost.error ??= new CollectionError('OUTPUT_INVALID', 'connection closed by the device');
    });
    if (!presented) throw new CollectionError('UNREACHABLE', 'device presented no host key');
    return new SshSession(client, presented, options.signal, lost, banner);
  }

  openShell(): Promise<SshChannel> {
    return this.openChannel((callback) =>
      this.client.shell({ term: 'vt100', cols: 511, rows: 24, width: 0, height: 0 }, callback),
    );
  }

  openExec(command: string): Promise<SshChannel> {
    return this.openChannel((callback) => this.client.exec(command, callback));
  }

  /** A subsystem channel such as `netconf`; a device that does not offer it fails with TRANSPORT_UNAVAILABLE. */
  openSubsystem(name: string): Promise<SshChannel> {
    return this.openChannel(
      (callback) => this.client.subsys(name, callback),
      (error) => new CollectionError('TRANSPORT_UNAVAILABLE', `the device offers no ${name} subsystem: ${error.message}`, { cause: error }),
    );
  }

  /** Streams a remote file into the sink over SFTP. */
  async downloadSftp(remotePath: string, sink: BinarySink, options: DownloadOptions): Promise<StagedBinary> {
    const sftp = await this.openSftp();
    try {
      return await withIdleTimeout(options.idleTimeoutMs, this.signal, (touch) => pipelinedSftpRead(sftp, remotePath, sink, touch));
    } finally {
      sftp.end();
    }
  }

  /** Streams a remote file into the sink with the scp source protocol (`scp -f`). */
  async downloadScp(remotePath: string, sink: BinarySink, options: DownloadOptions): Promise<StagedBinary> {
    const channel = await this.openRawExec(`scp -f ${shellQuote(remotePath)}`);
    try {
      return await withIdleTimeout(options.idleTimeoutMs, this.signal, (touch) => receiveScpFile(channel, sink, touch));
    } finally {
      channel.close();
    }
  }

  async removeFile(remotePath: string): Promise<void> {
    const sftp = await this.openSftp();
    try {
      await new Promise<void>((resolve, reject) =>
        sftp.unlink(remotePath, (error) =>
          error ? reject(new CollectionError('COMMAND_FAILED', `cannot remove ${remotePath}: ${error.message}`)) : resolve(),
        ),
      );
    } finally {
      sftp.end();
    }
  }

  close(): void {
    this.client.removeAllListeners('close');
    this.client.end();
    // end() waits for the device to close; destroy makes sure no socket outlives the session.
    setImmediate(() => this.client.destroy());
  }

  private openSftp(): Promise<SFTPWrapper> {
    throwIfAborted(this.signal);
    return new Promise((resolve, reject) =>
      this.client.sftp((error: Error | undefined, sftp: SFTPWrapper) =>
        error ? reject(new CollectionError('COMMAND_FAILED', `SFTP unavailable: ${error.message}`, { cause: error })) : resolve(sftp),
      ),
    );
  }

  private openRawExec(command: string): Promise<ClientChannel> {
    throwIfAborted(this.signal);
    if (this.lost.error) return Promise.reject(this.lost.error);
    return new Promise((resolve, reject) =>
      this.client.exec(command, (error: Error | undefined, channel: ClientChannel) =>
        error ? reject(new CollectionError('COMMAND_FAILED', `cannot start "${command}": ${error.message}`, { cause: error })) : resolve(channel),
      ),
    );
  }

  private async openChannel(
    start: (callback: (error: Error | undefined, channel: ClientChannel) => void) => void,
    refused: (error: Error) => CollectionError = (error) =>
      new CollectionError('COMMAND_FAILED', `device refused a channel: ${error.message}`, { cause: error }),
  ): Promise<SshChannel> {
    throwIfAborted(this.signal);
    if (this.lost.error) throw this.lost.error;
    const channel = await new Promise<ClientChannel>((resolve, reject) =>
      start((error, opened) => (error ? reject(refused(error)) : resolve(opened))),
    );
    let exitCode: number | null = null;
    channel.on('exit', (code: number | null) => {
      exitCode = typeof code === 'number' ? code : null;
    });
    const closed = new Promise<{ exitCode: number | null }>((resolve) =>
      channel.once('close', () => resolve({ exitCode })),
    );
    return {
      write: (text) => {
        if (channel.writable) channel.write(text);
      },
      onData: (listener) => {
        channel.on('data', listener);
      },
      onStderr: (listener) => {
        channel.stderr.on('data', listener);
      },
      closed,
      close: () => {
        channel.close();
      },
    };
  }
}

function describeConnectFailure(error: Error & { code?: string; level?: string }): string {
  if (error.code && unreachableSocketCodes.has(error.code)) return `cannot reach device: ${error.code}`;
  if (/no matching/i.test(error.message)) return `${error.message}; an older device may need the legacy SSH profile`;
  return `SSH connection failed: ${error.message}`;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new CollectionError('CANCELLED', 'collection cancelled');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Runs work with a timer that fails it after idleMs without a call to touch(). */
async function withIdleTimeout<T>(
  idleMs: number,
  signal: AbortSignal,
  work: (touch: () => void) => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let rejectIdle: (error: CollectionError) => void = () => undefined;
  const idle = new Promise<never>((_, reject) => {
    rejectIdle = reject;
  });
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => rejectIdle(new CollectionError('TIMEOUT', `no data for ${idleMs} ms`)), idleMs);
  };
  const onAbort = () => rejectIdle(new CollectionError('CANCELLED', 'collection cancelled during download'));
  signal.addEventListener('abort', onAbort, { once: true });
  touch();
  try {
    return await Promise.race([work(touch), idle]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function sftpCall<T>(run: (callback: (error: Error | null | undefined, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

/**
 * Keeps many READ requests in flight (latency would otherwise bound the speed) but hands the
 * blocks to the sink strictly in order, so memory stays at a few MB.
 */
async function pipelinedSftpRead(sftp: SFTPWrapper, remotePath: string, sink: BinarySink, touch: () => void): Promise<StagedBinary> {
  const handle = await sftpCall<Buffer>((cb) => sftp.open(remotePath, 'r', cb)).catch((error: Error) => {
    throw new CollectionError('COMMAND_FAILED', `cannot open ${remotePath}: ${error.message}`, { cause: error });
  });
  let upload: BinaryUpload | null = null;
  try {
    const stats = await sftpCall<{ size?: number }>((cb) => sftp.fstat(handle, cb));
    upload = await sink.open(stats.size ?? null);
    const expectedSize = stats.size ?? Number.MAX_SAFE_INTEGER;
    /** Fills buffer[start, end) from the file at `position`, until full or the end of the file; returns the bytes read. */
    const readInto = async (buffer: Buffer, start: number, end: number, position: number): Promise<number> => {
      let filled = 0;
      while (start + filled < end) {
        const bytes = await sftpCall<number>((cb) =>
          sftp.read(handle, buffer, start + filled, end - start - filled, position + filled, (error, n) => cb(error, n)),
        );
        touch();
        if (bytes === 0) break;
        filled += bytes;
      }
      return filled;
    };
    /** A block's requests at once; the block ends at the first request that met the end of the file. */
    const readBlock = async (position: number): Promise<Buffer> => {
      const buffer = Buffer.allocUnsafe(sftpBlockBytes);
      const parts: Promise<number>[] = [];
      for (let start = 0; start < sftpBlockBytes && position + start < expectedSize; start += sftpRequestBytes) {
        parts.push(readInto(buffer, start, start + sftpRequestBytes, position + start));
      }
      let length = 0;
      for (const bytes of await Promise.all(parts)) {
        length += bytes;
        if (bytes < sftpRequestBytes) break;
      }
      return buffer.subarray(0, length);
    };

    const inFlight: Array<Promise<Buffer>> = [];
    let nextPosition = 0;
    const fill = () => {
      while (inFlight.length < sftpBlocksInFlight && nextPosition < expectedSize) {
        const reading = readBlock(nextPosition);
        reading.catch(() => undefined);
        inFlight.push(reading);
        nextPosition += sftpBlockBytes;
      }
    };
    fill();
    while (inFlight.length > 0) {
      const block = await inFlight.shift()!;
      if (block.length === 0) break;
      // The next reads go out before this block is written, so the device never waits on the disk.
      if (block.length === sftpBlockBytes) fill();
      await upload.write(block);
      if (block.length < sftpBlockBytes) break;
    }
    await Promise.allSettled(inFlight);
    const staged = await upload.finish();
    upload = null;
    return staged;
  } catch (error) {
    await upload?.abort();
    throw error instanceof CollectionError
      ? error
      : new CollectionError('OUTPUT_INVALID', `download of ${remotePath} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    sftp.close(handle, () => undefined);
  }
}

const scpHeader = /^C([0-7]{4}) (\d+) ([^\n]*)\n/;
const scpOk = Buffer.from([0]);

/** The sink side of the scp protocol for one regular file. */
async function receiveScpFile(channel: ClientChannel, sink: BinarySink, touch: () => void): Promise<StagedBinary> {
  let stderr = '';
  channel.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const failed = (message: string) => new CollectionError('COMMAND_FAILED', message);
  let header = '';
  let remaining = -1;
  let upload: BinaryUpload | null = null;
  channel.write(scpOk);
  try {
    for await (const data of channel as AsyncIterable<Buffer>) {
      touch();
      let rest = data;
      while (rest.length > 0) {
        if (remaining < 0) {
          if (header === '' && (rest[0] === 1 || rest[0] === 2)) throw failed(`scp: ${rest.subarray(1).toString('utf8').trim()}`);
          const newline = rest.indexOf(0x0a);
          header += rest.subarray(0, newline < 0 ? rest.length : newline + 1).toString('utf8');
          rest = newline < 0 ? Buffer.alloc(0) : rest.subarray(newline + 1);
          if (newline < 0) continue;
          const parsed = scpHeader.exec(header);
          if (!parsed) throw failed(`scp: unexpected header ${JSON.stringify(header.slice(0, 80))}`);
          remaining = Number(parsed[2]);
          upload = await sink.open(remaining);
          // The source sends the body only after this answer.
          channel.write(scpOk);
        } else if (remaining > 0) {
          const part = rest.subarray(0, remaining);
          rest = rest.subarray(part.length);
          remaining -= part.length;
          await upload!.write(part);
        } else {
          // The single status byte after the file body; 0 means the source read it fully.
          if (rest[0] !== 0) throw failed(`scp: ${rest.subarray(1).toString('utf8').trim()}`);
          channel.write(scpOk);
          const staged = await upload!.finish();
          upload = null;
          channel.end();
          return staged;
        }
      }
    }
    throw failed(`scp ended before the file was complete ${stderr.trim()}`.trim());
  } catch (error) {
    await upload?.abort();
    throw error;
  }
}
