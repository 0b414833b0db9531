import { and, asc, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { runEvents, type RunEvent } from './schema.ts';

/** Each run's events after `afterSeq`, at most `first` of them, in seq order, in one query for all the runs. */
export async function listRunEventPages({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { runIds: readonly string[]; afterSeq: number; first: number };
}): Promise<Map<string, RunEvent[]>> {
  requireRole(ctx.caller, 'viewer');
  const pages = new Map<string, RunEvent[]>();
  if (input.runIds.length === 0 || input.first === 0) return pages;
  const ranked = ctx.db
    .select({ ...getTableColumns(runEvents), rank: sql<number>`row_number() over (partition by ${runEvents.runId} order by ${runEvents.seq})`.as('rank') })
    .from(runEvents)
    .where(and(inArray(runEvents.runId, [...input.runIds]), gt(runEvents.seq, input.afterSeq)))
    .as('ranked');
  const rows = await ctx.db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, input.first))
    .orderBy(asc(ranked.runId), asc(ranked.seq));
  for (const { rank: _rank, ...row } of rows) {
    const page = pages.get(row.runId) ?? [];
    page.push(row);
    pages.set(row.runId, page);
  }
  return pages;
}
