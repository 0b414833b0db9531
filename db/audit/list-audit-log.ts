import { count, desc, lt } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { auditLog } from './schema.ts';

export async function listAuditLog({ ctx, input }: { ctx: Ctx; input: { first: number; before?: number } }) {
  requireRole(ctx.caller, 'admin');
  const first = Math.min(Math.max(input.first, 1), 500);
  const where = input.before ? lt(auditLog.id, input.before) : undefined;
  const rows = await ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(first + 1);
  const [{ total }] = await ctx.db.select({ total: count() }).from(auditLog);
  return { entries: rows.slice(0, first), hasMore: rows.length > first, totalCount: total };
}
