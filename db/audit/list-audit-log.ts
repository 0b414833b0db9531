import { count, desc, lt } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { redactUrlCredentials } from '../repositories/remote-url.ts';
import { auditLog } from './schema.ts';

export async function listAuditLog({ ctx, input }: { ctx: Ctx; input: { first: number; before?: number } }) {
  requireRole(ctx.caller, 'admin');
  const first = Math.min(Math.max(input.first, 1), 500);
  const where = input.before ? lt(auditLog.id, input.before) : undefined;
  const rows = await ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(first + 1);
  const [{ total }] = await ctx.db.select({ total: count() }).from(auditLog);
  // Rows written by earlier versions may hold a remote URL with its password.
  const entries = rows.slice(0, first).map((row) => ({ ...row, details: redactUrlCredentials(row.details) }));
  return { entries, hasMore: rows.length > first, totalCount: total };
}
