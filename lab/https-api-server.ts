/**
 * Lab devices that answer an HTTPS API: PAN-OS's XML API export, OPNsense's backup download and
 * FortiOS's REST configuration backup, each on 127.0.0.1 with a certificate issued at start by a
 * lab CA. The API key is checked like the device would; the certificate can be replaced (a
 * renewal, or another server on the device's address) to exercise pinning.
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { projectRoot } from '../infra/project-root.ts';
import { certificatePin } from '../plugins/https-api/pin.ts';
import { fixturesDir } from './persona.ts';
import { fetchVariables, renderTemplate } from './template.ts';

export const httpsApiLabMethods = ['paloalto-panos-api', 'opnsense-api', 'fortinet-fortios-api'] as const;
export type HttpsApiLabMethod = (typeof httpsApiLabMethods)[number];

export interface HttpsApiLabCa {
  /** PEM, to give a device as its `ca` option. */
  cert: string;
  key: string;
}

export interface HttpsApiLabDevice {
  name: string;
  host: '127.0.0.1';
  port: number;
  platform: string;
  backupMethod: HttpsApiLabMethod;
  /** What the credential set's API key must hold (OPNsense: "key:secret"). */
  apiKey: string;
  /** The CA that issued the device's certificate. */
  ca: HttpsApiLabCa;
  /** "tls-sha256:<hex>" of the certificate served now. */
  certificatePin(): string;
  /** Serves a new certificate from now on, issued by `ca` or, when given, another CA. */
  rotateCertificate(ca?: HttpsApiLabCa): Promise<void>;
  /** Configuration downloads answered so far. */
  fetches(): number;
  /** Requests turned away for a wrong or missing API key. */
  refused(): number;
  close(): Promise<void>;
}

export interface HttpsApiLabDeviceOptions {
  backupMethod: HttpsApiLabMethod;
  name?: string;
  index?: number;
  apiKey?: string;
  /** The CA to issue the certificate; a fresh one otherwise. */
  ca?: HttpsApiLabCa;
  /** A new configuration revision every this many downloads. */
  changeEvery?: number;
}

interface Api {
  platform: string;
  template: string;
  defaultKey: string;
  /** The configuration, an answer for a wrong key, or null for a path the device does not serve. */
  answer(request: IncomingMessage, url: URL, apiKey: string): 'config' | 'refused' | null;
  contentType: string;
  refusal: { status: number; body: string };
}

const bearer = (request: IncomingMessage) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
const basic = (request: IncomingMessage) => {
  const encoded = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
};

const apis: Record<HttpsApiLabMethod, Api> = {
  'paloalto-panos-api': {
    platform: 'paloalto-panos',
    template: join(fixturesDir('paloalto-panos'), 'running-config.tpl'),
    defaultKey: 'LUFRPT1LabPanosApiKey0123456789abcdefghij=',
    contentType: 'application/xml; charset=UTF-8',
    // PAN-OS answers a wrong key with HTTP 403 and an XML error.
    refusal: { status: 403, body: `<response status = 'error' code = '403'><result><msg>Invalid Credential</msg></result></response>` },
    answer(request, url, apiKey) {
      if (url.pathname !== '/api/' || url.searchParams.get('type') !== 'export' || url.searchParams.get('category') !== 'configuration') return null;
      const given = request.headers['x-pan-key'] ?? url.searchParams.get('key');
      return given === apiKey ? 'config' : 'refused';
    },
  },
  'opnsense-api': {
    platform: 'opnsense',
    template: join(projectRoot, 'lab', 'https-api-fixtures', 'opnsense-config.xml.tpl'),
    defaultKey: 'LabOpnKey4f2a9c1e7b:LabOpnSecret8d3e6b0a5c',
    contentType: 'application/octet-stream',
    refusal: { status: 401, body: '{"status":401,"message":"Authentication Failed"}' },
    answer(request, url, apiKey) {
      if (url.pathname !== '/api/core/backup/download/this') return null;
      return basic(request) === apiKey ? 'config' : 'refused';
    },
  },
  'fortinet-fortios-api': {
    platform: 'fortinet-fortios',
    template: join(fixturesDir('fortinet-fortios'), 'configuration.tpl'),
    defaultKey: 'LabFortiToken8qk3Hn5gwbN0fs1xz7Gd9cQmRy',
    contentType: 'application/octet-stream',
    refusal: { status: 401, body: '' },
    answer(request, url, apiKey) {
      if (url.pathname !== '/api/v2/monitor/system/config/backup' || url.searchParams.get('scope') !== 'global') return null;
      return bearer(request) === apiKey ? 'config' : 'refused';
    },
  },
};

/** A CA for lab certificates; devices that share one can be verified with its certificate. */
export async function createLabCa(name = 'Tidemark lab CA'): Promise<HttpsApiLabCa> {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

async function issueCertificate(ca: HttpsApiLabCa, name: string): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }, { type: 2, value: name }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

function pinOf(pem: string): string {
  const base64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return certificatePin(Buffer.from(base64, 'base64'));
}

export async function startHttpsApiDevice(options: HttpsApiLabDeviceOptions): Promise<HttpsApiLabDevice> {
  const api = apis[options.backupMethod];
  const index = options.index ?? 1;
  const name = options.name ?? `${options.backupMethod}-${String(index).padStart(3, '0')}`;
  const apiKey = options.apiKey ?? api.defaultKey;
  const changeEvery = options.changeEvery ?? 5;
  const template = readFileSync(api.template, 'utf8');
  const ca = options.ca ?? (await createLabCa());
  let certificate = await issueCertificate(ca, name);
  let fetches = 0;
  let refused = 0;

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'https://device');
    const answer = request.method === 'GET' ? api.answer(request, url, apiKey) : null;
    if (answer === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    if (answer === 'refused') {
      refused++;
      response.writeHead(api.refusal.status, { 'content-type': 'text/plain' }).end(api.refusal.body);
      return;
    }
    fetches++;
    const config = renderTemplate(template, fetchVariables({ name, index }, { fetch: fetches, session: fetches - 1 }, changeEvery));
    response.writeHead(200, { 'content-type': api.contentType, 'content-disposition': 'attachment; filename=config.xml' }).end(config);
  };

  const server = https.createServer({ cert: certificate.cert, key: certificate.key }, handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    name,
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    platform: api.platform,
    backupMethod: options.backupMethod,
    apiKey,
    ca,
    certificatePin: () => pinOf(certificate.cert),
    async rotateCertificate(issuer = ca) {
      certificate = await issueCertificate(issuer, name);
      server.setSecureContext({ cert: certificate.cert, key: certificate.key });
    },
    fetches: () => fetches,
    refused: () => refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
