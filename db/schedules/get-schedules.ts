import { sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { sqlArray } from '../sql-lists.ts';
import { schedules, type Schedule } from './schema.ts';

/** Schedules by id, in one query; ids with no schedule are absent. */
export async function getSchedules({ ctx, ids }: { ctx: Ctx; ids: readonly string[] }): Promise<Map<string, Schedule>> {
  requireRole(ctx.caller, 'viewer');
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select().from(schedules).where(sql`${schedules.id} = any(${sqlArray([...ids], 'uuid')})`);
  return new Map(rows.map((row) => [row.id, row]));
}
