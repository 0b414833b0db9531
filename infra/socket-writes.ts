import type { Socket } from 'node:net';

/**
 * Sends what a socket is given to write in one turn of the event loop in one system call.
 * ssh2 writes every SSH packet on its own, so a login and a few commands take some twenty
 * writes on each end; corked until the turn ends, those of one turn leave together (writev).
 * Nothing waits longer than the turn that wrote it. Call it once the socket is connecting:
 * `connect()` puts the socket's own `write` back.
 */
export function coalesceWrites(socket: Socket): Socket {
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: Socket, ...args: unknown[]) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as Socket['write'];
  return socket;
}
