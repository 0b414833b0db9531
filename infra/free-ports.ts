/**
 * Free ports for a server that is told its port before it listens (a child process, sshd, a lab).
 * A port the system picked (`listen(0)`) and let go may be taken again at once by any outgoing
 * connection, which the system draws from the same ephemeral range; a port below that range is
 * taken only by a listener that asks for it.
 */
import fs from 'node:fs';
import { createServer, type Server } from 'node:net';

export interface PortRange {
  from: number;
  /** Inclusive. */
  to: number;
}

const linuxDefaultEphemeral: PortRange = { from: 32_768, to: 60_999 };
/** Below this are the well-known ports and those of the usual development servers. */
const LOWEST_FIXED_PORT = 10_000;

/** The system's ephemeral port range (`/proc/sys/net/ipv4/ip_local_port_range`). */
export function ephemeralPortRange(): PortRange {
  try {
    const [from, to] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return Number.isInteger(from) && Number.isInteger(to) && from <= to ? { from, to } : linuxDefaultEphemeral;
  } catch {
    return linuxDefaultEphemeral;
  }
}

const listening = (port: number, host: string) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => resolve(server));
  });

/** Whether a server could listen on `port` of `host` now. */
export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  try {
    const server = await listening(port, host);
    await new Promise((resolve) => server.close(resolve));
    return true;
  } catch {
    return false;
  }
}

/**
 * The first of `count` consecutive ports free on `host` below the ephemeral range, from a random
 * start so that servers started alongside rarely look at the same ports.
 */
export async function freePortsBelowEphemeral(count = 1, host = '127.0.0.1'): Promise<number> {
  const below = ephemeralPortRange().from;
  const span = below - LOWEST_FIXED_PORT - count;
  if (span <= 0) throw new Error(`no room for ${count} ports between ${LOWEST_FIXED_PORT} and the ephemeral range at ${below}`);
  const start = LOWEST_FIXED_PORT + Math.floor(Math.random() * span);
  for (let tried = 0; tried < span; tried += count) {
    const base = LOWEST_FIXED_PORT + ((start - LOWEST_FIXED_PORT + tried) % span);
    const held: Server[] = [];
    try {
      for (let port = base; port < base + count; port++) held.push(await listening(port, host));
      return base;
    } catch {
      continue;
    } finally {
      await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
    }
  }
  throw new Error(`no ${count} consecutive free ports on ${host} between ${LOWEST_FIXED_PORT} and ${below}`);
}
