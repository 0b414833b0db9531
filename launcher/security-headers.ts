/**
 * Security headers on every response of the web server, pages and API alike.
 *
 * Pages get a Content-Security-Policy with a fresh script nonce per request: Next.js reads the
 * nonce from the request's own `content-security-policy` header and puts it on every script it
 * renders (the pages are rendered per request for that, see app/layout.tsx); scripts those load
 * are trusted through 'strict-dynamic'. Styles allow 'unsafe-inline' because server-rendered
 * React writes `style="…"` attributes (progress bars, charts), which no nonce can cover.
 * The API never serves anything a browser should run or embed, so it gets a policy of 'none'.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const fixedHeaders: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** A Host header that can go into a policy as is: a name or address, an optional port. */
const plainHost = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The page policy; `host` (the request's Host) adds its ws:/wss: origins for subscriptions. */
export function pagePolicy(nonce: string, host: string | undefined): string {
  const sockets = host && plainHost.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Sets the headers on `res` before anything is written. For a page, the policy is also put on
 * the request, which is where Next.js looks for the nonce.
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, kind: 'api' | 'page'): void {
  for (const [name, value] of Object.entries(fixedHeaders)) res.setHeader(name, value);
  if (kind === 'api') {
    res.setHeader('Content-Security-Policy', apiPolicy);
    return;
  }
  const policy = pagePolicy(randomBytes(16).toString('base64'), req.headers.host);
  req.headers['content-security-policy'] = policy;
  delete req.headers['content-security-policy-report-only'];
  res.setHeader('Content-Security-Policy', policy);
}
