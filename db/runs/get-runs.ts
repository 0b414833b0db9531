import { inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { runs, type Run } from './schema.ts';

/** The runs with these ids, by id; ids of runs that do not exist are left out. */
export async function getRuns({ ctx, ids }: { ctx: Ctx; ids: readonly string[] }): Promise<Map<string, Run>> {
  requireRole(ctx.caller, 'viewer');
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select().from(runs).where(inArray(runs.id, ids.map((id) => checkId(id))));
  return new Map(rows.map((run) => [run.id, run]));
}
