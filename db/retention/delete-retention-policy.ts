import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { retentionPolicies } from './schema.ts';

/** Without a policy nothing of the repository (or tag) is removed. */
export async function deleteRetentionPolicy({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(retentionPolicies).where(eq(retentionPolicies.id, id)).returning();
    if (!row) throw new NotFoundError('Retention policy', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-retention-policy', targetType: 'repository', targetId: row.repositoryId, details: { deviceTag: row.deviceTag } });
    return true;
  });
}
