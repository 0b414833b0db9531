import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import git from 'isomorphic-git';
import { describeRemoteError, displayUrl, isSshRemote, openRemoteSession } from './git-remote.ts';
import { RemoteError } from './git-ssh.ts';
import { openRemoteTransport } from './git-transport.ts';
import { inspectRepositoryFolder } from './repository-folder.ts';
import type { RepositoryConfig } from './types.ts';

export interface RepositoryCheck {
  ok: boolean;
  /** What was checked and what was found, for a person. */
  messages: string[];
  /** SSH remotes: the host key the remote presented ("type base64"), pinned or not. */
  hostKey?: string | null;
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
  if (config.kind === 'git' && config.remoteUrl && isSshRemote(config.remoteUrl)) {
    const remote = await checkSshRemote(config, config.remoteUrl);
    return { ok: ok && remote.ok, messages: [...messages, ...remote.messages], hostKey: remote.hostKey };
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

/**
 * Lists the branch over SSH (`git ls-remote`, which writes nothing on either side): the remote is
 * reachable, presents the pinned host key (or one that would be pinned on first use), and accepts
 * the credential set's key; the branch exists or will be created by the first push.
 */
async function checkSshRemote(config: RepositoryConfig, url: string): Promise<{ ok: boolean; messages: string[]; hostKey: string | null }> {
  let transport: Awaited<ReturnType<typeof openRemoteTransport>> | null = null;
  try {
    transport = await openRemoteTransport(config, 'fetch from');
    const head = await transport.listBranch();
    const hostKey = await transport.hostKey();
    const pinned = config.remoteSsh?.hostKey;
    return {
      ok: true,
      hostKey,
      messages: [
        `${url} answers and accepts the key; host key ${hostKeyFingerprintOf(hostKey)} ${pinned ? 'is the pinned one' : 'is trusted on first use (pinned by the first push)'}`,
        `branch ${config.branch} ${head ? `is at ${head.slice(0, 12)}` : 'does not exist yet and will be created by the first push'}`,
      ],
    };
  } catch (error) {
    const remote = error instanceof RemoteError ? error : null;
    const presented = remote?.presentedHostKey ?? null;
    const message = remote ? remote.message : `checking ${url} failed: ${(error as Error).message}`;
    return { ok: false, hostKey: presented, messages: [presented ? `${message} (presented ${hostKeyFingerprintOf(presented)})` : message] };
  } finally {
    await transport?.close();
  }
}

/** OpenSSH's "SHA256:…" fingerprint of a "type base64" key. */
export function hostKeyFingerprintOf(key: string | null): string {
  if (!key) return '(none)';
  const blob = key.trim().split(/\s+/)[1] ?? '';
  return `SHA256:${createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '')}`;
}
