/**
 * Remote URLs never carry credentials: the token has its own, sealed field. URLs stored by earlier
 * versions may still hold `user:password@`; these helpers keep that part out of everything shown.
 */
const userinfo = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i;
const userinfoAnywhere = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi;

/** An ssh:// URL's user (`ssh://git@host/…`) names the account, not a secret; with a password it is one. */
const sshUserOnly = /^ssh:\/\/[^/?#:@\s]+@/i;

export function hasCredentials(url: string): boolean {
  return userinfo.test(url) && !sshUserOnly.test(url);
}

/** The URL without its `user:password@` part (an ssh:// URL keeps a user without password). */
export function withoutCredentials(url: string): string {
  return sshUserOnly.test(url) ? url : url.replace(userinfo, '$1');
}

/** The password (or, without one, the user name) of a URL's `user:password@` part, decoded; null without one. */
export function credentialsPassword(url: string): string | null {
  try {
    const parsed = new URL(url);
    const secret = parsed.password || parsed.username;
    return secret ? decodeURIComponent(secret) : null;
  } catch {
    return null;
  }
}

/** Every URL inside any string of `value` (an audit row's details) without its credentials. */
export function redactUrlCredentials<T>(value: T): T {
  if (typeof value === 'string') return value.replace(userinfoAnywhere, '$1') as T;
  if (Array.isArray(value)) return value.map(redactUrlCredentials) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactUrlCredentials(inner)])) as T;
  }
  return value;
}
