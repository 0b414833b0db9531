/** What tests need to collect from lab devices through the real SSH runtime. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectInput, Logger } from '../plugins/types.ts';
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
  stagingDir?: string;
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
    stagingDir: overrides.stagingDir ?? tmpdir(),
    signal: overrides.signal ?? new AbortController().signal,
    timeouts: overrides.timeouts ?? { connectMs: 5_000, commandMs: 5_000 },
    log: silentLogger,
  };
}

export async function temporaryDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `tidemark-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
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
