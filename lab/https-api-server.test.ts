import { createServer, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { runLabCli } from './cli.ts';
import { httpsApiLabMethods, startHttpsApiDevice, type HttpsApiLabDevice } from './https-api-server.ts';
import { registerHttpsApiDevices } from './register.ts';
import { findBackupMethod } from '../plugins/registry.ts';
import { expectNothingLeftOpen, noBinarySink, silentLogger } from './test-support.ts';

const started: HttpsApiLabDevice[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((device) => device.close()));
  await expectNothingLeftOpen();
});

/** A GraphQL stand-in that records each request and answers it with a new id. */
async function recordingApi() {
  const requests: Array<{ query: string; variables: { input: Record<string, unknown> } }> = [];
  const api = createServer(async (request: IncomingMessage, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const parsed = JSON.parse(body);
    requests.push(parsed);
    const field = parsed.query.includes('createCredentialSet') ? 'createCredentialSet' : 'createDevice';
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { [field]: { id: String(requests.length) } } }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(api.address() as { port: number }).port}`,
    requests,
    close: async () => {
      api.closeAllConnections();
      await new Promise((resolve) => api.close(resolve));
    },
  };
}

describe('HTTPS API lab devices', () => {
  test('registers each device with a credential set holding its API key', async () => {
    for (const [index, backupMethod] of httpsApiLabMethods.entries()) started.push(await startHttpsApiDevice({ backupMethod, index: index + 1 }));
    const api = await recordingApi();
    try {
      expect(await registerHttpsApiDevices(started, { url: api.url, token: 't' })).toBe(3);
      const inputs = api.requests.map((request) => request.variables.input);
      expect(inputs.filter((_, i) => i % 2 === 0)).toEqual(started.map((device) => expect.objectContaining({ username: 'api', apiKey: device.apiKey })));
      expect(inputs.filter((_, i) => i % 2 === 1)).toEqual(
        started.map((device, i) => expect.objectContaining({ name: device.name, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [String(2 * i + 1)] })),
      );
    } finally {
      await api.close();
    }
  });

  test('tidemark lab --https-api serves one device per API backup method until stopped', async () => {
    const printed: string[] = [];
    const stop = new AbortController();
    const running = runLabCli(['--devices', '1', '--mix', 'linux', '--https-api'], { stop: stop.signal, print: (text) => printed.push(text) });
    while (!printed.some((text) => text.includes('Ctrl-C'))) await new Promise((resolve) => setTimeout(resolve, 10));
    try {
      const table = printed.find((text) => text.includes('API KEY'))!;
      for (const method of httpsApiLabMethods) expect(table).toContain(method);
      // every row can be backed up with what it shows
      for (const row of table.split('\n').filter((line) => line.includes('127.0.0.1'))) {
        const [name, address, backupMethod, apiKey] = row.split(/\s+/);
        const port = Number(address.split(':')[1]);
        const result = await findBackupMethod(backupMethod)!.collect({
          device: { name, host: '127.0.0.1', port, sshProfile: 'modern', knownHostKey: null, options: {}, keepSecrets: false },
          credentials: { username: 'api', apiKey },
          binarySink: noBinarySink,
          signal: new AbortController().signal,
          log: silentLogger,
        });
        expect(result.artifacts).toHaveLength(1);
      }
    } finally {
      stop.abort();
      await running;
    }
  });
});
