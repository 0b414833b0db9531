import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCertificate } from '../lab/inventory-fake.ts';
import { startFakeNetbox, type FakeNetbox } from '../lab/netbox-server.ts';
import { createInventoryClient, InventoryError, type InventoryClient, type InventoryDevice } from './index.ts';
import type { InventoryClientOptions } from './http.ts';

const fast: InventoryClientOptions = { retryDelayMs: 10, timeoutMs: 5_000 };

function clientFor(server: FakeNetbox, overrides: Partial<Parameters<typeof createInventoryClient>[0]> = {}, options: InventoryClientOptions = fast): InventoryClient {
  return createInventoryClient({ kind: 'netbox', url: server.url, token: server.token, verifyTls: true, caBundle: server.caPem, ...overrides }, options);
}

async function collect(iterable: AsyncIterable<InventoryDevice[]>): Promise<InventoryDevice[][]> {
  const pages: InventoryDevice[][] = [];
  for await (const page of iterable) pages.push(page);
  return pages;
}

async function failure(promise: Promise<unknown>): Promise<InventoryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InventoryError);
  return error as InventoryError;
}

describe('NetBox client against the fake NetBox', () => {
  let netbox: FakeNetbox;
  beforeAll(async () => {
    netbox = await startFakeNetbox({ devices: 230 });
  });
  afterAll(() => netbox.stop());

  test('test() reports the NetBox version', async () => {
    await expect(clientFor(netbox).test()).resolves.toEqual({ version: netbox.version });
  });

  test('reads every device over several pages, following next, with the total from count', async () => {
    const before = netbox.requests().length;
    const pages = await collect(clientFor(netbox).devices({}, { pageSize: 50 }));
    expect(pages.map((page) => page.length)).toEqual([50, 50, 50, 50, 30]);
    const names = pages.flat().map((device) => device.name);
    expect(new Set(names).size).toBe(230);
    expect(names.sort()).toEqual(netbox.devices().map((device) => device.name).sort());
    const deviceRequests = netbox.requests().slice(before).filter((request) => request.path === '/api/dcim/devices/');
    expect(deviceRequests.map((request) => request.query.get('offset') ?? '0')).toEqual(['0', '50', '100', '150', '200']);
  });

  test('maps a device: id, primary IP without prefix, platform slug, device type model, region › site › location path, custom fields', async () => {
    const expected = netbox.devices().find((device) => device.location.length === 2 && device.primaryIp4 && device.platform)!;
    const [device] = await clientFor(netbox).devicesByName([expected.name]);
    expect(device).toEqual({
      sourceId: String(expected.id),
      name: expected.name,
      primaryIp: expected.primaryIp4!.split('/')[0],
      platform: expected.platform,
      model: expected.model,
      locationPath: [...expected.region, expected.site, ...expected.location],
      role: expected.role,
      status: expected.status,
      tenant: expected.tenant,
      tags: expected.tags,
      customFields: { last_backup: null, last_backup_at: null, ssh_port: expected.customFields.ssh_port ?? null, credential_set: null, site_code: expected.customFields.site_code },
    });
    expect(device.model).toMatch(/^[A-Z0-9][A-Za-z0-9+-]+$/);
    expect(device.customFields.site_code).toMatch(/^[A-Z]{3}\d$/);
  });

  test('a device without a primary IP or platform comes back with null, not a guess', async () => {
    const devices = (await collect(clientFor(netbox).devices({}, { pageSize: 1000 }))).flat();
    const withoutIp = netbox.devices().filter((device) => !device.primaryIp4 && !device.primaryIp6).map((device) => device.name);
    const withoutPlatform = netbox.devices().filter((device) => !device.platform).map((device) => device.name);
    expect(withoutIp.length).toBeGreaterThan(0);
    expect(withoutPlatform.length).toBeGreaterThan(0);
    expect(devices.filter((device) => device.primaryIp === null).map((device) => device.name).sort()).toEqual(withoutIp.sort());
    expect(devices.filter((device) => device.platform === null).map((device) => device.name).sort()).toEqual(withoutPlatform.sort());
    const unmapped = devices.filter((device) => device.platform === 'ericsson_ipos' || device.platform === 'watchguard_fireware');
    expect(unmapped.length).toBeGreaterThan(0);
  });

  test('filters by location, role, status and tag (every tag asked for)', async () => {
    const filter = { location: ['building-a'], role: ['core'], status: ['active'], tag: ['backup'] };
    const devices = (await collect(clientFor(netbox).devices(filter, { pageSize: 7 }))).flat();
    const expected = netbox
      .devices()
      .filter((device) => device.location.includes('Building A') && device.role === 'core' && device.status === 'active' && device.tags.includes('backup'))
      .map((device) => device.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(devices.map((device) => device.name).sort()).toEqual(expected.sort());
    const both = (await collect(clientFor(netbox).devices({ tag: ['backup', 'pci'] }))).flat();
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((device) => device.tags.includes('backup') && device.tags.includes('pci'))).toBe(true);
  });

  test('a filter NetBox refuses, or one it does not have, is INVENTORY_FILTER_INVALID', async () => {
    const refused = await failure(collect(clientFor(netbox).devices({ site: ['atlantis'] })));
    expect(refused.code).toBe('INVENTORY_FILTER_INVALID');
    expect(refused.message).toContain('atlantis is not one of the available choices');
    const unknown = await failure(collect(clientFor(netbox).devices({ colour: ['blue'] })));
    expect(unknown.code).toBe('INVENTORY_FILTER_INVALID');
    expect(unknown.message).toContain('colour');
  });

  test('devicesByName returns the devices found and leaves out absent names', async () => {
    const [first, second] = netbox.devices();
    const found = await clientFor(netbox).devicesByName([first.name, 'no-such-device', second.name]);
    expect(found.map((device) => device.name).sort()).toEqual([first.name, second.name].sort());
  });

  test('a wrong token is INVENTORY_TOKEN_REJECTED and the message does not carry the token', async () => {
    const wrong = 'f'.repeat(40);
    const error = await failure(clientFor(netbox, { token: wrong }).test());
    expect(error.code).toBe('INVENTORY_TOKEN_REJECTED');
    expect(error.message).toContain('Invalid v1 token');
    expect(error.message).not.toContain(wrong);
    const pages = await failure(collect(clientFor(netbox, { token: wrong }).devices({})));
    expect(pages.code).toBe('INVENTORY_TOKEN_REJECTED');
  });

  test('retries a page after two server errors and reads everything', async () => {
    netbox.inject({ kind: 'status', status: 503, count: 2, skip: 1, path: '/api/dcim/devices/' });
    const before = netbox.requests().length;
    const pages = await collect(clientFor(netbox).devices({}, { pageSize: 100 }));
    expect(pages.flat()).toHaveLength(230);
    const offsets = netbox.requests().slice(before).filter((request) => request.path === '/api/dcim/devices/').map((request) => request.query.get('offset'));
    expect(offsets).toEqual(['0', '100', '100', '100', '200']);
  });

  test('a server that goes down mid-iteration fails the iteration after three attempts; the pages read are all that was yielded', async () => {
    netbox.inject({ kind: 'drop', count: Infinity, skip: 2, path: '/api/dcim/devices/' });
    const yielded: InventoryDevice[][] = [];
    const error = await failure(
      (async () => {
        for await (const page of clientFor(netbox).devices({}, { pageSize: 50 })) yielded.push(page);
      })(),
    );
    netbox.clearFaults();
    expect(error.code).toBe('INVENTORY_UNREACHABLE');
    expect(error.message).toContain('after 3 attempts');
    expect(yielded.map((page) => page.length)).toEqual([50, 50]);
  });

  test('an answer cut off mid-body is retried, not parsed as a short page', async () => {
    netbox.inject({ kind: 'truncate', count: 1, skip: 1, path: '/api/dcim/devices/' });
    const pages = await collect(clientFor(netbox).devices({}, { pageSize: 100 }));
    netbox.clearFaults();
    expect(pages.flat()).toHaveLength(230);
  });

  test('a server slower than the timeout counts as unreachable', async () => {
    netbox.inject({ kind: 'slow', delayMs: 1_500, count: 3, path: '/api/status/' });
    const error = await failure(clientFor(netbox, {}, { retryDelayMs: 10, timeoutMs: 300 }).test());
    netbox.clearFaults();
    expect(error.code).toBe('INVENTORY_UNREACHABLE');
  });

  test('TLS: a certificate from another CA is INVENTORY_TLS, no CA bundle too; verification off is allowed explicitly', async () => {
    const other = await generateCertificate();
    const wrongCa = await failure(clientFor(netbox, { caBundle: other.cert }).test());
    expect(wrongCa.code).toBe('INVENTORY_TLS');
    const noCa = await failure(clientFor(netbox, { caBundle: null }).test());
    expect(noCa.code).toBe('INVENTORY_TLS');
    await expect(clientFor(netbox, { caBundle: null, verifyTls: false }).test()).resolves.toEqual({ version: netbox.version });
  });

  test('a closed port is INVENTORY_UNREACHABLE', async () => {
    const closed = await startFakeNetbox();
    await closed.stop();
    const error = await failure(clientFor(closed).test());
    expect(error.code).toBe('INVENTORY_UNREACHABLE');
  });

  test('a URL that is not http(s) is refused before any request', async () => {
    expect(() => createInventoryClient({ kind: 'netbox', url: 'ftp://netbox.example', token: 't', verifyTls: true, caBundle: null })).toThrow(InventoryError);
  });
});

