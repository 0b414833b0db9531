import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { pageWindow, toPage } from '../pagination.ts';
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
  const window = pageWindow(input);
  const where = and(
    eq(backups.deviceId, checkId(deviceId)),
    input.artifact ? eq(backups.artifact, input.artifact) : undefined,
    input.changedOnly ? eq(backups.changed, true) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(backups).where(where).orderBy(desc(backups.createdAt), backups.artifact).limit(window.first + 1).offset(window.offset),
    ctx.db.select({ total: count() }).from(backups).where(where),
  ]);
  return toPage(rows, window, total);
}

export async function getBackups({ ctx, ids }: { ctx: Ctx; ids: string[] }): Promise<Backup[]> {
  requireRole(ctx.caller, 'viewer');
  ids.forEach((id) => checkId(id));
  return ctx.db.select().from(backups).where(inArray(backups.id, ids));
}
