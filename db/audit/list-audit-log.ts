import { and, count, desc, eq, lt, ne, type SQL } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { redactUrlCredentials } from '../repositories/remote-url.ts';
import { auditLog } from './schema.ts';
import { targetNames } from './target-names.ts';

export interface AuditFilter {
  actorName?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Leaves out logins, which outnumber every other entry. */
  hideLogins?: boolean | null;
}

function whereFor(filter: AuditFilter): SQL | undefined {
  return and(
    filter.actorName ? eq(auditLog.actorName, filter.actorName) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.targetType ? eq(auditLog.targetType, filter.targetType) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
    filter.hideLogins ? ne(auditLog.action, 'login') : undefined,
  );
}

/** Newest first, each entry with its target's current name (or the name it had, if gone). */
export async function listAuditLog({ ctx, input }: { ctx: Ctx; input: { first: number; before?: number; filter?: AuditFilter | null } }) {
  requireRole(ctx.caller, 'admin');
  const first = Math.min(Math.max(input.first, 1), 500);
  const filter = whereFor(input.filter ?? {});
  const where = and(filter, input.before ? lt(auditLog.id, input.before) : undefined);
  const rows = await ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(first + 1);
  const [{ total }] = await ctx.db.select({ total: count() }).from(auditLog).where(filter);
  // Rows written by earlier versions may hold a remote URL with its password.
  const page = rows.slice(0, first).map((row) => ({ ...row, details: redactUrlCredentials(row.details) as Record<string, unknown> }));
  const names = await targetNames(ctx.db, page);
  const entries = page.map((row) => {
    const current = row.targetId ? names.get(`${row.targetType} ${row.targetId}`) : undefined;
    const recorded = typeof row.details.name === 'string' ? row.details.name : typeof row.details.username === 'string' ? row.details.username : null;
    return { ...row, targetName: current ?? recorded, targetExists: current !== undefined };
  });
  return { entries, hasMore: rows.length > first, totalCount: total };
}

/** The values the filters can take: who acted, which actions and target types occur. */
export async function listAuditFacets({ ctx }: { ctx: Ctx }) {
  requireRole(ctx.caller, 'admin');
  const distinct = async (column: typeof auditLog.action | typeof auditLog.actorName | typeof auditLog.targetType) =>
    (await ctx.db.selectDistinct({ value: column }).from(auditLog).orderBy(column).limit(500)).map((row) => row.value);
  const [actors, actions, targetTypes] = await Promise.all([distinct(auditLog.actorName), distinct(auditLog.action), distinct(auditLog.targetType)]);
  return { actors, actions, targetTypes };
}

