import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { parseInput, checkId } from '../validation.ts';
import { sessions, users } from './schema.ts';
import { hashPassword } from './secrets.ts';
import { passwordSchema, roleSchema } from './user-input.ts';

const updateUserInput = z.object({ role: roleSchema.optional(), password: passwordSchema.optional() });

export async function updateUser({ ctx, id, input }: { ctx: Ctx; id: string; input: z.input<typeof updateUserInput> }) {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const data = parseInput(updateUserInput, input);
  if (ctx.caller.kind === 'user' && ctx.caller.userId === id && data.role && data.role !== 'admin') {
    throw new ValidationError('role: you cannot remove your own admin role', { field: 'role' });
  }
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ role: data.role, passwordHash, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (!user) throw new NotFoundError('User', id);
    // A changed password ends the user's other browser sessions.
    if (passwordHash) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, ctx.caller, {
      action: 'update-user',
      targetType: 'user',
      targetId: id,
      details: { role: data.role, passwordChanged: Boolean(passwordHash) },
    });
    return user;
  });
}
