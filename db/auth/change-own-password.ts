import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { parseInput } from '../validation.ts';
import { admitLoginAttempt, loginThrottleKeys, pruneLoginThrottles, recordLoginSuccess, type LoginThrottlePolicy } from './login-throttle.ts';
import { sessions, users } from './schema.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import { passwordSchema } from './user-input.ts';

const changeOwnPasswordInput = z.object({ currentPassword: z.string().min(1, 'is required').max(4096), newPassword: passwordSchema });

/**
 * Any signed-in user changes their own password by giving the current one, which is checked under
 * the same throttle as a login (a stolen session cannot guess it faster than a login could). The
 * user's other browser sessions end; the one that asked stays signed in. API tokens stay valid.
 */
export async function changeOwnPassword({
  ctx,
  input,
  client,
  throttle,
}: {
  ctx: Ctx;
  input: z.input<typeof changeOwnPasswordInput>;
  client: { address: string | null };
  throttle: LoginThrottlePolicy;
}) {
  requireRole(ctx.caller, 'viewer');
  if (ctx.caller.kind !== 'user') throw new ValidationError('Only a signed-in user has a password to change');
  const caller = ctx.caller;
  const data = parseInput(changeOwnPasswordInput, input);
  const attempt = await admitLoginAttempt(ctx.db, loginThrottleKeys(caller.username, client.address), throttle);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, caller.userId)).limit(1);
  if (!user || !(await verifyPassword(data.currentPassword, user.passwordHash))) {
    await pruneLoginThrottles(ctx.db, throttle);
    throw new ValidationError('currentPassword: is not your current password', { field: 'currentPassword' });
  }
  if (data.newPassword === data.currentPassword) {
    throw new ValidationError('newPassword: must differ from the current password', { field: 'newPassword' });
  }
  await recordLoginSuccess(ctx.db, attempt);
  const passwordHash = await hashPassword(data.newPassword);
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id)).returning();
    const keep = caller.via === 'session' ? ne(sessions.id, caller.credentialId) : undefined;
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), keep));
    await recordAudit(tx, caller, { action: 'change-own-password', targetType: 'user', targetId: user.id });
    return updated;
  });
}
