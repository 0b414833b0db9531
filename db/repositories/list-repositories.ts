import { asc, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { repositories } from './schema.ts';
import { toRepositoryView } from './view.ts';

export async function listRepositories({ ctx, input = {} }: { ctx: Ctx; input?: { ids?: readonly string[] } }) {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db
    .select()
    .from(repositories)
    .where(input.ids ? inArray(repositories.id, [...input.ids]) : undefined)
    .orderBy(asc(repositories.name));
  return rows.map(toRepositoryView);
}
