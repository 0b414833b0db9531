/**
 * HTTPS requests to a device's API. TLS is never accepted blindly: the device's certificate is
 * either verified (against the CAs of the device's `ca` option, or the system's CAs with
 * `systemCa`, name included) or pinned like an SSH host key (trust on first use; a different
 * certificate later fails with TLS_CERT_CHANGED until an operator accepts it). The pin is checked
 * once the handshake is done and before a request, and so before any API key, is sent.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import tls, { type TLSSocket } from 'node:tls';
import { z } from 'zod';
import { CollectionError, isCollectionError } from '../errors.ts';
import { resolveTimeouts } from '../runtime/engine.ts';
import type { CollectInput } from '../types.ts';
import { certificateFingerprint, certificatePin, isCertificatePin } from './pin.ts';

/** How a device's certificate is trusted; neither `ca` nor `systemCa`: pinned on first use. */
export const tlsTrustOptions = z
  .object({
    /** PEM certificates of the CAs that sign the device's certificate. */
    ca: z.string().regex(/-----BEGIN CERTIFICATE-----/, 'is not a PEM certificate').optional(),
    /** Verify against the system's CAs (a certificate from a public CA). */
    systemCa: z.boolean().optional(),
    /** The name the certificate must carry when the device's host is an address. */
    serverName: z.string().min(1).optional(),
  })
  .strict();
export type TlsTrust = z.infer<typeof tlsTrustOptions>;

export interface ApiRequest {
  method?: 'GET' | 'POST';
  /** Path and query, e.g. "/api/?type=export&category=configuration". */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ApiResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Larger answers are not a configuration: they would travel through the database as text. */
export const maximumBodyBytes = 256 * 1024 * 1024;

/** OpenSSL's and Node's codes for a certificate that does not verify or does not name the host. */
const untrustedCertificate = /CERT|ISSUER|SELF_SIGNED|LEAF_SIGNATURE|UNABLE_TO_VERIFY/;

const cancelled = () => new CollectionError('CANCELLED', 'the collection was cancelled');

function connectionError(error: NodeJS.ErrnoException, where: string, verifying: boolean): CollectionError {
  const code = error.code ?? '';
  if (verifying && untrustedCertificate.test(code)) {
    return new CollectionError(
      'TLS_UNTRUSTED',
      `the certificate of ${where} is not trusted (${code}: ${error.message}); give the CA that signed it in the device's ca option, or leave ca and systemCa out to pin the certificate on first use`,
      { cause: error },
    );
  }
  if (code === 'ETIMEDOUT') return new CollectionError('TIMEOUT', `connecting to ${where} timed out`, { cause: error });
  return new CollectionError('UNREACHABLE', `cannot reach ${where}: ${code ? `${code} ` : ''}${error.message}`, { cause: error });
}

/** What an HTTP status says about the collection. */
export function statusError(response: ApiResponse, request: ApiRequest): CollectionError | null {
  if (response.status >= 200 && response.status < 300) return null;
  const said = response.body.replace(/\s+/g, ' ').trim().slice(0, 200);
  const what = `${request.method ?? 'GET'} ${request.path.split('?')[0]} answered HTTP ${response.status}${said ? `: ${said}` : ''}`;
  if (response.status === 401 || response.status === 403) return new CollectionError('AUTH_FAILED', `${what} (API key rejected)`);
  return new CollectionError('COMMAND_FAILED', what);
}

/** One device's API: each request opens its own TLS connection and checks the certificate again. */
export class HttpsApiClient {
  /** The pin of the certificate the device presented, once a connection was made. */
  presentedPin: string | null = null;

  constructor(
    private readonly input: CollectInput,
    private readonly trust: TlsTrust,
  ) {}

  private get verifying(): boolean {
    return Boolean(this.trust.ca) || this.trust.systemCa === true;
  }

  private get where(): string {
    const { host, port } = this.input.device;
    return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
  }

  /** Sends the request and reads the whole answer; a status other than 2xx rejects. */
  async request(request: ApiRequest): Promise<ApiResponse> {
    const socket = await this.connect();
    try {
      const response = await this.exchange(socket, request);
      const failure = statusError(response, request);
      if (failure) throw failure;
      return response;
    } finally {
      socket.destroy();
    }
  }

  private connect(): Promise<TLSSocket> {
    const { device, signal } = this.input;
    const { connectMs } = resolveTimeouts(this.input);
    const verifying = this.verifying;
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(cancelled());
      const socket = tls.connect({
        host: device.host,
        port: device.port,
        servername: this.trust.serverName ?? (isIP(device.host) ? undefined : device.host),
        rejectUnauthorized: verifying,
        ca: this.trust.ca,
        ALPNProtocols: ['http/1.1'],
      });
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        socket.off('error', onError);
      };
      const fail = (error: CollectionError) => {
        settle();
        socket.destroy();
        reject(error);
      };
      const onAbort = () => fail(cancelled());
      const onError = (error: NodeJS.ErrnoException) => fail(connectionError(error, this.where, verifying));
      const timer = setTimeout(() => fail(new CollectionError('TIMEOUT', `no TLS session with ${this.where} within ${connectMs} ms`)), connectMs);
      signal.addEventListener('abort', onAbort, { once: true });
      socket.on('error', onError);
      socket.once('secureConnect', () => {
        const pin = certificatePin(socket.getPeerCertificate().raw);
        this.presentedPin = pin;
        const known = device.knownHostKey;
        if (!verifying && known && known !== pin) {
          const fingerprint = certificateFingerprint(pin);
          const trusted = isCertificatePin(known) ? 'the trusted one' : 'the SSH host key trusted before';
          return fail(
            new CollectionError('TLS_CERT_CHANGED', `${this.where} presented a TLS certificate other than ${trusted}: ${fingerprint}. Accept it on the device page if the change is expected`, {
              presentedHostKey: { key: pin, fingerprint },
            }),
          );
        }
        settle();
        resolve(socket);
      });
    });
  }

  private exchange(socket: TLSSocket, request: ApiRequest): Promise<ApiResponse> {
    const { signal } = this.input;
    const { commandMs } = resolveTimeouts(this.input);
    const what = `${request.method ?? 'GET'} ${request.path.split('?')[0]}`;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (error: CollectionError | null, response?: ApiResponse) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        socket.setTimeout(0);
        if (error) {
          outgoing.destroy();
          reject(error);
        } else resolve(response!);
      };
      const onAbort = () => finish(cancelled());
      const outgoing = http.request({
        createConnection: () => socket,
        host: this.input.device.host,
        port: this.input.device.port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: { accept: '*/*', 'user-agent': 'Tidemark', ...request.headers },
      });
      if (signal.aborted) return finish(cancelled());
      signal.addEventListener('abort', onAbort, { once: true });
      socket.setTimeout(commandMs, () => finish(new CollectionError('TIMEOUT', `${what} stalled: no answer after ${commandMs} ms of silence`)));
      outgoing.on('error', (error) =>
        finish(isCollectionError(error) ? error : new CollectionError('OUTPUT_INVALID', `${what} failed: ${error.message}`, { cause: error })),
      );
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maximumBodyBytes) finish(new CollectionError('OUTPUT_INVALID', `${what} answered more than ${maximumBodyBytes} bytes`));
          else chunks.push(chunk);
        });
        response.on('error', (error) => finish(new CollectionError('OUTPUT_INVALID', `${what} answer cut short: ${error.message}`, { cause: error })));
        response.on('end', () => {
          if (!response.complete) return finish(new CollectionError('OUTPUT_INVALID', `${what} answer cut short`));
          finish(null, { status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      outgoing.end(request.body);
    });
  }
}
