/**
 * One exchange with a repository's remote, whatever its kind: smart HTTP through isomorphic-git
 * (a push streams its pack: git-http-push.ts), or SSH through the system git (git-ssh.ts). The
 * git backend lists, fetches and pushes one branch; a push only ever fast-forwards the remote.
 */
import fs from 'node:fs';
import git from 'isomorphic-git';
import { pathExists } from './files.ts';
import { pushOverHttp } from './git-http-push.ts';
import { looseObjectPath } from './git-objects.ts';
import { PackedObjects } from './git-pack.ts';
import { describeRemoteError, isSshRemote, openRemoteSession } from './git-remote.ts';
import { openSshGit, RemoteError } from './git-ssh.ts';
import type { RepositoryConfig } from './types.ts';

export interface RemoteTransport {
  /** The remote branch's head, without fetching; null when the branch does not exist yet. */
  listBranch(): Promise<string | null>;
  /** Fetches the remote branch into `trackingRef` of `gitdir`; returns its head, null when it does not exist. */
  fetchBranch(gitdir: string, trackingRef: string): Promise<string | null>;
  /**
   * Sends the local branch; only a fast-forward from `remoteHead` (what `fetchBranch` returned)
   * is sent, never a force.
   */
  pushBranch(gitdir: string, remoteHead: string | null): Promise<void>;
  /** SSH: the remote's host key as this exchange saw it. */
  hostKey(): Promise<string | null>;
  close(): Promise<void>;
}

const quiet = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false'];

export async function openRemoteTransport(config: RepositoryConfig, action: 'push to' | 'fetch from'): Promise<RemoteTransport> {
  const url = config.remoteUrl;
  if (!url) throw new RemoteError('FAILED', 'no remote is configured');
  const branchRef = `refs/heads/${config.branch}`;
  if (isSshRemote(url)) {
    if (!config.remoteSsh) throw new RemoteError('AUTH_FAILED', `the SSH remote ${url} needs a credential set with a private key`);
    const ssh = await openSshGit(url, config.remoteSsh);
    const listBranch = async () => {
      const { stdout } = await ssh.run(['ls-remote', url, branchRef]);
      const line = stdout.split('\n').find((entry) => entry.endsWith(`\t${branchRef}`));
      return line ? line.split('\t')[0] : null;
    };
    return {
      listBranch,
      async fetchBranch(gitdir, trackingRef) {
        // One connection: a branch the remote does not have yet is git's "couldn't find remote ref".
        try {
          await ssh.run([...quiet, 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', url, `+${branchRef}:${trackingRef}`], { gitdir });
        } catch (error) {
          if (error instanceof RemoteError && /couldn't find remote ref/i.test(error.message)) return null;
          throw error;
        }
        const { stdout } = await ssh.run(['rev-parse', '--verify', trackingRef], { gitdir });
        return stdout.trim();
      },
      async pushBranch(gitdir) {
        await ssh.run([...quiet, 'push', '--quiet', '--no-verify', url, `${branchRef}:${branchRef}`], { gitdir });
      },
      hostKey: () => ssh.hostKey(),
      close: () => ssh.close(),
    };
  }

  const session = openRemoteSession(url, config.remoteToken);
  const fail = (error: unknown): never => {
    if (error instanceof RemoteError) throw error;
    const { code, data } = (error ?? {}) as { code?: string; data?: { statusCode?: number } };
    const status = data?.statusCode;
    const kind = status === 401 || status === 403 ? 'AUTH_FAILED' : status === 404 ? 'NOT_FOUND' : code === 'PushRejectedError' ? 'REJECTED' : 'FAILED';
    throw new RemoteError(kind, describeRemoteError(action, url, error), { cause: error });
  };
  const listBranch = async () => {
    try {
      const refs = await git.listServerRefs({ http: session.http, onAuth: session.onAuth, url, prefix: branchRef });
      return refs.find((ref) => ref.ref === branchRef)?.oid ?? null;
    } catch (error) {
      return fail(error);
    }
  };
  return {
    listBranch,
    async fetchBranch(gitdir, trackingRef) {
      const head = await listBranch();
      if (!head) return null;
      try {
        // Usually the remote is where our last push left it. isomorphic-git would still negotiate
        // and read the local packs (seconds and about the packs' size in memory on a long history);
        // a commit we hold comes with all it names, as objects are written before any ref.
        if (!(await holdsObject(gitdir, head))) await git.fetch({ fs, http: session.http, onAuth: session.onAuth, gitdir, url, ref: config.branch, remoteRef: config.branch, singleBranch: true, tags: false });
        await git.writeRef({ fs, gitdir, ref: trackingRef, value: head, force: true });
        return head;
      } catch (error) {
        return fail(error);
      }
    },
    async pushBranch(gitdir, remoteHead) {
      try {
        const local = await git.resolveRef({ fs, gitdir, ref: branchRef });
        await pushOverHttp({ gitdir, url, session, branchRef, local, expectedRemote: remoteHead });
      } catch (error) {
        fail(error);
      }
    },
    hostKey: async () => null,
    close: async () => session.close(),
  };
}

async function holdsObject(gitdir: string, oid: string): Promise<boolean> {
  return (await pathExists(looseObjectPath(gitdir, oid))) || (await new PackedObjects(gitdir).entry(oid)) !== null;
}
