import { NotifyError, type SendOptions } from './types.ts';

export const DEFAULT_SEND_TIMEOUT_MS = 30_000;

/** Where a request went, without path or query: webhook URLs carry their secret there. */
export function describeUrl(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}

/** HTTP answers that may go through when sent again; any other 4xx will not. */
const retryableStatuses = new Set([408, 425, 429]);

/**
 * POSTs a JSON body. A 2xx answer is success; a timeout, a refused connection or a 5xx is a
 * retryable NotifyError; other answers are permanent. Messages name the host only.
 */
export async function postJson(url: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<void> {
  const host = describeUrl(url);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Tidemark', ...headers }, body, signal, redirect: 'error' });
  } catch (error) {
    const reason = timeout.aborted ? `no answer within ${Math.round((options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS) / 1000)} s` : networkReason(error);
    throw new NotifyError(`could not reach ${host}: ${reason}`, { retryable: true });
  }
  const text = await response.text().catch(() => '');
  if (response.ok) return;
  const detail = text.trim().replace(/\s+/g, ' ').slice(0, 200);
  throw new NotifyError(`${host} answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`, { retryable: response.status >= 500 || retryableStatuses.has(response.status) });
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