describe('NetBox write-back', () => {
  let netbox: FakeNetbox;
  beforeAll(async () => {
    netbox = await startFakeNetbox({ devices: 40, readOnlyToken: 'a'.repeat(40) });
  });
  afterAll(() => netbox.stop());

  test('writes the date into the custom field in batches', async () => {
    const devices = netbox.devices().slice(0, 25);
    const before = netbox.requests().length;
    const result = await clientFor(netbox, {}, { ...fast, writeBatchSize: 10 }).writeCustomField(
      'last_backup',
      devices.map((device) => ({ sourceId: String(device.id), value: '2025-03-01' })),
    );
    expect(result).toEqual({ updated: 25, failed: 0, errors: [] });
    for (const device of devices) expect(netbox.device(device.name)?.customFields.last_backup).toBe('2025-03-01');
    const patches = netbox.requests().slice(before).filter((request) => request.method === 'PATCH');
    expect(patches).toHaveLength(3);
  });

  test('a bad value and a missing device fail alone; the rest of their batch is written', async () => {
    const devices = netbox.devices().slice(0, 12);
    const updates = devices.map((device, index) => ({ sourceId: String(device.id), value: index === 3 ? 'yesterday' : '2025-04-02' }));
    updates.push({ sourceId: '99999', value: '2025-04-02' }, { sourceId: 'not-a-number', value: '2025-04-02' });
    const result = await clientFor(netbox).writeCustomField('last_backup', updates);
    expect(result.updated).toBe(11);
    expect(result.failed).toBe(3);
    expect(result.errors.map((error) => error.sourceId).sort()).toEqual([String(devices[3].id), '99999', 'not-a-number'].sort());
    expect(result.errors.find((error) => error.sourceId === String(devices[3].id))?.message).toContain('ISO 8601');
    expect(result.errors.find((error) => error.sourceId === '99999')?.message).toContain('does not exist');
    expect(netbox.device(devices[3].name)?.customFields.last_backup).not.toBe('yesterday');
    for (const device of devices.filter((_, index) => index !== 3)) expect(netbox.device(device.name)?.customFields.last_backup).toBe('2025-04-02');
  });

  test('a date-time field takes an ISO timestamp', async () => {
    const [device] = netbox.devices();
    const result = await clientFor(netbox).writeCustomField('last_backup_at', [{ sourceId: String(device.id), value: '2025-04-02T10:11:12Z' }]);
    expect(result).toEqual({ updated: 1, failed: 0, errors: [] });
    expect(netbox.device(device.name)?.customFields.last_backup_at).toBe('2025-04-02T10:11:12Z');
  });

  test('an unknown custom field fails every device without a PATCH', async () => {
    const devices = netbox.devices().slice(0, 5);
    const before = netbox.requests().length;
    const result = await clientFor(netbox).writeCustomField('backup_date', devices.map((device) => ({ sourceId: String(device.id), value: '2025-04-02' })));
    expect(result.updated).toBe(0);
    expect(result.failed).toBe(5);
    expect(result.errors[0].message).toContain('no custom field "backup_date"');
    expect(netbox.requests().slice(before).filter((request) => request.method === 'PATCH')).toHaveLength(0);
  });

  test('a read-only token counts every device as failed instead of throwing', async () => {
    const devices = netbox.devices().slice(0, 3);
    const result = await clientFor(netbox, { token: 'a'.repeat(40) }).writeCustomField('last_backup', devices.map((device) => ({ sourceId: String(device.id), value: '2030-01-01' })));
    expect(result.updated).toBe(0);
    expect(result.failed).toBe(3);
    expect(result.errors[0].message).toContain('permission');
    for (const device of devices) expect(netbox.device(device.name)?.customFields.last_backup).not.toBe('2030-01-01');
  });

  test('a server down during write-back counts the devices as failed', async () => {
    const devices = netbox.devices().slice(0, 4);
    netbox.inject({ kind: 'status', status: 500, count: Infinity, path: '/api/dcim/devices/' });
    const result = await clientFor(netbox).writeCustomField('last_backup', devices.map((device) => ({ sourceId: String(device.id), value: '2031-01-01' })));
    netbox.clearFaults();
    expect(result).toMatchObject({ updated: 0, failed: 4 });
    expect(result.errors[0].message).toContain('HTTP 500');
  });
});

