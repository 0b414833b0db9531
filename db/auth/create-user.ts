import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { users } from './schema.ts';
import { hashPassword } from './secrets.ts';
import { passwordSchema, roleSchema, usernameSchema } from './user-input.ts';

const createUserInput = z.object({ username: usernameSchema, password: passwordSchema, role: roleSchema });

export async function createUser({ ctx, input }: { ctx: Ctx; input: z.input<typeof createUserInput> }) {
  requireRole(ctx.caller, 'admin');
  const data = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ username: data.username, role: data.role, passwordHash }).returning();
      await recordAudit(tx, ctx.caller, {
        action: 'create-user',
        targetType: 'user',
        targetId: user.id,
        details: { username: user.username, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError(`username: a user named "${data.username}" already exists`, { field: 'username' });
    }
    throw error;
  }
}
