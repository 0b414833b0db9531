import { eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { checkRepository } from '../../storage/index.ts';
import { checkRepositoryPath } from './check-repository-path.ts';
import { repositories } from './schema.ts';
import { openStorageConfig } from './storage-config.ts';

/**
 * Checks the repository's folder and remote as the worker would use them, and that its folder
 * still obeys the rules a new repository's would (roots, one repository per folder); writes nothing.
 */
export async function testRepository({ ctx, id }: { ctx: Ctx; id: string }) {
  requireRole(ctx.caller, 'admin');
  const [repository] = await ctx.db.select().from(repositories).where(eq(repositories.id, checkId(id)));
  if (!repository) throw new NotFoundError('Repository', id);
  const { problems } = await checkRepositoryPath(ctx.db, ctx.settings, { kind: repository.kind, input: repository.path, exceptId: repository.id });
  const check = await checkRepository(await openStorageConfig(ctx.db, repository, ctx.keyring));
  // The folder's own state is reported once, by the storage check.
  const others = problems.filter((problem) => !check.messages.includes(problem));
  return { ok: check.ok && others.length === 0, messages: [...others, ...check.messages], hostKey: check.hostKey ?? null };
}