describe('NetBox v2 tokens', () => {
  test('an nbt_ token is sent as Bearer and accepted; sent as Token it is refused', async () => {
    const netbox = await startFakeNetbox({ devices: 3, tokenVersion: 'v2' });
    try {
      expect(netbox.token.startsWith('nbt_')).toBe(true);
      await expect(clientFor(netbox).test()).resolves.toEqual({ version: netbox.version });
      await expect(clientFor(netbox, { token: `Bearer ${netbox.token}` }).test()).resolves.toEqual({ version: netbox.version });
      const response = await fetchStatusWithToken(netbox, `Token ${netbox.token}`);
      expect(response).toEqual({ status: 403, body: { detail: 'Invalid v1 token' } });
    } finally {
      await netbox.stop();
    }
  });
});

async function fetchStatusWithToken(netbox: FakeNetbox, authorization: string): Promise<{ status: number; body: unknown }> {
  const https = await import('node:https');
  return new Promise((resolve, reject) => {
    const request = https.request(new URL('api/status/', netbox.url), { ca: netbox.caPem, headers: { Authorization: authorization } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('NetBox at scale', () => {
  test('50,000 devices stream as pages of at most 1000, each yielded before the next is fetched', { timeout: 180_000 }, async () => {
    const netbox = await startFakeNetbox({ devices: 50_000 });
    try {
      let pages = 0;
      let devices = 0;
      let largest = 0;
      const requestsWhenYielded: number[] = [];
      for await (const page of clientFor(netbox).devices({}, { pageSize: 1000 })) {
        pages++;
        devices += page.length;
        largest = Math.max(largest, page.length);
        requestsWhenYielded.push(netbox.requests().filter((request) => request.path === '/api/dcim/devices/').length);
      }
      expect(devices).toBe(50_000);
      expect(pages).toBe(50);
      expect(largest).toBe(1000);
      // One device request per page yielded: nothing read ahead and held.
      expect(requestsWhenYielded).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    } finally {
      await netbox.stop();
    }
  });
});
