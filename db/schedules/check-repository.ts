import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { ValidationError } from '../../infra/errors.ts';
import { repositories } from '../repositories/schema.ts';

/** The repository a schedule stores into: the one named, or the only one there is. */
export async function checkScheduleRepository(tx: Tx, repositoryId: string | undefined): Promise<string> {
  if (repositoryId) {
    const [repository] = await tx.select({ id: repositories.id }).from(repositories).where(eq(repositories.id, repositoryId));
    if (!repository) throw new ValidationError(`repositoryId: no repository ${repositoryId}`, { field: 'repositoryId' });
    return repository.id;
  }
  const all = await tx.select({ id: repositories.id }).from(repositories).orderBy(asc(repositories.name)).limit(2);
  if (all.length !== 1) {
    throw new ValidationError(
      all.length === 0 ? 'repositoryId: create a repository first' : 'repositoryId: there are several repositories; choose one',
      { field: 'repositoryId' },
    );
  }
  return all[0].id;
}
