import { eq, sql } from 'drizzle-orm';
import type { PushResult } from '../../storage/index.ts';
import { backups } from '../backups/schema.ts';
import type { Tx } from '../client.ts';
import { sqlArray } from '../sql-lists.ts';
import { repositories, type Repository } from './schema.ts';

/**
 * What a push taught about the repository's remote: the host key it presented (pinned on first
 * use, kept aside as the pending key when it changed), whether the remote diverged (both heads, for
 * the repository page) or took our commits (the divergence is over), and where rebased commits
 * went: backups rows of earlier runs that named a commit the rebase replaced name its new id.
 */
export async function recordPush(tx: Tx, repository: Repository, push: PushResult): Promise<void> {
  const changes: Partial<Repository> = {};
  if (push.hostKey && push.code === 'HOST_KEY_CHANGED') changes.pendingRemoteHostKey = push.hostKey;
  else if (push.hostKey && !repository.remoteHostKey) changes.remoteHostKey = push.hostKey;
  if (push.code === 'REMOTE_DIVERGED' && push.diverged) {
    Object.assign(changes, { divergedLocalCommit: push.diverged.local, divergedRemoteCommit: push.diverged.remote, divergedAt: new Date() });
  } else if (push.pushed) {
    Object.assign(changes, { divergedLocalCommit: null, divergedRemoteCommit: null, divergedAt: null });
  }
  if (Object.keys(changes).length > 0) await tx.update(repositories).set(changes).where(eq(repositories.id, repository.id));
  const moved = Object.entries(push.rebased ?? {});
  if (moved.length === 0) return;
  await tx.execute(sql`
    update ${backups} b
       set storage_ref = jsonb_set(b.storage_ref, '{commit}', to_jsonb(m.new_commit))
      from unnest(${sqlArray(moved.map(([from]) => from), 'text')}, ${sqlArray(moved.map(([, to]) => to), 'text')}) as m(old_commit, new_commit)
     where b.repository_id = ${repository.id} and b.storage_ref->>'commit' = m.old_commit`);
}

/** Which of these paths the repository's backups index holds: the paths Tidemark owns in it. */
export async function ownedPaths(tx: Tx, repositoryId: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const rows = await tx.execute<{ path: string }>(sql`
    select distinct storage_ref->>'path' as path from ${backups}
     where repository_id = ${repositoryId} and storage_ref->>'path' = any(${sqlArray(paths, 'text')})`);
  return [...rows].map((row) => row.path);
}
