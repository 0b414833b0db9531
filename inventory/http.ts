/**
 * The HTTP side shared by the NetBox and Nautobot clients: one keep-alive agent per client with
 * the connection's TLS settings, JSON requests with a timeout, transport errors turned into
 * InventoryError codes, and retries with exponential backoff for what may pass on its own.
 */
import http from 'node:http';
import https from 'node:https';
import { InventoryError, type InventoryConnection } from './types.ts';

export interface InventoryClientOptions {
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Wait before the second attempt; doubles for each further one. */
  retryDelayMs?: number;
  /** Longest wait for a response to start and between its chunks. */
  timeoutMs?: number;
  /** Devices per bulk PATCH. */
  writeBatchSize?: number;
}

export const clientDefaults: Required<InventoryClientOptions> = {
  attempts: 3,
  retryDelayMs: 500,
  timeoutMs: 60_000,
  writeBatchSize: 100,
};

export interface JsonResponse {
  status: number;
  body: unknown;
}

export interface InventoryHttp {
  readonly baseUrl: URL;
  /** Sends one request; throws InventoryError for transport failures and unusable answers. */
  send(method: 'GET' | 'POST' | 'PATCH', url: URL, body?: unknown, signal?: AbortSignal): Promise<JsonResponse>;
  /** `send` with retries for unreachable servers, timeouts, HTTP 429 and 5xx. */
  sendWithRetries(method: 'GET' | 'POST' | 'PATCH', url: URL, body?: unknown, signal?: AbortSignal): Promise<JsonResponse>;
}

const tlsCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

/** Parses the configured URL: http(s) only, no credentials in it, always ending in a slash. */
export function parseBaseUrl(value: string, product: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InventoryError('INVENTORY_UNREACHABLE', `${product} URL "${value}" is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InventoryError('INVENTORY_UNREACHABLE', `${product} URL must start with https:// or http://`);
  }
  if (url.username || url.password) {
    throw new InventoryError('INVENTORY_UNREACHABLE', `${product} URL must not carry a user name or password; use the API token`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** `api/dcim/devices/` below the base URL (which may itself have a path, e.g. https://host/nautobot/). */
export function apiUrl(baseUrl: URL, path: string, query: [string, string][] = []): URL {
  const url = new URL(path, baseUrl);
  for (const [key, value] of query) url.searchParams.append(key, value);
  return url;
}

/** The message an API put in its error body (`{"detail": …}`), else the start of the body. */
export function describeBody(body: unknown): string {
  if (body && typeof body === 'object' && !Array.isArray(body) && 'detail' in body) return String((body as { detail: unknown }).detail);
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

class RetryableError extends InventoryError {}

export function createInventoryHttp(
  connection: InventoryConnection,
  product: string,
  authorization: string,
  options: Required<InventoryClientOptions>,
): InventoryHttp {
  const baseUrl = parseBaseUrl(connection.url, product);
  const secure = baseUrl.protocol === 'https:';
  const agent = secure
    ? new https.Agent({
        keepAlive: true,
        maxSockets: 4,
        rejectUnauthorized: connection.verifyTls,
        ...(connection.caBundle ? { ca: connection.caBundle } : {}),
      })
    : new http.Agent({ keepAlive: true, maxSockets: 4 });
  const origin = baseUrl.origin;

  function send(method: 'GET' | 'POST' | 'PATCH', url: URL, body?: unknown, signal?: AbortSignal): Promise<JsonResponse> {
    if (url.origin !== origin) {
      return Promise.reject(new InventoryError('INVENTORY_BAD_RESPONSE', `${product} pointed to ${url.origin}, outside ${origin}`));
    }
    signal?.throwIfAborted();
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise<JsonResponse>((resolve, reject) => {
      const request = (secure ? https : http).request(
        url,
        {
          method,
          agent,
          signal,
          headers: {
            Accept: 'application/json',
            Authorization: authorization,
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => reject(transportError(error)));
          response.on('aborted', () => reject(new RetryableError('INVENTORY_UNREACHABLE', `${product} closed the connection mid-answer (${method} ${url.pathname})`)));
          response.on('end', () => {
            if (!response.complete) {
              return reject(new RetryableError('INVENTORY_UNREACHABLE', `${product} closed the connection mid-answer (${method} ${url.pathname})`));
            }
            const status = response.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            const isJson = /json/i.test(response.headers['content-type'] ?? '');
            if (isJson && text) {
              try {
                parsed = JSON.parse(text);
              } catch {
                if (status < 400) return reject(new InventoryError('INVENTORY_BAD_RESPONSE', `${product} sent invalid JSON for ${method} ${url.pathname}`));
              }
            }
            if (status === 401 || status === 403) {
              return reject(new InventoryError('INVENTORY_TOKEN_REJECTED', `${product} refused the API token (HTTP ${status}: ${describeBody(parsed)})`));
            }
            if (status === 429 || status >= 500) {
              return reject(new RetryableError('INVENTORY_UNREACHABLE', `${product} answered HTTP ${status} for ${method} ${url.pathname}: ${describeBody(parsed)}`));
            }
            if (status === 404) {
              return reject(new InventoryError('INVENTORY_BAD_RESPONSE', `${product} has no ${url.pathname} (HTTP 404): is ${origin}${baseUrl.pathname} the ${product} URL?`));
            }
            if (status < 400 && !isJson) {
              return reject(new InventoryError('INVENTORY_BAD_RESPONSE', `${product} answered ${method} ${url.pathname} with ${response.headers['content-type'] ?? 'no content type'}, not JSON: is this the ${product} URL?`));
            }
            resolve({ status, body: parsed });
          });
        },
      );
      request.setTimeout(options.timeoutMs, () => {
        request.destroy(new RetryableError('INVENTORY_UNREACHABLE', `${product} did not answer ${method} ${url.pathname} within ${options.timeoutMs / 1000} s`));
      });
      request.on('error', (error) => reject(signal?.aborted ? signal.reason : transportError(error)));
      request.end(payload);
    });
  }

  function transportError(error: Error & { code?: string }): InventoryError {
    if (error instanceof InventoryError) return error;
    const code = error.code ?? '';
    if (tlsCodes.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
      return new InventoryError('INVENTORY_TLS', `TLS to ${origin} failed: ${error.message} (${code}); give the CA bundle that signed its certificate, or turn verification off`);
    }
    return new RetryableError('INVENTORY_UNREACHABLE', `${product} at ${origin} is unreachable: ${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}`);
  }

  async function sendWithRetries(method: 'GET' | 'POST' | 'PATCH', url: URL, body?: unknown, signal?: AbortSignal): Promise<JsonResponse> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(method, url, body, signal);
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt >= options.attempts || signal?.aborted) {
          if (error instanceof RetryableError) throw new InventoryError(error.code, `${error.message} (after ${attempt} attempts)`);
          throw error;
        }
        await sleep(options.retryDelayMs * 2 ** (attempt - 1), signal);
      }
    }
  }

  return { baseUrl, send, sendWithRetries };
}
