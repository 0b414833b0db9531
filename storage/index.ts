import type { Logger } from '../infra/log.ts';
import { openFilesystemRepository } from './filesystem-repository.ts';
import { openGitRepository } from './git-repository.ts';
import type { Repository, RepositoryConfig, RepositoryKind } from './types.ts';

export type * from './types.ts';

const backends: Record<RepositoryKind, (config: RepositoryConfig, log?: Logger) => Repository> = {
  git: openGitRepository,
  filesystem: openFilesystemRepository,
};

/** Opens a repository without touching the disk; call `ensure()` before the first `store()`. */
export function openRepository(config: RepositoryConfig, log?: Logger): Repository {
  return backends[config.kind](config, log);
}

export { checkRepository, type RepositoryCheck } from './check-repository.ts';
