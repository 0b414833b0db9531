import type { Repository } from './schema.ts';

export type RepositoryView = Omit<Repository, 'remoteTokenSealed'> & { hasRemoteToken: boolean };

export function toRepositoryView(row: Repository): RepositoryView {
  const { remoteTokenSealed, ...rest } = row;
  return { ...rest, hasRemoteToken: remoteTokenSealed !== null };
}

export const REMOTE_TOKEN_PURPOSE = 'repository.remote-token';
