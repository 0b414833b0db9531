import { eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { checkRepository } from '../../storage/index.ts';
import { repositories } from './schema.ts';
import { storageConfig } from './storage-config.ts';

/** Checks the repository's folder and remote as the worker would use them; writes nothing. */
export async function testRepository({ ctx, id }: { ctx: Ctx; id: string }) {
  requireRole(ctx.caller, 'admin');
  const [repository] = await ctx.db.select().from(repositories).where(eq(repositories.id, checkId(id)));
  if (!repository) throw new NotFoundError('Repository', id);
  return checkRepository(storageConfig(repository, ctx.keyring));
}
