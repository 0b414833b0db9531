import type { Keyring } from '../../infra/keyring.ts';
import type { RepositoryConfig } from '../../storage/index.ts';
import { credentialsPassword, withoutCredentials } from './remote-url.ts';
import type { Repository } from './schema.ts';
import { REMOTE_TOKEN_PURPOSE } from './view.ts';

/**
 * What the storage backends need of a repository row, with its remote token opened. A remote URL
 * stored with credentials by an earlier version reaches the backends without them, its password
 * standing in for a token that was never set.
 */
export function storageConfig(repository: Repository, keyring: Keyring): RepositoryConfig {
  const remoteUrl = repository.remoteUrl && withoutCredentials(repository.remoteUrl);
  const sealedToken = repository.remoteTokenSealed ? keyring.open(repository.remoteTokenSealed, REMOTE_TOKEN_PURPOSE) : null;
  return {
    kind: repository.kind,
    path: repository.path,
    remoteUrl,
    remoteToken: sealedToken ?? (repository.remoteUrl ? credentialsPassword(repository.remoteUrl) : null),
    branch: repository.branch,
    authorName: repository.authorName,
    authorEmail: repository.authorEmail,
  };
}
