/**
 * How the git backend talks to its remote: isomorphic-git over smart HTTP, with the token as
 * basic auth and an HTTP agent of our own for each exchange; SSH remotes (`ssh://user@host[:port]/path`
 * and scp-like `user@host:path`) go through the system git (git-ssh.ts).
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { AuthCallback } from 'isomorphic-git';
import nodeHttp, { type HttpClient } from 'isomorphic-git/http/node';
import { isSshRemote } from './ssh-remote-url.ts';

export { isSshRemote, parseSshRemote, type SshRemote } from './ssh-remote-url.ts';

/** GitHub needs this name for app tokens; GitLab and Gitea take any name with a token as password. */
export const tokenUsername = 'x-access-token';

export interface RemoteSession {
  http: HttpClient;
  onAuth: AuthCallback | undefined;
  /** For requests made without isomorphic-git (a streamed push). */
  agent: HttpAgent;
  /** The basic auth header for those requests: the token, or the URL's user and password; null without either. */
  authorization: string | null;
  /** Closes the kept-alive sockets, so nothing lingers after a push or fetch. */
  close(): void;
}

/**
 * Node's global agent closes sockets idle for 5 s, which breaks a push whose server takes longer
 * than that to answer (receiving a large pack); this agent keeps connections alive without that
 * timeout and is destroyed when the exchange is over.
 */
export function openRemoteSession(url: string, token: string | null): RemoteSession {
  const agent = url.startsWith('https:') ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  return {
    http: { request: (request) => nodeHttp.request({ ...request, agent }) },
    onAuth: token ? () => ({ username: tokenUsername, password: token }) : undefined,
    agent,
    authorization: basicAuthorization(url, token),
    close: () => agent.destroy(),
  };
}

function basicAuthorization(url: string, token: string | null): string | null {
  let user = tokenUsername;
  let password = token;
  if (password === null) {
    try {
      const parsed = new URL(url);
      if (!parsed.username && !parsed.password) return null;
      user = decodeURIComponent(parsed.username);
      password = decodeURIComponent(parsed.password);
    } catch {
      return null;
    }
  }
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** The remote URL without any user:password part, for messages and logs; an SSH URL's user is no secret and stays. */
export function displayUrl(url: string): string {
  if (isSshRemote(url)) return url;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(invalid remote URL)';
  }
}

export function checkRemoteUrl(url: string): void {
  if (!/^https?:\/\//i.test(url) && !isSshRemote(url)) {
    throw new Error(`Remote ${displayUrl(url)} is not supported: use http(s)://, ssh://user@host[:port]/path or user@host:path`);
  }
}

interface IsomorphicGitError {
  code?: string;
  message?: string;
  data?: { statusCode?: number; statusMessage?: string; reason?: string; prettyDetails?: string };
}

/** Turns what isomorphic-git throws into one sentence for the run's report. */
export function describeRemoteError(action: 'push to' | 'fetch from', url: string, error: unknown): string {
  const where = `${action} ${displayUrl(url)} failed`;
  const { code, message, data } = (error ?? {}) as IsomorphicGitError;
  if (code === 'HttpError' && data?.statusCode !== undefined) {
    const status = `HTTP ${data.statusCode}${data.statusMessage ? ` ${data.statusMessage}` : ''}`;
    if (data.statusCode === 401) return `${where}: the remote refused the credentials (${status}); check the token`;
    if (data.statusCode === 403) return `${where}: the token may not write to this repository (${status})`;
    if (data.statusCode === 404) return `${where}: no repository at that URL (${status})`;
    return `${where}: ${status}`;
  }
  if (code === 'PushRejectedError') {
    return `${where}: the remote branch has commits this repository does not have (${data?.reason ?? 'rejected'})`;
  }
  if (code === 'GitPushError') return `${where}: the remote refused the update${data?.prettyDetails ?? ''}`;
  const cause = error instanceof Error ? error.message : String(error);
  return `${where}: ${cause}`;
}
