import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { f5UcsBytes } from '../../lab/device-server.ts';
import { startLab, type Lab, type LabDevice } from '../../lab/lab.ts';
import { collectInputFor, expectNothingLeftOpen, stagingRepository, temporaryDir } from '../../lab/test-support.ts';
import { CollectionError } from '../errors.ts';
import { findBackupMethod, listBackupMethods } from '../registry.ts';
import type { BinaryArtifact, CollectResult } from '../types.ts';

let lab: Lab;
let staging: Awaited<ReturnType<typeof temporaryDir>>;
const device = (name: string): LabDevice => lab.devices.find((candidate) => candidate.name === name)!;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  staging = await temporaryDir('ucs');
  lab = await startLab({
    devices: [
      { name: 'bigip', platform: 'f5-bigip' },
      { name: 'bigip-wrong-password', platform: 'f5-bigip', fault: 'wrong-password' },
    ],
  });
});

afterAll(async () => {
  await lab?.close();
  await staging?.remove();
  await expectNothingLeftOpen();
});

function collect(name: string, keepSecrets: boolean): Promise<CollectResult> {
  return findBackupMethod('f5-bigip-ucs')!.collect(collectInputFor(device(name), { binarySink: stagingRepository(staging.path).sink, device: { keepSecrets } }));
}

const only = (result: CollectResult): BinaryArtifact => {
  expect(result.artifacts).toHaveLength(1);
  const [artifact] = result.artifacts;
  if (!artifact.isBinary) throw new Error('expected a binary artifact');
  return artifact;
};

describe('f5-bigip-ucs', () => {
  test('is a binary method of the f5-bigip platform fetched over SFTP', () => {
    expect(listBackupMethods().find((method) => method.key === 'f5-bigip-ucs')).toMatchObject({
      isBinary: true,
      platform: 'f5-bigip',
      transport: 'sftp',
      artifacts: ['backup.ucs'],
    });
  });

  test('saves a UCS archive without private keys, downloads it and deletes it from the device', async () => {
    const artifact = only(await collect('bigip', false));
    const expected = f5UcsBytes('bigip', false);
    expect(artifact).toMatchObject({ artifact: 'backup.ucs', size: expected.length, sha256: sha256(expected) });
    const written = await readFile(stagingRepository(staging.path).fileOf(artifact.object));
    expect(sha256(written)).toBe(sha256(expected));
    expect(gunzipSync(written).toString('latin1')).not.toContain('certificate_key_d');
    expect([...device('bigip').files.keys()]).toEqual([]);
  });

  test('keeps the private keys in the archive when the device keeps secrets', async () => {
    const artifact = only(await collect('bigip', true));
    expect(artifact.sha256).toBe(sha256(f5UcsBytes('bigip', true)));
    expect(gunzipSync(await readFile(stagingRepository(staging.path).fileOf(artifact.object))).toString('latin1')).toContain('certificate_key_d');
    expect([...device('bigip').files.keys()]).toEqual([]);
  });

  test('fails with AUTH_FAILED when the login is refused', async () => {
    const error = await collect('bigip-wrong-password', false).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(CollectionError);
    expect((error as CollectionError).code).toBe('AUTH_FAILED');
  });
});
