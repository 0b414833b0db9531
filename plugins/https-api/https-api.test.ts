import { readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLabCa, startHttpsApiDevice, type HttpsApiLabCa, type HttpsApiLabDevice } from '../../lab/https-api-server.ts';
import { fixturesDir } from '../../lab/persona.ts';
import { expectNothingLeftOpen, noBinarySink, silentLogger } from '../../lab/test-support.ts';
import { projectRoot } from '../../infra/project-root.ts';
import { CollectionError, type CollectionErrorCode } from '../errors.ts';
import { findBackupMethod } from '../registry.ts';
import type { CollectInput, CollectResult, TextArtifact } from '../types.ts';
import { certificateFingerprint } from './pin.ts';

function inputFor(device: Pick<HttpsApiLabDevice, 'name' | 'host' | 'port' | 'apiKey'>, overrides: { device?: Partial<CollectInput['device']>; apiKey?: string | undefined; signal?: AbortSignal; timeouts?: CollectInput['timeouts'] } = {}): CollectInput {
  return {
    device: { name: device.name, host: device.host, port: device.port, sshProfile: 'modern', knownHostKey: null, options: {}, keepSecrets: false, ...overrides.device },
    credentials: { username: 'api', apiKey: 'apiKey' in overrides ? overrides.apiKey : device.apiKey },
    binarySink: noBinarySink,
    signal: overrides.signal ?? new AbortController().signal,
    timeouts: overrides.timeouts ?? { connectMs: 5_000, commandMs: 5_000 },
    log: silentLogger,
  };
}

function collect(device: HttpsApiLabDevice, overrides: Parameters<typeof inputFor>[1] = {}, method: string = device.backupMethod): Promise<CollectResult> {
  return findBackupMethod(method)!.collect(inputFor(device, overrides));
}

async function failure(collecting: Promise<unknown>, code: CollectionErrorCode): Promise<CollectionError> {
  const error = await collecting.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CollectionError);
  expect((error as CollectionError).code, (error as Error).message).toBe(code);
  return error as CollectionError;
}

const secretsOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const textOf = (result: CollectResult) => result.artifacts[0] as TextArtifact;

