import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { hostKeyFingerprint } from '../devices/host-key.ts';
import { ConflictError, NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { repositories } from './schema.ts';
import { toRepositoryView } from './view.ts';

/**
 * Trusts the changed host key the repository's SSH remote presented; pushes fail with
 * HOST_KEY_CHANGED until then. A changed key may be a server that took the remote's address and
 * now receives every backup, so only an admin may trust it.
 */
export async function acceptRemoteHostKey({ ctx, id }: { ctx: Ctx; id: string }) {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [repository] = await tx.select().from(repositories).where(eq(repositories.id, id)).for('update');
    if (!repository) throw new NotFoundError('Repository', id);
    if (!repository.pendingRemoteHostKey) throw new ConflictError('The remote presented no new host key to accept');
    const [row] = await tx
      .update(repositories)
      .set({ remoteHostKey: repository.pendingRemoteHostKey, pendingRemoteHostKey: null, updatedAt: new Date() })
      .where(eq(repositories.id, id))
      .returning();
    await recordAudit(tx, ctx.caller, {
      action: 'accept-remote-host-key',
      targetType: 'repository',
      targetId: id,
      details: { from: hostKeyFingerprint(repository.remoteHostKey), to: hostKeyFingerprint(repository.pendingRemoteHostKey) },
    });
    return toRepositoryView(row);
  });
}
