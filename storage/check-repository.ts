import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import git from 'isomorphic-git';
import { describeRemoteError, displayUrl, openRemoteSession } from './git-remote.ts';
import type { RepositoryConfig } from './types.ts';

export interface RepositoryCheck {
  ok: boolean;
  /** What was checked and what was found, for a person. */
  messages: string[];
}

/** The nearest folder that exists at or above `folder`. */
async function nearestExisting(folder: string): Promise<string> {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      await fs.stat(current);
      return current;
    } catch {
      if (path.dirname(current) === current) return current;
    }
  }
}

/**
 * Checks, without writing anything, that a repository can be used: its folder is writable (or can
 * be created) and, for git with a remote, that the remote answers and accepts the token. (Asking
 * for push access here trips isomorphic-git on an empty remote, so the push itself is the final word.)
 */
export async function checkRepository(config: RepositoryConfig): Promise<RepositoryCheck> {
  const messages: string[] = [];
  let ok = true;
  const existing = await nearestExisting(config.path);
  try {
    await fs.access(existing, constants.W_OK);
    messages.push(existing === config.path ? `${config.path} is writable` : `${config.path} will be created in ${existing}`);
  } catch {
    ok = false;
    messages.push(`${existing} is not writable by this process`);
  }
  if (config.kind === 'git' && existing === config.path) {
    const entries: string[] = await fs.readdir(config.path).catch(() => []);
    const bare = entries.includes('HEAD') && entries.includes('objects');
    if (entries.length > 0 && !bare) {
      ok = false;
      messages.push(`${config.path} holds files but no bare git repository`);
    }
  }
  if (config.kind === 'git' && config.remoteUrl) {
    const session = openRemoteSession(config.remoteUrl, config.remoteToken);
    try {
      const info = await git.getRemoteInfo2({ http: session.http, onAuth: session.onAuth, url: config.remoteUrl, forPush: false });
      const branch = info.refs?.find((ref) => ref.ref === `refs/heads/${config.branch}`)?.oid;
      messages.push(`${displayUrl(config.remoteUrl)} answers with this token; branch ${config.branch} ${branch ? `is at ${branch.slice(0, 12)}` : 'does not exist yet'}`);
    } catch (error) {
      ok = false;
      messages.push(describeRemoteError('push to', config.remoteUrl, error));
    } finally {
      session.close();
    }
  }
  return { ok, messages };
}
