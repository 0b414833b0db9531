import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { users } from './schema.ts';
import { checkId } from '../validation.ts';

export async function deleteUser({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  if (ctx.caller.kind === 'user' && ctx.caller.userId === id) {
    throw new ValidationError('id: you cannot delete yourself', { field: 'id' });
  }
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx.delete(users).where(eq(users.id, id)).returning({ username: users.username });
    if (!user) throw new NotFoundError('User', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-user', targetType: 'user', targetId: id, details: user });
    return true;
  });
}
