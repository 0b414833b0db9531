import { count, eq, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { deviceCredentialSets } from '../devices/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { credentialSets } from './schema.ts';
import { checkId } from '../validation.ts';

/** Refused while any device still uses the set. */
export async function deleteCredentialSet({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [{ users }] = await tx
      .select({ users: count() })
      .from(deviceCredentialSets)
      .where(eq(deviceCredentialSets.credentialSetId, id));
    if (users > 0) {
      throw new ConflictError(`The credential set is used by ${users} device${users === 1 ? '' : 's'}; remove it from them first`, {
        field: 'id',
        details: { deviceCount: users },
      });
    }
    const [repository] = await tx
      .select({ name: repositories.name })
      .from(repositories)
      .where(or(eq(repositories.remoteCredentialSetId, id), eq(repositories.signingCredentialSetId, id)))
      .limit(1);
    if (repository) {
      throw new ConflictError(`The credential set is used by the repository "${repository.name}" (remote login or commit signing); change the repository first`, { field: 'id' });
    }
    const [row] = await tx.delete(credentialSets).where(eq(credentialSets.id, id)).returning({ name: credentialSets.name });
    if (!row) throw new NotFoundError('Credential set', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-credential-set', targetType: 'credential-set', targetId: id, details: row });
    return true;
  });
}
