/**
 * What the fake NetBox and Nautobot servers share: an HTTPS server on 127.0.0.1 with a
 * certificate made at start, faults on demand, a request log, and the seeded inventory (devices
 * spread over regions, sites and locations, with realistic platforms, some without a primary IP
 * and some with a platform Tidemark has no backup method for).
 */
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';

/** One device as a fake inventory holds it; each fake renders it in its product's shape. */
export interface FakeInventoryDevice {
  name: string;
  /** With prefix length, e.g. 10.1.2.3/24; null: no primary IPv4. */
  primaryIp4: string | null;
  primaryIp6: string | null;
  /** Platform slug / network driver, e.g. cisco_ios; null: no platform. */
  platform: string | null;
  /** Region chain from the root, e.g. ['Europe', 'Germany']. */
  region: string[];
  site: string;
  /** Locations inside the site from the outermost, e.g. ['Building A', 'Floor 2']. */
  location: string[];
  role: string;
  /** NetBox status value: active, planned, staged, failed, offline, inventory, decommissioning. */
  status: string;
  tenant: string | null;
  tags: string[];
  customFields: Record<string, unknown>;
  /** The device type's model; both products require a device type. */
  model: string;
}

export type FakeDeviceInput = Partial<FakeInventoryDevice> & { name: string };

export interface CustomFieldDefinition {
  name: string;
  type: 'text' | 'integer' | 'boolean' | 'date' | 'datetime';
}

export const defaultCustomFields: CustomFieldDefinition[] = [
  { name: 'last_backup', type: 'date' },
  { name: 'last_backup_at', type: 'datetime' },
  { name: 'ssh_port', type: 'integer' },
  { name: 'credential_set', type: 'text' },
  { name: 'site_code', type: 'text' },
];

/** Platform slugs and their share of a seeded inventory; the last two have no Tidemark platform. */
const platformMix: [slug: string, name: string, weight: number][] = [
  ['cisco_ios', 'Cisco IOS', 30],
  ['cisco_nxos', 'Cisco NX-OS', 14],
  ['arista_eos', 'Arista EOS', 14],
  ['juniper_junos', 'Juniper Junos', 14],
  ['cisco_xr', 'Cisco IOS XR', 5],
  ['cisco_asa', 'Cisco ASA', 4],
  ['paloalto_panos', 'Palo Alto PAN-OS', 4],
  ['fortinet', 'Fortinet FortiOS', 4],
  ['aruba_aoscx', 'Aruba AOS-CX', 3],
  ['dell_os10', 'Dell OS10', 2],
  ['mikrotik_routeros', 'MikroTik RouterOS', 2],
  ['ericsson_ipos', 'Ericsson IPOS', 2],
  ['watchguard_fireware', 'WatchGuard Fireware', 2],
];

export const platformNames: Record<string, string> = Object.fromEntries(platformMix.map(([slug, name]) => [slug, name]));

/** A device type model of each platform, as the vendors name their hardware. */
const platformModels: Record<string, string> = {
  cisco_ios: 'C9300-48P',
  cisco_nxos: 'N9K-C93180YC-FX',
  arista_eos: 'DCS-7050SX3-48YC8',
  juniper_junos: 'MX204',
  cisco_xr: 'ASR-9001',
  cisco_asa: 'ASA5516-X',
  paloalto_panos: 'PA-3220',
  fortinet: 'FG-100F',
  aruba_aoscx: 'JL658A',
  dell_os10: 'S5248F-ON',
  mikrotik_routeros: 'CCR2004-16G-2S+',
  ericsson_ipos: 'SSR 8010',
  watchguard_fireware: 'Firebox M590',
};

const geography: { region: string[]; site: string; code: string }[] = [
  { region: ['Europe', 'Germany'], site: 'Berlin DC1', code: 'ber1' },
  { region: ['Europe', 'Germany'], site: 'Frankfurt DC2', code: 'fra2' },
  { region: ['Europe', 'France'], site: 'Paris DC1', code: 'par1' },
  { region: ['North America', 'United States'], site: 'New York DC1', code: 'nyc1' },
  { region: ['North America', 'United States'], site: 'San Jose DC1', code: 'sjc1' },
  { region: ['Asia Pacific', 'Singapore'], site: 'Singapore DC1', code: 'sin1' },
];
const buildings = [['Building A', 'Floor 1'], ['Building A', 'Floor 2'], ['Building B'], []];
const roles: [string, string][] = [['core', 'core-router'], ['distribution', 'dist-switch'], ['access', 'access-switch'], ['firewall', 'firewall'], ['edge', 'edge-router']];
const tenants = [null, 'Operations', 'Retail', 'Finance'];

