import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { UnauthenticatedError } from '../../infra/errors.ts';
import { truncate } from '../../infra/log.ts';
import { parseInput } from '../validation.ts';
import {
  admitLoginAttempt,
  loginThrottleKeys,
  pruneLoginThrottles,
  recordLoginSuccess,
  type AdmittedLoginAttempt,
  type LoginThrottlePolicy,
} from './login-throttle.ts';
import { sessions, users } from './schema.ts';
import { generateToken, hashPassword, hashToken, verifyPassword } from './secrets.ts';

export const SESSION_DAYS = 14;

/** Far above any real username (64) and password (1024), and refused before any work. */
const loginInput = z.object({ username: z.string().min(1).max(256), password: z.string().min(1).max(4096) });

/** How much of a failed login's username the log keeps. */
const LOGGED_USERNAME_CHARS = 64;

/** Checked against when the user does not exist, so both failures take the same time. */
const decoyHash = hashPassword('decoy password that matches nothing');

/**
 * Returns the user and a session token for the cookie. Throttled per username and per client
 * address (login-throttle.ts): while either is locked, every attempt is refused unchecked.
 */
export async function login({
  ctx,
  input,
  client,
  throttle,
}: {
  ctx: Ctx;
  input: z.input<typeof loginInput>;
  client: { address: string | null };
  throttle: LoginThrottlePolicy;
}) {
  const { username, password } = parseInput(loginInput, input);
  const keys = loginThrottleKeys(username, client.address);
  let attempt: AdmittedLoginAttempt;
  try {
    attempt = await admitLoginAttempt(ctx.db, keys, throttle);
  } catch (error) {
    ctx.log.debug({ username: truncate(username, LOGGED_USERNAME_CHARS), address: client.address }, 'login refused: too many failures');
    throw error;
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username)).limit(1);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) {
    const locked = attempt.lockedForSeconds ? { lockedForSeconds: attempt.lockedForSeconds } : {};
    ctx.log.warn({ username: truncate(username, LOGGED_USERNAME_CHARS), address: client.address, ...locked }, 'failed login');
    await pruneLoginThrottles(ctx.db, throttle);
    throw new UnauthenticatedError('Wrong username or password');
  }
  await recordLoginSuccess(ctx.db, attempt);
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
