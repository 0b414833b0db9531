/** The SSH runtime against Debian's OpenSSH sshd: the linux platform and the file methods. */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startOpenSshServer, type OpenSshServer } from '../../lab/openssh-server.ts';
import { expectNothingLeftOpen, silentLogger, stagingRepository, temporaryDir } from '../../lab/test-support.ts';
import { CollectionError } from '../errors.ts';
import { findBackupMethod } from '../registry.ts';
import type { BinaryArtifact, CollectInput, CollectResult, TextArtifact } from '../types.ts';

let sshd: OpenSshServer;
let staging: Awaited<ReturnType<typeof temporaryDir>>;

const sampleConfig = [
  '# interfaces of a lab host',
  'auto eth0',
  'iface eth0 inet static',
  '    address 192.0.2.10/24',
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  '-----END OPENSSH PRIVATE KEY-----',
  'méthode=ümlaut',
  '',
].join('\n');

beforeAll(async () => {
  sshd = await startOpenSshServer();
  staging = await temporaryDir('openssh-staging');
  await writeFile(join(sshd.dir, 'interfaces'), sampleConfig);
  await writeFile(join(sshd.dir, 'latin1.conf'), Buffer.from([0x6f, 0x6b, 0x20, 0xe9, 0xff, 0x0a]));
});

afterAll(async () => {
  await sshd?.stop();
  await staging?.remove();
  await expectNothingLeftOpen();
});

function input(options: unknown, overrides: Partial<CollectInput['device']> = {}): CollectInput {
  return {
    device: {
      name: 'openssh',
      host: '127.0.0.1',
      port: sshd.port,
      sshProfile: 'modern',
      knownHostKey: sshd.hostKey,
      options,
      keepSecrets: false,
      ...overrides,
    },
    credentials: { username: sshd.username, privateKey: sshd.clientKey.privateKey },
    binarySink: stagingRepository(staging.path).sink,
    signal: new AbortController().signal,
    timeouts: { connectMs: 10_000, commandMs: 10_000 },
    log: silentLogger,
  };
}

const text = (result: CollectResult, artifact: string) =>
  result.artifacts.find((candidate): candidate is TextArtifact => candidate.artifact === artifact && !candidate.isBinary)!;

describe('linux against OpenSSH', () => {
  test('reads the configured files, redacts the private key and verifies the host key', async () => {
    const path = join(sshd.dir, 'interfaces');
    const result = await findBackupMethod('linux')!.collect(input({ files: [path, '/etc/hostname'] }));
    expect(result.hostKey).toBe(sshd.hostKey);
    const interfaces = text(result, path.slice(1));
    expect(interfaces.content).toBe(
      sampleConfig.replace(/(-----BEGIN OPENSSH PRIVATE KEY-----\n)[\s\S]*?(\n-----END)/, '$1<redacted:private-key-block>$2'),
    );
    expect(interfaces.redactions).toEqual(['private-key-block']);
    expect(text(result, 'etc/hostname').content).toBe(await readFile('/etc/hostname', 'utf8'));
  });

  test('decodes invalid UTF-8 with replacement characters instead of failing', async () => {
    const path = join(sshd.dir, 'latin1.conf');
    const result = await findBackupMethod('linux')!.collect(input({ files: [path] }));
    expect(text(result, path.slice(1)).content).toBe('ok \uFFFD\uFFFD\n');
  });

  test('fails with COMMAND_FAILED for a missing file', async () => {
    const error = await findBackupMethod('linux')!
      .collect(input({ files: [join(sshd.dir, 'missing.conf')] }))
      .catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(CollectionError);
    expect((error as CollectionError).code).toBe('COMMAND_FAILED');
  });

  test('refuses a changed host key with HOST_KEY_CHANGED and the presented key', async () => {
    const error = await findBackupMethod('linux')!
      .collect(input(undefined, { knownHostKey: sshd.clientKey.publicKey }))
      .catch((rejection: unknown) => rejection);
    expect((error as CollectionError).code).toBe('HOST_KEY_CHANGED');
    expect((error as CollectionError).presentedHostKey?.key).toBe(sshd.hostKey);
  });
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe.each(['sftp-file', 'scp-file'])('%s against OpenSSH', (methodKey) => {
  test('downloads a file with its size and sha256', async () => {
    const path = join(sshd.dir, 'firmware.bin');
    const firmware = Buffer.alloc(5 * 1024 * 1024 + 3);
    for (let i = 0; i < firmware.length; i++) firmware[i] = (i * 131) % 253;
    await writeFile(path, firmware);
    const result = await findBackupMethod(methodKey)!.collect(input({ paths: [path] }));
    const [artifact] = result.artifacts as BinaryArtifact[];
    expect(artifact).toMatchObject({ isBinary: true, size: firmware.length, sha256: sha256(firmware) });
    expect(sha256(await readFile(stagingRepository(staging.path).fileOf(artifact.object)))).toBe(sha256(firmware));
    await rm(stagingRepository(staging.path).fileOf(artifact.object));
  });
});

describe('a 250 MB file through sftp-file', () => {
  const size = 250 * 1024 * 1024;
  const allowedGrowth = 150 * 1024 * 1024;

  /** Writes pseudo-random blocks without holding the file in memory and returns its sha256. */
  async function writeLargeFile(path: string): Promise<string> {
    const hash = createHash('sha256');
    const out = createWriteStream(path);
    const block = Buffer.alloc(1024 * 1024);
    for (let written = 0, index = 0; written < size; written += block.length, index++) {
      for (let offset = 0; offset < block.length; offset += 4) block.writeUInt32LE((index * 2654435761 + offset * 40503) >>> 0, offset);
      hash.update(block);
      if (!out.write(block)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    return hash.digest('hex');
  }

  test('streams into the repository\'s staged objects with sha256 intact and RSS growing by less than 150 MB', { timeout: 180_000 }, async () => {
    const path = join(sshd.dir, 'large.bin');
    const expectedSha = await writeLargeFile(path);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    try {
      const result = await findBackupMethod('sftp-file')!.collect({ ...input({ paths: [path] }), timeouts: { connectMs: 10_000, commandMs: 30_000 } });
      peak = Math.max(peak, process.memoryUsage().rss);
      const [artifact] = result.artifacts as BinaryArtifact[];
      expect(artifact.size).toBe(size);
      expect(artifact.sha256).toBe(expectedSha);
      expect(peak - baseline).toBeLessThan(allowedGrowth);
      await rm(stagingRepository(staging.path).fileOf(artifact.object));
    } finally {
      clearInterval(sampler);
      await rm(path, { force: true });
    }
  });
});
