import { inArray } from 'drizzle-orm';
import type { Keyring } from '../../infra/keyring.ts';
import { isSshRemote } from '../../storage/git-remote.ts';
import type { RepositoryConfig } from '../../storage/index.ts';
import type { Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { secretFields } from '../credential-sets/view.ts';
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

/**
 * storageConfig with the repository's keys opened: the credential set that logs in to an SSH remote
 * (with the pinned host key) and the one that signs commits. For the worker and the Test button
 * only; never for the API. A set without a private key leaves its part out, and the remote or the
 * store says what is missing.
 */
export async function openStorageConfig(db: Tx, repository: Repository, keyring: Keyring): Promise<RepositoryConfig> {
  const config = storageConfig(repository, keyring);
  const ids = [repository.remoteCredentialSetId, repository.signingCredentialSetId].filter((id): id is string => id !== null);
  if (config.kind !== 'git' || ids.length === 0) return config;
  const sets = await db.select().from(credentialSets).where(inArray(credentialSets.id, ids));
  const keyOf = (id: string | null) => {
    const set = sets.find((row) => row.id === id);
    if (!set?.privateKeySealed) return null;
    const { privateKey, passphrase } = secretFields;
    return {
      username: set.username,
      privateKey: keyring.open(set.privateKeySealed, privateKey.purpose),
      passphrase: set.passphraseSealed ? keyring.open(set.passphraseSealed, passphrase.purpose) : null,
    };
  };
  const remote = keyOf(repository.remoteCredentialSetId);
  const signing = keyOf(repository.signingCredentialSetId);
  return {
    ...config,
    remoteSsh: remote && config.remoteUrl && isSshRemote(config.remoteUrl) ? { ...remote, hostKey: repository.remoteHostKey } : null,
    signingKey: signing && { privateKey: signing.privateKey, passphrase: signing.passphrase },
  };
}
