import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { parseInput } from '../validation.ts';
import { apiTokens, users } from './schema.ts';
import { generateToken, hashToken } from './secrets.ts';

const createApiTokenInput = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  /** Admins may issue a token that acts as another user; by default it is their own. */
  userId: z.string().uuid().optional(),
});

/** The token itself is returned here only; the database keeps its hash. */
export async function createApiToken({ ctx, input }: { ctx: Ctx; input: z.input<typeof createApiTokenInput> }) {
  requireRole(ctx.caller, 'admin');
  const data = parseInput(createApiTokenInput, input);
  const userId = data.userId ?? (ctx.caller.kind === 'user' ? ctx.caller.userId : undefined);
  if (!userId) throw new ValidationError('userId: is required for a system caller', { field: 'userId' });
  const [owner] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!owner) throw new ValidationError('userId: no such user', { field: 'userId' });
  const token = generateToken('tdm');
  return ctx.db.transaction(async (tx) => {
    const [apiToken] = await tx
      .insert(apiTokens)
      .values({ userId, name: data.name, prefix: token.slice(0, 10), tokenHash: hashToken(token) })
      .returning();
    await recordAudit(tx, ctx.caller, {
      action: 'create-api-token',
      targetType: 'api-token',
      targetId: apiToken.id,
      details: { name: apiToken.name, userId },
    });
    return { token, apiToken };
  });
}
