import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { checkId } from '../validation.ts';
import { backups, type Backup } from './schema.ts';

export async function listDeviceBackups({
  ctx,
  deviceId,
  input,
}: {
  ctx: Ctx;
  deviceId: string;
  input: { first?: number | null; after?: string | null; artifact?: string | null; changedOnly?: boolean | null };
}) {
  requireRole(ctx.caller, 'viewer');
  const first = input.first ?? 50;
  if (first < 0 || first > 500) throw new ValidationError('first: must be between 0 and 500', { field: 'first' });
  const offset = input.after ? Number(Buffer.from(input.after, 'base64url').toString().replace(/^o:/, '')) + 1 : 0;
  if (!Number.isInteger(offset)) throw new ValidationError('after: is not a cursor from this list', { field: 'after' });
  const where = and(
    eq(backups.deviceId, checkId(deviceId)),
    input.artifact ? eq(backups.artifact, input.artifact) : undefined,
    input.changedOnly ? eq(backups.changed, true) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(backups).where(where).orderBy(desc(backups.createdAt), backups.artifact).limit(first + 1).offset(offset),
    ctx.db.select({ total: count() }).from(backups).where(where),
  ]);
  const page = rows.slice(0, first);
  return {
    edges: page.map((node, i) => ({ node, cursor: Buffer.from(`o:${offset + i}`).toString('base64url') })),
    hasNextPage: rows.length > first,
    totalCount: total,
  };
}

export async function getBackups({ ctx, ids }: { ctx: Ctx; ids: string[] }): Promise<Backup[]> {
  requireRole(ctx.caller, 'viewer');
  ids.forEach((id) => checkId(id));
  return ctx.db.select().from(backups).where(inArray(backups.id, ids));
}
