import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCertificate } from '../lab/inventory-fake.ts';
import { startFakeNautobot, type FakeNautobot } from '../lab/nautobot-server.ts';
import { createInventoryClient, InventoryError, type InventoryClient, type InventoryDevice } from './index.ts';
import type { InventoryClientOptions } from './http.ts';

const fast: InventoryClientOptions = { retryDelayMs: 10, timeoutMs: 5_000 };

function clientFor(server: FakeNautobot, overrides: Partial<Parameters<typeof createInventoryClient>[0]> = {}, options: InventoryClientOptions = fast): InventoryClient {
  return createInventoryClient({ kind: 'nautobot', url: server.url, token: server.token, verifyTls: true, caBundle: server.caPem, ...overrides }, options);
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

const graphqlOffsets = (server: FakeNautobot, since: number) =>
  server
    .requests()
    .slice(since)
    .filter((request) => request.path === '/api/graphql/').length;

describe('Nautobot client against the fake Nautobot', () => {
  let nautobot: FakeNautobot;
  beforeAll(async () => {
    nautobot = await startFakeNautobot({ devices: 230 });
  });
  afterAll(() => nautobot.stop());

  test('test() reports the Nautobot version', async () => {
    await expect(clientFor(nautobot).test()).resolves.toEqual({ version: nautobot.version });
  });

  test('reads every device with GraphQL limit/offset paging, ending on the first empty page', async () => {
    const before = nautobot.requests().length;
    const pages = await collect(clientFor(nautobot).devices({}, { pageSize: 50 }));
    expect(pages.map((page) => page.length)).toEqual([50, 50, 50, 50, 30]);
    const names = pages.flat().map((device) => device.name);
    expect(new Set(names).size).toBe(230);
    expect(names.sort()).toEqual(nautobot.devices().map((device) => device.name).sort());
    expect(graphqlOffsets(nautobot, before)).toBe(6);
  });

  test('maps a device: uuid, primary IP without prefix, network driver, device type model, location tree from the root', async () => {
    const expected = nautobot.devices().find((device) => device.location.length === 2 && device.primaryIp4 && device.platform)!;
    const [device] = await clientFor(nautobot).devicesByName([expected.name]);
    expect(device).toEqual({
      sourceId: expected.id,
      name: expected.name,
      primaryIp: expected.primaryIp4!.split('/')[0],
      platform: expected.platform,
      model: expected.model,
      locationPath: [...expected.region, expected.site, ...expected.location],
      role: expected.role,
      status: expected.status[0].toUpperCase() + expected.status.slice(1),
      tenant: expected.tenant,
      tags: expected.tags,
      customFields: { last_backup: null, ssh_port: expected.customFields.ssh_port ?? null, credential_set: null, site_code: expected.customFields.site_code },
    });
    expect(device.model).toMatch(/^[A-Z0-9][A-Za-z0-9+-]+$/);
    expect(device.customFields.site_code).toMatch(/^[A-Z]{3}\d$/);
    expect(device.sourceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('a device without a primary IP or platform comes back with null', async () => {
    const devices = (await collect(clientFor(nautobot).devices({}, { pageSize: 1000 }))).flat();
    const withoutIp = nautobot.devices().filter((device) => !device.primaryIp4 && !device.primaryIp6).map((device) => device.name);
    const withoutPlatform = nautobot.devices().filter((device) => !device.platform).map((device) => device.name);
    expect(withoutIp.length).toBeGreaterThan(0);
    expect(withoutPlatform.length).toBeGreaterThan(0);
    expect(devices.filter((device) => device.primaryIp === null).map((device) => device.name).sort()).toEqual(withoutIp.sort());
    expect(devices.filter((device) => device.platform === null).map((device) => device.name).sort()).toEqual(withoutPlatform.sort());
  });

  test('filters by location (with what lies inside it), role, status and tags', async () => {
    const filter = { location: ['Germany'], role: ['core'], status: ['Active'], tag: ['backup'] };
    const devices = (await collect(clientFor(nautobot).devices(filter, { pageSize: 5 }))).flat();
    const expected = nautobot
      .devices()
      .filter((device) => device.region.includes('Germany') && device.role === 'core' && device.status === 'active' && device.tags.includes('backup'))
      .map((device) => device.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(devices.map((device) => device.name).sort()).toEqual(expected.sort());
  });

  test('a filter value Nautobot does not know, or a filter it does not have, is INVENTORY_FILTER_INVALID', async () => {
    const refused = await failure(collect(clientFor(nautobot).devices({ location: ['Atlantis'] })));
    expect(refused.code).toBe('INVENTORY_FILTER_INVALID');
    expect(refused.message).toContain('Atlantis is not one of the available choices');
    const unknown = await failure(collect(clientFor(nautobot).devices({ colour: ['blue'] })));
    expect(unknown.code).toBe('INVENTORY_FILTER_INVALID');
  });

  test('devicesByName returns the devices found and leaves out absent names', async () => {
    const [first, second] = nautobot.devices();
    const found = await clientFor(nautobot).devicesByName([first.name, 'no-such-device', second.name]);
    expect(found.map((device) => device.name).sort()).toEqual([first.name, second.name].sort());
  });

  test('a wrong token is INVENTORY_TOKEN_REJECTED and the message does not carry the token', async () => {
    const wrong = '0123456789abcdef0123456789abcdef01234567';
    const error = await failure(clientFor(nautobot, { token: wrong }).test());
    expect(error.code).toBe('INVENTORY_TOKEN_REJECTED');
    expect(error.message).toContain('Invalid token');
    expect(error.message).not.toContain(wrong);
    expect((await failure(collect(clientFor(nautobot, { token: wrong }).devices({})))).code).toBe('INVENTORY_TOKEN_REJECTED');
  });

  test('retries a page after two server errors and reads everything', async () => {
    nautobot.inject({ kind: 'status', status: 502, count: 2, skip: 1, path: '/api/graphql/' });
    const pages = await collect(clientFor(nautobot).devices({}, { pageSize: 100 }));
    expect(pages.flat()).toHaveLength(230);
  });

  test('a server that goes down mid-iteration fails the iteration; the pages read are all that was yielded', async () => {
    nautobot.inject({ kind: 'drop', count: Infinity, skip: 2, path: '/api/graphql/' });
    const yielded: InventoryDevice[][] = [];
    const error = await failure(
      (async () => {
        for await (const page of clientFor(nautobot).devices({}, { pageSize: 50 })) yielded.push(page);
      })(),
    );
    nautobot.clearFaults();
    expect(error.code).toBe('INVENTORY_UNREACHABLE');
    expect(error.message).toContain('after 3 attempts');
    expect(yielded.map((page) => page.length)).toEqual([50, 50]);
  });

  test('an abort stops the iteration', async () => {
    const controller = new AbortController();
    const yielded: InventoryDevice[][] = [];
    const error = await (async () => {
      for await (const page of clientFor(nautobot).devices({}, { pageSize: 50, signal: controller.signal })) {
        yielded.push(page);
        controller.abort(new Error('stopped by the test'));
      }
    })().then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toBe('stopped by the test');
    expect(yielded).toHaveLength(1);
  });

  test('TLS: a certificate from another CA is INVENTORY_TLS; verification off is allowed explicitly', async () => {
    const other = await generateCertificate();
    expect((await failure(clientFor(nautobot, { caBundle: other.cert }).test())).code).toBe('INVENTORY_TLS');
    await expect(clientFor(nautobot, { caBundle: null, verifyTls: false }).test()).resolves.toEqual({ version: nautobot.version });
  });

  test('a URL that is not Nautobot (404 on the API) is INVENTORY_BAD_RESPONSE', async () => {
    const error = await failure(clientFor(nautobot, { url: `${nautobot.url}elsewhere/` }).test());
    expect(error.code).toBe('INVENTORY_BAD_RESPONSE');
  });
});

describe('Nautobot write-back', () => {
  let nautobot: FakeNautobot;
  beforeAll(async () => {
    nautobot = await startFakeNautobot({ devices: 40, readOnlyToken: 'b'.repeat(40) });
  });
  afterAll(() => nautobot.stop());

  test('writes the date into the custom field for every device, in batches', async () => {
    const devices = nautobot.devices().slice(0, 25);
    const before = nautobot.requests().length;
    const result = await clientFor(nautobot, {}, { ...fast, writeBatchSize: 10 }).writeCustomField(
      'last_backup',
      devices.map((device) => ({ sourceId: device.id, value: '2025-03-01' })),
    );
    expect(result).toEqual({ updated: 25, failed: 0, errors: [] });
    for (const device of devices) expect(nautobot.device(device.name)?.customFields.last_backup).toBe('2025-03-01');
    expect(nautobot.requests().slice(before).filter((request) => request.method === 'PATCH')).toHaveLength(3);
  });

  test('an atomic batch with one bad value is split until the bad device stands alone; a missing device fails alone', async () => {
    const devices = nautobot.devices().slice(0, 16);
    const earlier = nautobot.device(devices[9].name)?.customFields.last_backup;
    const updates = devices.map((device, index) => ({ sourceId: device.id, value: index === 9 ? '02.04.2025' : '2025-04-02' }));
    updates.push({ sourceId: '00000000-0000-4000-8000-000000000000', value: '2025-04-02' }, { sourceId: '42', value: '2025-04-02' });
    const result = await clientFor(nautobot).writeCustomField('last_backup', updates);
    expect(result.updated).toBe(15);
    expect(result.failed).toBe(3);
    expect(result.errors.map((error) => error.sourceId).sort()).toEqual([devices[9].id, '00000000-0000-4000-8000-000000000000', '42'].sort());
    expect(result.errors.find((error) => error.sourceId === devices[9].id)?.message).toContain('YYYY-MM-DD');
    expect(nautobot.device(devices[9].name)?.customFields.last_backup).toBe(earlier);
    for (const device of devices.filter((_, index) => index !== 9)) expect(nautobot.device(device.name)?.customFields.last_backup).toBe('2025-04-02');
  });

  test('an unknown custom field fails every device without a PATCH', async () => {
    const devices = nautobot.devices().slice(0, 5);
    const before = nautobot.requests().length;
    const result = await clientFor(nautobot).writeCustomField('backup_date', devices.map((device) => ({ sourceId: device.id, value: '2025-04-02' })));
    expect(result).toMatchObject({ updated: 0, failed: 5 });
    expect(result.errors[0].message).toContain('backup_date');
    expect(nautobot.requests().slice(before).filter((request) => request.method === 'PATCH')).toHaveLength(0);
  });

  test('a read-only token counts every device as failed instead of throwing', async () => {
    const devices = nautobot.devices().slice(30, 33);
    const result = await clientFor(nautobot, { token: 'b'.repeat(40) }).writeCustomField('last_backup', devices.map((device) => ({ sourceId: device.id, value: '2030-01-01' })));
    expect(result).toMatchObject({ updated: 0, failed: 3 });
    expect(result.errors[0].message).toContain('permission');
    for (const device of devices) expect(nautobot.device(device.name)?.customFields.last_backup).toBeUndefined();
  });
});

describe('Nautobot at scale', () => {
  test('50,000 devices stream as pages of at most 1000, one request per page yielded', { timeout: 180_000 }, async () => {
    const nautobot = await startFakeNautobot({ devices: 50_000 });
    try {
      let devices = 0;
      let largest = 0;
      const requestsWhenYielded: number[] = [];
      for await (const page of clientFor(nautobot).devices({}, { pageSize: 1000 })) {
        devices += page.length;
        largest = Math.max(largest, page.length);
        requestsWhenYielded.push(nautobot.requests().filter((request) => request.path === '/api/graphql/').length);
      }
      expect(devices).toBe(50_000);
      expect(largest).toBe(1000);
      expect(requestsWhenYielded).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    } finally {
      await nautobot.stop();
    }
  });
});
