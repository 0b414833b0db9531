import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { UnauthenticatedError } from '../../infra/errors.ts';
import { parseInput } from '../validation.ts';
import { sessions, users } from './schema.ts';
import { generateToken, hashPassword, hashToken, verifyPassword } from './secrets.ts';

export const SESSION_DAYS = 14;

const loginInput = z.object({ username: z.string().min(1), password: z.string().min(1) });

/** Checked against when the user does not exist, so both failures take the same time. */
const decoyHash = hashPassword('decoy password that matches nothing');

/** Returns the user and a session token for the cookie. */
export async function login({ ctx, input }: { ctx: Ctx; input: z.input<typeof loginInput> }) {
  const { username, password } = parseInput(loginInput, input);
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username)).limit(1);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) {
    ctx.log.warn({ username }, 'failed login');
    throw new UnauthenticatedError('Wrong username or password');
  }
  const token = generateToken('tds');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    await recordAudit(tx, { kind: 'user', userId: user.id, username: user.username, role: user.role, via: 'session', credentialId: '' }, {
      action: 'login',
      targetType: 'user',
      targetId: user.id,
    });
  });
  return { user, token, expiresAt };
}
