/**
 * SSH remote URLs: `ssh://user@host[:port]/path` and scp-like `user@host:path`, as git reads them.
 * Imports nothing, so the repository form checks URLs in the browser with the server's own code.
 */
export interface SshRemote {
  /** null: the credential set's username is used. */
  user: string | null;
  host: string;
  port: number | null;
  path: string;
}

const sshUrl = /^ssh:\/\/(?:([^@/\s:]+)@)?(\[[0-9A-Fa-f:.]+\]|[^@/\s:[\]]+)(?::(\d{1,5}))?(\/\S+)$/i;
const scpLike = /^(?:([^@/\s:]+)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(?!\/\/)(\S+)$/;

/** The parts of an SSH remote URL; null for anything else (http, a local path, a URL with a password). */
export function parseSshRemote(url: string): SshRemote | null {
  const full = sshUrl.exec(url);
  if (full) {
    const port = full[3] ? Number(full[3]) : null;
    if (port !== null && (port < 1 || port > 65535)) return null;
    return { user: full[1] ?? null, host: full[2], port, path: full[4] };
  }
  const short = scpLike.exec(url);
  if (short && !url.includes('://') && !short[3].includes('@')) return { user: short[1] ?? null, host: short[2], port: null, path: short[3] };
  return null;
}

export function isSshRemote(url: string): boolean {
  return parseSshRemote(url) !== null;
}
