import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mikrotikBackupBytes } from '../../lab/device-server.ts';
import { startLab, type Lab, type LabDevice } from '../../lab/lab.ts';
import { collectInputFor, expectNothingLeftOpen, stagingRepository, temporaryDir, type CollectInputOverrides } from '../../lab/test-support.ts';
import { CollectionError } from '../errors.ts';
import { findBackupMethod } from '../registry.ts';
import type { BinaryArtifact, CollectResult } from '../types.ts';

let lab: Lab;
let staging: Awaited<ReturnType<typeof temporaryDir>>;
let staged: ReturnType<typeof stagingRepository>;
const device = (name: string): LabDevice => lab.devices.find((candidate) => candidate.name === name)!;

const firmware = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < firmware.length; i++) firmware[i] = (i * 7919) % 251;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  staging = await temporaryDir('binary');
  staged = stagingRepository(staging.path);
  lab = await startLab({
    devices: [
      { name: 'files', platform: 'linux' },
      { name: 'wrong-password', platform: 'linux', fault: 'wrong-password' },
      { name: 'mikrotik', platform: 'mikrotik-routeros' },
    ],
  });
  device('files').files.set('flash/image.bin', firmware);
  device('files').files.set('empty.bin', Buffer.alloc(0));
});

afterAll(async () => {
  await lab?.close();
  await staging?.remove();
  await expectNothingLeftOpen();
});

function collect(methodKey: string, name: string, options: unknown, overrides: CollectInputOverrides = {}): Promise<CollectResult> {
  return findBackupMethod(methodKey)!.collect(
    collectInputFor(device(name), { binarySink: staged.sink, ...overrides, device: { options, ...overrides.device } }),
  );
}

const only = (result: CollectResult): BinaryArtifact => {
  expect(result.artifacts).toHaveLength(1);
  const [artifact] = result.artifacts;
  if (!artifact.isBinary) throw new Error('expected a binary artifact');
  return artifact;
};

describe.each(['sftp-file', 'scp-file'])('%s', (methodKey) => {
  test('streams the remote file into the repository\'s staged objects with its size and sha256', async () => {
    const artifact = only(await collect(methodKey, 'files', { paths: ['/flash/image.bin'] }));
    expect(artifact).toMatchObject({ artifact: 'flash/image.bin', size: firmware.length, sha256: sha256(firmware) });
    expect(sha256(await readFile(staged.fileOf(artifact.object)))).toBe(sha256(firmware));
  });

  test('downloads an empty file', async () => {
    const artifact = only(await collect(methodKey, 'files', { paths: ['/empty.bin'] }));
    expect(artifact).toMatchObject({ size: 0, sha256: sha256(Buffer.alloc(0)) });
  });

  test('fails with COMMAND_FAILED for a missing file and leaves no partial file', async () => {
    const stagedFiles = () => readdir(staging.path, { recursive: true });
    const before = await stagedFiles();
    const error = await collect(methodKey, 'files', { paths: ['/flash/missing.bin'] }).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(CollectionError);
    expect((error as CollectionError).code).toBe('COMMAND_FAILED');
    expect(await stagedFiles()).toEqual(before);
  });

  test('rejects options without paths', async () => {
    const error = await collect(methodKey, 'files', {}).catch((rejection: unknown) => rejection);
    expect((error as CollectionError).code).toBe('OPTIONS_INVALID');
  });
});

describe('binary-demo', () => {
  test('logs in, then writes the same bytes of the requested size every time', async () => {
    const first = only(await collect('binary-demo', 'files', { sizeBytes: 1_000_003 }));
    const second = only(await collect('binary-demo', 'files', { sizeBytes: 1_000_003 }));
    expect(first.size).toBe(1_000_003);
    expect(second.sha256).toBe(first.sha256);
    // Staged objects are named by their content: the same bytes are one object.
    expect(second.object).toBe(first.object);
    const written = await readFile(staged.fileOf(first.object));
    expect(written.length).toBe(1_000_003);
    expect(sha256(written)).toBe(first.sha256);
  });

  test('defaults to 1 MiB', async () => {
    expect(only(await collect('binary-demo', 'files', undefined)).size).toBe(1024 * 1024);
  });

  test('still fails when the device refuses the login', async () => {
    const error = await collect('binary-demo', 'wrong-password', { sizeBytes: 10 }).catch((rejection: unknown) => rejection);
    expect((error as CollectionError).code).toBe('AUTH_FAILED');
  });
});

describe('mikrotik-binary-backup', () => {
  test('saves a backup on the device, downloads it and removes it', async () => {
    const artifact = only(await collect('mikrotik-binary-backup', 'mikrotik', undefined));
    const expected = mikrotikBackupBytes('mikrotik');
    expect(artifact).toMatchObject({ artifact: 'system.backup', size: expected.length, sha256: sha256(expected) });
    expect(sha256(await readFile(staged.fileOf(artifact.object)))).toBe(sha256(expected));
    expect([...device('mikrotik').files.keys()]).toEqual([]);
  });
});
