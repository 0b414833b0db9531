import type { Keyring } from '../../infra/keyring.ts';
import type { RepositoryConfig } from '../../storage/index.ts';
import type { Repository } from './schema.ts';
import { REMOTE_TOKEN_PURPOSE } from './view.ts';

/** What the storage backends need of a repository row, with its remote token opened. */
export function storageConfig(repository: Repository, keyring: Keyring): RepositoryConfig {
  return {
    kind: repository.kind,
    path: repository.path,
    remoteUrl: repository.remoteUrl,
    remoteToken: repository.remoteTokenSealed ? keyring.open(repository.remoteTokenSealed, REMOTE_TOKEN_PURPOSE) : null,
    branch: repository.branch,
    authorName: repository.authorName,
    authorEmail: repository.authorEmail,
  };
}
