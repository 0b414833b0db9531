import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { sessions } from './schema.ts';

/** Ends the caller's browser session; API tokens are revoked, not logged out. */
export async function logout({ ctx }: { ctx: Ctx }): Promise<boolean> {
  const caller = ctx.caller;
  if (caller.kind !== 'user' || caller.via !== 'session') return false;
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, caller.credentialId));
    await recordAudit(tx, caller, { action: 'logout', targetType: 'user', targetId: caller.userId });
  });
  return true;
}
