import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

function connect(connectionParams: Record<string, unknown>): Client {
  return createClient({
    url: `${api.url.replace('http', 'ws')}/api/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
}

/** Speaks the graphql-transport-ws handshake by hand and reports how the server closed. */
function handshake(payload: Record<string, unknown>): Promise<{ code: number; acked: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/api/graphql`, 'graphql-transport-ws');
    let acked = false;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      acked ||= JSON.parse(data.toString()).type === 'connection_ack';
      if (acked) socket.close(1000);
    });
    socket.on('close', (code) => resolve({ code, acked }));
    socket.on('error', reject);
  });
}

describe('subscriptions over WebSocket', () => {
  it('deliver heartbeats to a client with a token', async () => {
    const client = connect({ authorization: `Bearer ${api.adminToken}` });
    const seen: number[] = [];
    const iterator = client.iterate<{ heartbeat: { seq: number; at: string } }>({ query: 'subscription { heartbeat(intervalMs: 100) { seq at } }' });
    for await (const event of iterator) {
      expect(event.errors).toBeUndefined();
      seen.push(event.data!.heartbeat.seq);
      expect(Date.parse(event.data!.heartbeat.at)).not.toBeNaN();
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    await client.dispose();
  });

  it('refuse a connection without a token, or with a forged one, and accept a session cookie holder', async () => {
    expect(await handshake({})).toEqual({ code: 4403, acked: false });
    expect(await handshake({ authorization: 'Bearer tdm_forged' })).toEqual({ code: 4403, acked: false });
    expect(await handshake({ authorization: `Bearer ${api.adminToken}` })).toEqual({ code: 1000, acked: true });
  });
});
