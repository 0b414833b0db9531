import { count, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { repositories } from './schema.ts';
import { checkId } from '../validation.ts';

/** Refused while devices store into it; its files on disk are left alone. */
export async function deleteRepository({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [{ users }] = await tx.select({ users: count() }).from(devices).where(eq(devices.repositoryId, id));
    if (users > 0) {
      throw new ConflictError(`The repository is used by ${users} device${users === 1 ? '' : 's'}; move them first`, {
        field: 'id',
        details: { deviceCount: users },
      });
    }
    const [row] = await tx.delete(repositories).where(eq(repositories.id, id)).returning({ name: repositories.name });
    if (!row) throw new NotFoundError('Repository', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-repository', targetType: 'repository', targetId: id, details: row });
    return true;
  });
}