/** Deterministic: the same count gives the same inventory. */
export function seedInventory(count: number): FakeInventoryDevice[] {
  const totalWeight = platformMix.reduce((sum, [, , weight]) => sum + weight, 0);
  const devices: FakeInventoryDevice[] = [];
  for (let i = 0; i < count; i++) {
    const place = geography[i % geography.length];
    const [role, prefix] = roles[Math.floor(i / geography.length) % roles.length];
    let pick = (i * 7919) % totalWeight;
    const [platform] = platformMix.find(([, , weight]) => (pick -= weight) < 0) ?? platformMix[0];
    const number = String(i + 1).padStart(5, '0');
    const withoutIp = i % 37 === 5;
    devices.push({
      name: `${place.code}-${prefix}-${number}`,
      primaryIp4: withoutIp ? null : `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}/24`,
      primaryIp6: i % 11 === 0 && !withoutIp ? `2001:db8::${(i + 1).toString(16)}/64` : null,
      platform: i % 53 === 7 ? null : platform,
      region: place.region,
      site: place.site,
      location: buildings[i % buildings.length],
      role,
      status: i % 29 === 3 ? 'planned' : i % 31 === 4 ? 'offline' : 'active',
      tenant: tenants[i % tenants.length],
      tags: [...(i % 3 === 0 ? ['backup'] : []), ...(i % 5 === 0 ? ['pci'] : [])],
      customFields: { site_code: place.code.toUpperCase(), ...(i % 4 === 0 ? { ssh_port: 22 } : {}) },
      model: (i % 53 === 7 ? undefined : platformModels[platform]) ?? 'Generic',
    });
  }
  return devices;
}

export function completeDevice(input: FakeDeviceInput): FakeInventoryDevice {
  return {
    primaryIp4: null,
    primaryIp6: null,
    platform: null,
    region: [],
    site: 'Lab',
    location: [],
    role: 'access',
    status: 'active',
    tenant: null,
    tags: [],
    customFields: {},
    model: 'Generic',
    ...input,
  };
}

export function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Returns the validated value or the product's message for a bad one. */
export function validateCustomFieldValue(definition: CustomFieldDefinition, value: unknown, messages: { date: string; datetime: string }): { value: unknown } | { error: string } {
  if (value === null) return { value };
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' ? { value } : { error: 'Value must be a string.' };
    case 'integer':
      return Number.isInteger(value) ? { value } : { error: 'Value must be an integer.' };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: 'Value must be true or false.' };
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? { value } : { error: messages.date };
    case 'datetime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')))
        ? { value }
        : { error: messages.datetime };
  }
}

export type Fault =
  /** Answer HTTP `status` with the product's error page. */
  | { kind: 'status'; status: 500 | 502 | 503 | 504; count: number; skip?: number; path?: string }
  /** Close the connection without an answer. */
  | { kind: 'drop'; count: number; skip?: number; path?: string }
  /** Send the headers and half the body, then close the connection. */
  | { kind: 'truncate'; count: number; skip?: number; path?: string }
  /** Wait `delayMs` before answering. */
  | { kind: 'slow'; delayMs: number; count: number; skip?: number; path?: string };

export interface FakeServerControls {
  /** Queue a fault: after `skip` matching requests (default 0), the next `count` (Infinity: all) fail so. `path` limits it to paths starting with it. */
  inject(fault: Fault): void;
  clearFaults(): void;
  /** Every request so far, in order. */
  requests(): { method: string; path: string; query: URLSearchParams }[];
}

export interface FakeHttpsServer extends FakeServerControls {
  url: string;
  /** The server's self-signed certificate: what a client gives as its CA bundle. */
  caPem: string;
  stop(): Promise<void>;
}

export type FakeHandler = (request: IncomingMessage, url: URL, body: unknown) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>;

export async function generateCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** An HTTPS server on 127.0.0.1 (port 0 unless given) that answers JSON from `handler`, after any queued fault. */
export async function startFakeHttpsServer(handler: FakeHandler, options: { port?: number; errorPage: (status: number) => string }): Promise<FakeHttpsServer> {
  const { key, cert } = await generateCertificate();
  const sockets = new Set<Socket>();
  const log: { method: string; path: string; query: URLSearchParams }[] = [];
  const faults: (Fault & { seen: number; used: number })[] = [];

  const takeFault = (path: string): Fault | undefined => {
    for (const fault of faults) {
      if (fault.path && !path.startsWith(fault.path)) continue;
      if (fault.seen < (fault.skip ?? 0)) {
        fault.seen++;
        continue;
      }
      if (fault.used >= fault.count) continue;
      fault.used++;
      return fault;
    }
    return undefined;
  };

  const server = https.createServer({ key, cert }, (request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { detail: error instanceof Error ? error.message : String(error) });
      else response.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => undefined);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? '127.0.0.1'}`);
    log.push({ method: request.method ?? 'GET', path: url.pathname, query: url.searchParams });
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const fault = takeFault(url.pathname);
    if (fault?.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.kind === 'status') {
      response.writeHead(fault.status, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(options.errorPage(fault.status));
      return;
    }
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        sendJson(response, 400, { detail: `JSON parse error - ${(error as Error).message}` });
        return;
      }
    }
    const answer = await handler(request, url, body);
    if (fault?.kind === 'truncate') {
      const payload = Buffer.from(JSON.stringify(answer.body));
      response.writeHead(answer.status, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
      response.write(payload.subarray(0, Math.floor(payload.length / 2)), () => request.socket.destroy());
      return;
    }
    sendJson(response, answer.status, answer.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `https://127.0.0.1:${port}/`,
    caPem: cert,
    inject(fault) {
      faults.push({ ...fault, seen: 0, used: 0 });
    },
    clearFaults() {
      faults.length = 0;
    },
    requests: () => [...log],
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body));
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': payload.length, Vary: 'Accept' });
  response.end(payload);
}
