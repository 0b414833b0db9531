import type { IncomingHttpHeaders } from 'node:http';
import { defaultLoginThrottle, type LoginThrottlePolicy } from '../db/auth/login-throttle.ts';
import { resolveCaller } from '../db/auth/resolve-caller.ts';
import type { Database } from '../db/client.ts';
import type { Ctx } from '../db/context.ts';
import { clientAddress, type TrustProxy } from '../infra/client-address.ts';
import type { Keyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import type { IntrospectionMode } from './limits.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { RunEventHub } from './runs/run-event-hub.ts';
import type { ChangeHub } from './changes/change-hub.ts';

export const SESSION_COOKIE = 'tidemark_session';

/** What every resolver gets, for HTTP requests and WebSocket operations alike. */
export interface GraphQLContext extends Ctx {
  loaders: Loaders;
  runEvents: RunEventHub;
  changes: ChangeHub;
  /** Set or clear the session cookie; a no-op over WebSocket. */
  setSessionCookie(token: string | null, expiresAt?: Date): void;
  /** Where the request comes from (X-Forwarded-For only through trusted proxies); null if unknown. */
  clientAddress: string | null;
  loginThrottle: LoginThrottlePolicy;
}

export interface ContextDeps {
  db: Database;
  runEvents: RunEventHub;
  changes: ChangeHub;
  keyring: Keyring;
  log: Logger;
  settings: {
    dataDir: string;
    secureCookies: boolean;
    trustProxy?: TrustProxy;
    loginThrottle?: LoginThrottlePolicy;
    repositoryRoots?: readonly string[];
    /** Who may introspect the schema (TIDEMARK_INTROSPECTION); signed-in callers unless set. */
    introspection?: IntrospectionMode;
  };
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0) cookies[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return cookies;
}

export function bearerToken(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match ? match[1] : null;
}

export function sessionCookie(token: string | null, expiresAt: Date | undefined, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (secure) attributes.push('Secure');
  if (token && expiresAt) attributes.push(`Expires=${expiresAt.toUTCString()}`);
  else attributes.push('Max-Age=0');
  return [`${SESSION_COOKIE}=${token ?? ''}`, ...attributes].join('; ');
}

/**
 * Builds the context from request headers (HTTP) or connection params (WebSocket).
 * A bearer token wins over the session cookie.
 */
export async function buildContext(
  deps: ContextDeps,
  source: { headers: IncomingHttpHeaders; connectionParams?: Record<string, unknown>; remoteAddress?: string },
  onSetCookie: (cookie: string) => void = () => {},
): Promise<GraphQLContext> {
  const fromParams = source.connectionParams?.authorization ?? source.connectionParams?.Authorization;
  const token = bearerToken(fromParams) ?? bearerToken(source.headers.authorization);
  const caller = await resolveCaller(deps.db, {
    bearerToken: token,
    sessionToken: parseCookies(source.headers.cookie)[SESSION_COOKIE],
  });
  const log = deps.log.child(caller.kind === 'user' ? { user: caller.username } : {});
  const ctx: Ctx = { db: deps.db, caller, keyring: deps.keyring, log, settings: { dataDir: deps.settings.dataDir, repositoryRoots: deps.settings.repositoryRoots } };
  return {
    ...ctx,
    loaders: createLoaders(ctx),
    runEvents: deps.runEvents,
    changes: deps.changes,
    setSessionCookie: (value, expiresAt) => onSetCookie(sessionCookie(value, expiresAt, deps.settings.secureCookies)),
    clientAddress: clientAddress({ headers: source.headers, remoteAddress: source.remoteAddress }, deps.settings.trustProxy ?? false),
    loginThrottle: deps.settings.loginThrottle ?? defaultLoginThrottle,
  };
}
