import { createServer, Socket, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { coalesceWrites } from './socket-writes.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that collects everything sent to it until the client ends. */
async function receiver(): Promise<{ port: number; received: Promise<Buffer> }> {
  let resolve!: (data: Buffer) => void;
  const received = new Promise<Buffer>((r) => (resolve = r));
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      resolve(Buffer.concat(chunks));
      socket.end();
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as AddressInfo).port, received };
}

/** Counts the calls that reach the operating system: one `_write` per chunk, or one `_writev` per batch. */
function countSystemWrites(socket: Socket): { single: number; batched: number[] } {
  const counts = { single: 0, batched: [] as number[] };
  const write = socket._write.bind(socket);
  const writev = socket._writev!.bind(socket);
  socket._write = (chunk, encoding, callback) => {
    counts.single++;
    write(chunk, encoding, callback);
  };
  socket._writev = (chunks, callback) => {
    counts.batched.push(chunks.length);
    writev(chunks, callback);
  };
  return counts;
}

describe('coalesceWrites', () => {
  it('sends the writes of one turn together and in order, and those of later turns after them', async () => {
    const { port, received } = await receiver();
    const socket = new Socket();
    coalesceWrites(socket.connect(port, '127.0.0.1'));
    await once(socket, 'connect');
    const counts = countSystemWrites(socket);

    socket.write('one ');
    socket.write(Buffer.from('two '));
    socket.write('three ');
    await new Promise((resolve) => setImmediate(resolve));
    socket.write('four');
    await new Promise((resolve) => setImmediate(resolve));
    socket.end();

    expect((await received).toString()).toBe('one two three four');
    expect(counts).toEqual({ single: 1, batched: [3] });
  });

  it('leaves a socket without it writing each chunk on its own', async () => {
    const { port, received } = await receiver();
    const socket = new Socket();
    socket.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const counts = countSystemWrites(socket);

    socket.write('one ');
    socket.write('two');
    await new Promise((resolve) => setImmediate(resolve));
    socket.end();

    expect((await received).toString()).toBe('one two');
    expect(counts.batched).toEqual([]);
  });
});
