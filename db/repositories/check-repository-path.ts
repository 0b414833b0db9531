import path from 'node:path';
import { sql } from 'drizzle-orm';
import { defaultRepositoryRoots } from '../../infra/env.ts';
import { inspectRepositoryFolder, isWithin, realLocation } from '../../storage/repository-folder.ts';
import type { RepositoryKind } from '../../storage/types.ts';
import type { Tx } from '../client.ts';
import type { Ctx } from '../context.ts';
import { repositories } from './schema.ts';

/** The folders repositories may live in (TIDEMARK_REPOSITORY_ROOTS). */
export function repositoryRoots(settings: Ctx['settings']): readonly string[] {
  return settings.repositoryRoots ?? defaultRepositoryRoots(settings.dataDir);
}

export interface RepositoryPathCheck {
  /** Where the repository lives: the path resolved against the data folder, its symbolic links resolved. */
  folder: string;
  /** Why the folder cannot be used, for a person; empty when it can. */
  problems: string[];
}

/**
 * Takes the lock that serialises the checks of repository folders, so two repositories saved at
 * once cannot both claim one folder. Held until the transaction ends.
 */
export async function lockRepositoryPaths(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('tidemark.repository-folders'))`);
}

/**
 * Whether a repository of `kind` may use the folder `input` names: inside a repository root,
 * empty, missing or already a Tidemark repository of that kind (storage/repository-folder.ts),
 * and neither the folder of another repository nor inside or around one.
 */
export async function checkRepositoryPath(
  tx: Tx,
  settings: Ctx['settings'],
  { kind, input, exceptId }: { kind: RepositoryKind; input: string; exceptId?: string },
): Promise<RepositoryPathCheck> {
  const location = await realLocation(path.resolve(settings.dataDir, input));
  const folder = location.real;
  if (location.problem) return { folder, problems: [location.problem] };
  const problems: string[] = [];

  const roots = repositoryRoots(settings);
  const realRoots = await Promise.all(roots.map(async (root) => (await realLocation(root)).real));
  if (!realRoots.some((root) => isWithin(folder, root))) {
    problems.push(`${folder} is outside the repository roots (${roots.join(', ')}); TIDEMARK_REPOSITORY_ROOTS sets them`);
  }

  const state = await inspectRepositoryFolder(kind, folder);
  if (state.state === 'refused') problems.push(state.reason);

  const others = await tx.select({ id: repositories.id, name: repositories.name, path: repositories.path }).from(repositories);
  for (const other of others) {
    if (other.id === exceptId) continue;
    const otherFolder = (await realLocation(other.path)).real;
    if (otherFolder === folder) problems.push(`${folder} is the folder of the repository "${other.name}"; each repository needs its own`);
    else if (isWithin(folder, otherFolder)) problems.push(`${folder} is inside ${otherFolder}, the folder of the repository "${other.name}"`);
    else if (isWithin(otherFolder, folder)) problems.push(`${folder} holds ${otherFolder}, the folder of the repository "${other.name}"`);
  }
  return { folder, problems };
}
