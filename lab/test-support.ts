/** What tests need to collect from lab devices through the real SSH runtime. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BinarySink, CollectInput, Logger } from '../plugins/types.ts';
import { openRepository } from '../storage/index.ts';
import type { LabDevice } from './lab.ts';

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

export interface CollectInputOverrides {
  device?: Partial<CollectInput['device']>;
  credentials?: Partial<CollectInput['credentials']>;
  timeouts?: CollectInput['timeouts'];
  signal?: AbortSignal;
  binarySink?: BinarySink;
}

/** For collections that stage no binary artifact: any attempt fails the collection. */
export const noBinarySink: BinarySink = {
  open: () => Promise.reject(new Error('this collection has nowhere to stage a binary artifact')),
};

/**
 * Binary artifacts staged as a run stages them, here in a filesystem repository at `root` (an
 * empty or missing folder); `fileOf` finds a staged object's bytes.
 */
export function stagingRepository(root: string): { sink: BinarySink; fileOf(id: string): string } {
  const repository = openRepository({ kind: 'filesystem', path: root, remoteUrl: null, remoteToken: null, branch: 'main', authorName: 'Tidemark', authorEmail: 'tidemark@example.net' });
  return {
    sink: { open: (size) => repository.stageObject(size, 'test') },
    fileOf: (id) => join(root, '.tidemark-objects', ...id.split('/')),
  };
}

export function collectInputFor(device: LabDevice, overrides: CollectInputOverrides = {}): CollectInput {
  return {
    device: {
      name: device.name,
      host: device.host,
      port: device.port,
      sshProfile: device.sshProfile,
      knownHostKey: null,
      options: undefined,
      keepSecrets: false,
      ...overrides.device,
    },
    credentials: {
      username: device.username,
      password: device.password,
      enableSecret: device.enableSecret,
      ...overrides.credentials,
    },
    binarySink: overrides.binarySink ?? noBinarySink,
    signal: overrides.signal ?? new AbortController().signal,
    timeouts: overrides.timeouts ?? { connectMs: 5_000, commandMs: 5_000 },
    log: silentLogger,
  };
}

export async function temporaryDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `tidemark-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Asks `probe` every `everyMs` until it gives a value, or fails naming `what` after `timeoutMs`. */
export async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 90_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Node resource kinds that mean a test left a socket, server, file or child process open. */
const leakKinds = new Set(['TCPSocketWrap', 'TCPServerWrap', 'TCPWRAP', 'ProcessWrap', 'FileHandle', 'FSReqCallback', 'PipeServerWrap']);

export function openResources(): string[] {
  return process.getActiveResourcesInfo().filter((kind) => leakKinds.has(kind));
}

/** Fails when sockets, servers, files or child processes are still open; closing takes a few ticks. */
export async function expectNothingLeftOpen(): Promise<void> {
  for (let attempt = 0; attempt < 100 && openResources().length > 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const left = openResources();
  if (left.length > 0) throw new Error(`left open after the tests: ${left.join(', ')}`);
}