describe('HTTPS API backup methods against lab devices', () => {
  let panos: HttpsApiLabDevice;
  let opnsense: HttpsApiLabDevice;
  let fortios: HttpsApiLabDevice;
  let otherCa: HttpsApiLabCa;

  beforeAll(async () => {
    const ca = await createLabCa();
    [panos, opnsense, fortios, otherCa] = await Promise.all([
      startHttpsApiDevice({ backupMethod: 'paloalto-panos-api', ca }),
      startHttpsApiDevice({ backupMethod: 'opnsense-api', ca }),
      startHttpsApiDevice({ backupMethod: 'fortinet-fortios-api', ca }),
      createLabCa('another CA'),
    ]);
  });

  afterAll(async () => {
    await Promise.all([panos, opnsense, fortios].map((device) => device?.close()));
    await expectNothingLeftOpen();
  });

  test('PAN-OS: the XML API export is backed up as running-config.xml, its secrets redacted', async () => {
    const result = await collect(panos);
    expect(result.artifacts.map((artifact) => artifact.artifact)).toEqual(['running-config.xml']);
    const { content, redactions } = textOf(result);
    expect(content).toMatch(/^<config version=/);
    expect(content).toMatch(/<\/config>\n$/);
    expect(content).toContain('<phash><redacted:user-password></phash>');
    for (const secret of secretsOf(join(fixturesDir('paloalto-panos'), 'secrets.txt'))) expect(content).not.toContain(secret);
    expect(redactions).toContain('user-password');
    expect(findBackupMethod('paloalto-panos-api')).toMatchObject({ platform: 'paloalto-panos', transport: 'https', isBinary: false, artifacts: ['running-config.xml'] });
  });

  test('keepSecrets stores the export as the device gave it', async () => {
    const { content, redactions } = textOf(await collect(panos, { device: { keepSecrets: true } }));
    for (const secret of secretsOf(join(fixturesDir('paloalto-panos'), 'secrets.txt'))) expect(content).toContain(secret);
    expect(redactions).toEqual([]);
  });

  test('a wrong API key fails with AUTH_FAILED, not retryable; a set without one is not sent at all', async () => {
    const refusedBefore = panos.refused();
    const wrong = await failure(collect(panos, { apiKey: 'not-the-key' }), 'AUTH_FAILED');
    expect(wrong.retryable).toBe(false);
    expect(wrong.message).toContain('HTTP 403');
    expect(panos.refused()).toBe(refusedBefore + 1);
    const none = await failure(collect(panos, { apiKey: undefined }), 'AUTH_FAILED');
    expect(none.message).toContain('the credential set has none');
    expect(panos.refused()).toBe(refusedBefore + 1);
  });

  test('OPNsense: config.xml over the backup API with key:secret, its secrets redacted', async () => {
    const { artifact, content } = textOf(await collect(opnsense));
    expect(artifact).toBe('config.xml');
    expect(content).toContain('<hostname>opnsense-api-001</hostname>');
    expect(content).toMatch(/<\/opnsense>\n$/);
    for (const secret of secretsOf(join(projectRoot, 'lab', 'https-api-fixtures', 'opnsense-secrets.txt'))) expect(content).not.toContain(secret);
    await failure(collect(opnsense, { apiKey: 'LabOpnKey4f2a9c1e7b:wrong' }), 'AUTH_FAILED');
  });

  test('FortiOS: the REST configuration backup with a bearer token, redacted, re-salted values left out of the comparable text', async () => {
    const result = await collect(fortios);
    const { artifact, content, comparable } = textOf(result);
    expect(artifact).toBe('configuration');
    expect(content).toMatch(/^#config-version=/);
    for (const secret of secretsOf(join(fixturesDir('fortinet-fortios'), 'secrets.txt'))) expect(content).not.toContain(secret);
    expect(comparable).not.toMatch(/^#conf_file_ver=/m);
    const kept = textOf(await collect(fortios, { device: { keepSecrets: true } }));
    expect(kept.comparable).toContain('<resalted:enc>');
    await failure(collect(fortios, { apiKey: 'wrong-token' }), 'AUTH_FAILED');
  });

  test('an API answer other than the configuration fails with COMMAND_FAILED and its status', async () => {
    const error = await failure(collect(opnsense, {}, 'paloalto-panos-api'), 'COMMAND_FAILED');
    expect(error.message).toContain('HTTP 404');
  });

  test('pinning: the first collection returns the certificate pin, a rotated certificate fails with TLS_CERT_CHANGED until accepted', async () => {
    const device = await startHttpsApiDevice({ backupMethod: 'paloalto-panos-api', name: 'pa-pinned' });
    try {
      const first = await collect(device);
      expect(first.hostKey).toBe(device.certificatePin());
      expect(first.hostKey).toMatch(/^tls-sha256:[0-9a-f]{64}$/);
      // trusted: the same certificate passes
      await collect(device, { device: { knownHostKey: first.hostKey } });

      await device.rotateCertificate();
      const fetchesBefore = device.fetches();
      const changed = await failure(collect(device, { device: { knownHostKey: first.hostKey } }), 'TLS_CERT_CHANGED');
      expect(changed.retryable).toBe(false);
      expect(changed.presentedHostKey).toEqual({ key: device.certificatePin(), fingerprint: certificateFingerprint(device.certificatePin()) });
      expect(changed.message).toContain(certificateFingerprint(device.certificatePin()));
      // nothing, API key included, was sent to the changed certificate
      expect(device.fetches()).toBe(fetchesBefore);
      expect(device.refused()).toBe(0);

      const accepted = await collect(device, { device: { knownHostKey: changed.presentedHostKey!.key } });
      expect(accepted.hostKey).toBe(device.certificatePin());
      expect(accepted.artifacts).toHaveLength(1);
    } finally {
      await device.close();
    }
  });

  test('a device pinned with an SSH host key (its backup method changed) must have its certificate accepted', async () => {
    await failure(collect(panos, { device: { knownHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBlab' } }), 'TLS_CERT_CHANGED');
  });

  test('with a CA: the certificate is verified, not pinned; a certificate of another CA fails with TLS_UNTRUSTED', async () => {
    const device = await startHttpsApiDevice({ backupMethod: 'fortinet-fortios-api', name: 'fgt-ca' });
    try {
      const pinnedBefore = device.certificatePin();
      await device.rotateCertificate();
      // a renewal by the same CA passes whatever was pinned
      const renewed = await collect(device, { device: { options: { ca: device.ca.cert }, knownHostKey: pinnedBefore } });
      expect(renewed.hostKey).toBe(device.certificatePin());

      const wrongCa = await failure(collect(device, { device: { options: { ca: otherCa.cert } } }), 'TLS_UNTRUSTED');
      expect(wrongCa.retryable).toBe(false);
      expect(wrongCa.message).toMatch(/not trusted/);
      await failure(collect(device, { device: { options: { systemCa: true } } }), 'TLS_UNTRUSTED');
      // the certificate names 127.0.0.1, not another name
      await failure(collect(device, { device: { options: { ca: device.ca.cert, serverName: 'fw.example.net' } } }), 'TLS_UNTRUSTED');
      expect(device.refused() + device.fetches()).toBe(1);
    } finally {
      await device.close();
    }
  });

  test('invalid options fail with OPTIONS_INVALID before connecting', async () => {
    await failure(collect(panos, { device: { options: { ca: 'not a certificate' } } }), 'OPTIONS_INVALID');
    await failure(collect(panos, { device: { options: { verify: false } } }), 'OPTIONS_INVALID');
  });

  test('connection refused is UNREACHABLE, retryable', async () => {
    const device = await startHttpsApiDevice({ backupMethod: 'opnsense-api', name: 'gone' });
    await device.close();
    const error = await failure(collect(device), 'UNREACHABLE');
    expect(error.retryable).toBe(true);
  });

  test('a device that never finishes the TLS handshake times out; an abort cancels', async () => {
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const device = { name: 'silent', host: '127.0.0.1' as const, port, apiKey: 'x' };
    const method = findBackupMethod('paloalto-panos-api')!;
    try {
      const timeout = await failure(method.collect(inputFor(device, { timeouts: { connectMs: 200, commandMs: 200 } })), 'TIMEOUT');
      expect(timeout.retryable).toBe(true);
      const abort = new AbortController();
      const collecting = method.collect(inputFor(device, { signal: abort.signal }));
      setTimeout(() => abort.abort(), 50);
      await failure(collecting, 'CANCELLED');
    } finally {
      await new Promise<void>((resolve) => {
        silent.close(() => resolve());
        for (const socket of held) socket.destroy();
      });
    }
  });
});
