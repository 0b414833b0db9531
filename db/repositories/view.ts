import { withoutCredentials } from './remote-url.ts';
import type { Repository } from './schema.ts';

export type RepositoryView = Omit<Repository, 'remoteTokenSealed'> & { hasRemoteToken: boolean };

/** What callers see of a repository: no token, and no credentials a remote URL of an earlier version may hold. */
export function toRepositoryView(row: Repository): RepositoryView {
  const { remoteTokenSealed, ...rest } = row;
  return { ...rest, remoteUrl: rest.remoteUrl && withoutCredentials(rest.remoteUrl), hasRemoteToken: remoteTokenSealed !== null };
}

export const REMOTE_TOKEN_PURPOSE = 'repository.remote-token';
