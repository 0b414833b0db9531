import { createServer, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { findBackupMethod } from '../plugins/registry.ts';
import { freePortsBelowEphemeral } from '../infra/free-ports.ts';
import { formatDevices, parseLabArgs, runLabCli } from './cli.ts';
import { faultKinds, startLab, type Lab } from './lab.ts';
import { labPlatforms } from './persona.ts';
import { registerLabDevices } from './register.ts';
import { collectInputFor, expectNothingLeftOpen } from './test-support.ts';

const labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.splice(0).map((lab) => lab.close()));
  await expectNothingLeftOpen();
});

async function started(...args: Parameters<typeof startLab>): Promise<Lab> {
  const lab = await startLab(...args);
  labs.push(lab);
  return lab;
}

const portAccepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('startLab', () => {
  test('serves 100 devices of every platform on distinct 127.0.0.1 ports with the requested faults', async () => {
    const lab = await started({ devices: 100, mix: 'all', faults: 12, seed: 7 });
    expect(lab.devices).toHaveLength(100);
    expect(new Set(lab.devices.map((device) => device.port)).size).toBe(100);
    expect(new Set(lab.devices.map((device) => device.platform))).toEqual(new Set(labPlatforms()));
    const faulty = lab.devices.filter((device) => device.fault !== 'none');
    expect(faulty).toHaveLength(12);
    expect(new Set(faulty.map((device) => device.fault))).toEqual(new Set(faultKinds));
    for (const device of lab.devices) expect(findBackupMethod(device.backupMethod), device.backupMethod).toBeDefined();
    const refused = faulty.find((device) => device.fault === 'refused')!;
    const healthy = lab.devices.find((device) => device.fault === 'none')!;
    expect(await portAccepts(refused.port)).toBe(false);
    expect(await portAccepts(healthy.port)).toBe(true);
  });

  test('picks the same faulty devices for the same seed', async () => {
    const first = await started({ devices: 30, faults: 6, seed: 42 });
    const second = await started({ devices: 30, faults: 6, seed: 42 });
    const faulty = (lab: Lab) => lab.devices.filter((device) => device.fault !== 'none').map((device) => `${device.name}:${device.fault}`);
    expect(faulty(second)).toEqual(faulty(first));
  });

  test('takes consecutive ports from basePort', async () => {
    const basePort = await freePortsBelowEphemeral(3);
    const lab = await started({ devices: 3, basePort, mix: ['linux'] });
    expect(lab.devices.map((device) => device.port)).toEqual([basePort, basePort + 1, basePort + 2]);
  });

  test('takes the free ports of its ranges in order, skipping a port in use', async () => {
    const busy = (await started({ devices: 1, mix: ['linux'] })).devices[0].port;
    const free = await freePortsBelowEphemeral(1);
    const lab = await started({ devices: 1, ports: [{ from: busy, to: busy }, { from: free, to: free }], mix: ['linux'] });
    expect(lab.devices[0].port).toBe(free);
    expect(await portAccepts(free)).toBe(true);
    await expect(startLab({ devices: 1, ports: [{ from: busy, to: busy }], mix: ['linux'] })).rejects.toThrow(/no free port left on 127\.0\.0\.1 in /);
  });

  test('the configuration changes every changeEvery collections', async () => {
    const lab = await started({ devices: [{ platform: 'cisco-ios' }], changeEvery: 3 });
    const method = findBackupMethod('cisco-ios')!;
    const comparables: string[] = [];
    for (let run = 0; run < 4; run++) {
      const result = await method.collect(collectInputFor(lab.devices[0]));
      comparables.push(result.artifacts[0].isBinary ? '' : result.artifacts[0].comparable);
    }
    expect(comparables[1]).toBe(comparables[0]);
    expect(comparables[2]).toBe(comparables[0]);
    expect(comparables[3]).not.toBe(comparables[2]);
  });
});

describe('tidemark lab', () => {
  test('parses the documented arguments', () => {
    expect(parseLabArgs(['--devices', '200', '--base-port', '22000', '--mix', 'all', '--faults', '5'])).toMatchObject({
      devices: 200,
      basePort: 22000,
      mix: 'all',
      faults: 5,
    });
    expect(parseLabArgs(['--mix', 'cisco-ios,linux', '--faults', 'cisco-ios-001=hang']).faults).toEqual({ 'cisco-ios-001': 'hang' });
    expect(() => parseLabArgs(['--mix', 'no-such-platform'])).toThrow(/no lab persona/);
    expect(() => parseLabArgs(['--faults', 'x=melt'])).toThrow();
    expect(() => parseLabArgs(['--register', 'http://127.0.0.1:1'])).toThrow(/--token/);
  });

  test('prints the devices, stays up until stopped, then closes every port', async () => {
    const printed: string[] = [];
    const stop = new AbortController();
    const running = runLabCli(['--devices', '4', '--mix', 'cisco-ios,linux'], { stop: stop.signal, print: (text) => printed.push(text) });
    while (!printed.some((text) => text.includes('Ctrl-C'))) await new Promise((resolve) => setTimeout(resolve, 10));
    const ports = [...printed[0].matchAll(/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1]));
    expect(ports).toHaveLength(4);
    expect(await portAccepts(ports[0])).toBe(true);
    stop.abort();
    await running;
    expect(await portAccepts(ports[0])).toBe(false);
  });

  test('formats one row per device', async () => {
    const lab = await started({ devices: 2, mix: ['linux'] });
    const table = formatDevices(lab.devices).split('\n');
    expect(table[0]).toMatch(/^NAME\s+ADDRESS\s+BACKUP METHOD\s+FAULT$/);
    expect(table.slice(1)).toEqual(lab.devices.map((device) => expect.stringContaining(`${device.host}:${device.port}`)));
  });

  test('registers a credential set and every device through the GraphQL API', async () => {
    const lab = await started({ devices: 3, mix: ['cisco-ios'], faults: { 'cisco-ios-002': 'hang' } });
    const requests: Array<{ authorization?: string; query: string; variables: { input: Record<string, unknown> } }> = [];
    const readBody = async (request: IncomingMessage) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      return JSON.parse(body);
    };
    const api = createServer(async (request, response) => {
      const body = await readBody(request);
      requests.push({ authorization: request.headers.authorization, ...body });
      const field = body.query.includes('createCredentialSet') ? 'createCredentialSet' : 'createDevice';
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: { [field]: { id: String(requests.length) } } }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = api.address() as { port: number };
      const count = await registerLabDevices(lab.devices, { url: `http://127.0.0.1:${port}`, token: 'lab-token' });
      expect(count).toBe(3);
      expect(requests.map((request) => request.authorization)).toEqual(Array(4).fill('Bearer lab-token'));
      expect(requests[0].variables.input).toMatchObject({ username: 'admin', password: 'lab-password', enableSecret: 'lab-enable' });
      expect(requests.slice(1).map((request) => request.variables.input)).toEqual(
        lab.devices.map((device) =>
          expect.objectContaining({ name: device.name, port: device.port, backupMethod: 'cisco-ios', credentialSetIds: ['1'] }),
        ),
      );
      expect(requests[2].variables.input.tags).toContain('fault:hang');
    } finally {
      api.closeAllConnections();
      await new Promise((resolve) => api.close(resolve));
    }
  });
});
