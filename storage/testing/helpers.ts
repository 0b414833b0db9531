/** Small helpers the storage tests share: temporary folders, the git CLI, hashes of streams. */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach } from 'vitest';
import type { RepositoryConfig } from '../types.ts';

const run = promisify(execFile);

/** A fresh temporary folder for each test, removed after it; read `.path` inside a test. */
export function useTempFolder(prefix: string): { readonly path: string } {
  const state = { path: '' };
  beforeEach(async () => {
    state.path = await fsp.mkdtemp(join(tmpdir(), `tidemark-${prefix}-`));
  });
  afterEach(async () => {
    await fsp.rm(state.path, { recursive: true, force: true });
  });
  return state;
}

/** Runs the git CLI against a bare repository and returns its trimmed output. */
export async function gitCli(gitdir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['--git-dir', gitdir, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** sha256 of everything a stream yields. */
export async function sha256OfStream(stream: AsyncIterable<unknown>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256OfFile(file: string): Promise<string> {
  return sha256OfStream(createReadStream(file));
}

/** sha256 of `git cat-file blob <oid>` read as a stream, so large blobs stay out of memory. */
export function sha256OfGitBlob(gitdir: string, oid: string): Promise<string> {
  const child = spawn('git', ['--git-dir', gitdir, 'cat-file', 'blob', oid], { stdio: ['ignore', 'pipe', 'inherit'] });
  return sha256OfStream(child.stdout);
}

/** Writes `size` random bytes to `file` one megabyte at a time. */
export async function writeRandomFile(file: string, size: number): Promise<void> {
  const out = createWriteStream(file);
  const chunk = 1024 * 1024;
  for (let written = 0; written < size; written += chunk) {
    if (!out.write(randomBytes(Math.min(chunk, size - written)))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Everything a stream yields, as one buffer (for small versions and ranges). */
export async function readStream(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function gitConfig(path: string, overrides: Partial<RepositoryConfig> = {}): RepositoryConfig {
  return repositoryConfig('git', path, overrides);
}

export function repositoryConfig(
  kind: RepositoryConfig['kind'],
  path: string,
  overrides: Partial<RepositoryConfig> = {},
): RepositoryConfig {
  return {
    kind,
    path,
    remoteUrl: null,
    remoteToken: null,
    branch: 'main',
    authorName: 'Tidemark Test',
    authorEmail: 'tidemark@example.test',
    ...overrides,
  };
}
