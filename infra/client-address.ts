/**
 * The address a request comes from, for login throttling and logs. X-Forwarded-For is anyone's
 * to write, so it is read only through proxies the operator trusts (TIDEMARK_TRUST_PROXY):
 * walking back from the socket, each trusted proxy's entry is skipped, and the first address not
 * trusted is the client.
 */
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';

/**
 * false: the socket's address, X-Forwarded-For ignored. A number: that many proxies in front,
 * whatever their addresses. A list: the proxies' addresses or CIDRs, or `loopback`,
 * `linklocal`, `uniquelocal`.
 */
export type TrustProxy = false | number | string[];

/** TIDEMARK_TRUST_PROXY as written: unset or `false`, `true` (one proxy), a hop count, or a comma-separated list. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  proxyaddr.compile(list); // throws on an entry that is neither an address, a CIDR nor a known name
  return list;
}

export interface RequestOrigin {
  headers: Record<string, string | string[] | undefined>;
  remoteAddress: string | undefined;
}

/** The client's address, or null when the socket has none (closed already). */
export function clientAddress(request: RequestOrigin, trust: TrustProxy): string | null {
  if (!request.remoteAddress) return null;
  if (trust === false) return request.remoteAddress;
  const forwardedFor = request.headers['x-forwarded-for'];
  const req = {
    headers: { 'x-forwarded-for': Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor },
    socket: { remoteAddress: request.remoteAddress },
  };
  const hops = trust;
  const trusted = typeof hops === 'number' ? (_address: string, index: number) => index < hops : proxyaddr.compile(hops);
  const address = proxyaddr(req as unknown as Parameters<typeof proxyaddr>[0], trusted);
  // A trusted proxy writes addresses; anything else in the header is not one to count by.
  return isIP(address) ? address : request.remoteAddress;
}
