import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import git from 'isomorphic-git';
import { describeRemoteError, displayUrl, openRemoteSession } from './git-remote.ts';
import { inspectRepositoryFolder } from './repository-folder.ts';
import type { RepositoryConfig } from './types.ts';

export interface RepositoryCheck {
  ok: boolean;
  /** What was checked and what was found, for a person. */
  messages: string[];
}

/**
 * Checks, without writing anything, that a repository can be used: its folder is one it may use
 * (repository-folder.ts) and is writable (or can be created) and, for git with a remote, that the
 * remote answers and accepts the token. (Asking for push access here trips isomorphic-git on an
 * empty remote, so the push itself is the final word.)
 */
export async function checkRepository(config: RepositoryConfig): Promise<RepositoryCheck> {
  const messages: string[] = [];
  let ok = true;
  const folder = await inspectRepositoryFolder(config.kind, config.path);
  if (folder.state === 'refused') {
    ok = false;
    messages.push(folder.reason);
  } else {
    const target = folder.state === 'missing' ? folder.existing : folder.real;
    try {
      await fs.access(target, constants.W_OK);
      const found = { missing: `will be created in ${target}`, empty: 'is an empty folder and writable', owned: `holds its ${config.kind} repository and is writable` };
      messages.push(`${config.path} ${found[folder.state]}`);
    } catch {
      ok = false;
      messages.push(`${target} is not writable by this process`);
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
