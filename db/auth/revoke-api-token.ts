import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { apiTokens } from './schema.ts';
import { checkId } from '../validation.ts';

export async function revokeApiToken({ ctx, id }: { ctx: Ctx; id: string }) {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [token] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!token) throw new NotFoundError('Active API token', id);
    await recordAudit(tx, ctx.caller, { action: 'revoke-api-token', targetType: 'api-token', targetId: id, details: { name: token.name } });
    return token;
  });
}
