import { request } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from '../graphql/testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

function directives(policy: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

function expectFixedHeaders(headers: Headers) {
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describe('F10: security headers on every response', () => {
  test('F10: the API (GraphQL, health, REST, errors) answers with a policy that runs and frames nothing', async () => {
    const responses = [
      await fetch(`${api.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ version }"}' }),
      await fetch(`${api.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }),
      await fetch(`${api.url}/api/health`),
      await fetch(`${api.url}/api/backup-methods`),
      await fetch(`${api.url}/api/backups/not-an-id/download`, { headers: { authorization: `Bearer ${api.adminToken}` } }),
    ];
    for (const response of responses) {
      await response.arrayBuffer();
      expectFixedHeaders(response.headers);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('default-src')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
    }
  });

  test('F10: pages get a policy with a fresh script nonce, no framing, and sockets to the same host only', async () => {
    const first = await fetch(`${api.url}/devices`);
    const second = await fetch(`${api.url}/devices`);
    await Promise.all([first.arrayBuffer(), second.arrayBuffer()]);
    expectFixedHeaders(first.headers);
    const policy = directives(first.headers.get('content-security-policy'));
    const host = new URL(api.url).host;
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('connect-src')).toBe(`'self' ws://${host} wss://${host}`);
    const nonce = /'nonce-([^']+)'/.exec(policy.get('script-src')!)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
    expect(first.headers.get('content-security-policy')).not.toBe(second.headers.get('content-security-policy'));
  });

  test('F10: a Host header that could bend the policy adds no socket origin', async () => {
    const policy = await new Promise<string>((resolve, reject) => {
      const req = request(`${api.url}/devices`, { headers: { host: "evil.example; script-src 'unsafe-inline'" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(directives(policy).get('connect-src')).toBe("'self'");
    expect(directives(policy).get('script-src')).not.toContain('unsafe-inline');
  });

  test('F10: a request line whose path is not a URL gets a 400 with the headers, and the server lives on', async () => {
    const { port } = new URL(api.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.end('GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).toContain('x-frame-options: deny');
    const upgrade = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () =>
        socket.write('GET // HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'),
      );
      socket.on('close', () => resolve('closed'));
      socket.on('error', reject);
    });
    expect(upgrade).toBe('closed');
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
  });
});
