import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { Caller } from '../context.ts';
import { apiTokens, sessions, users } from './schema.ts';
import { hashToken } from './secrets.ts';

/**
 * A token's lastUsedAt is written at most this often: a write on every request would make the
 * concurrent requests of one token wait for each other on its row, each for a WAL flush.
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Who is calling, from a session cookie or an API token; anonymous when neither is valid. */
export async function resolveCaller(
  db: Database,
  credentials: { bearerToken?: string | null; sessionToken?: string | null },
): Promise<Caller> {
  if (credentials.bearerToken) {
    const [row] = await db
      .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, userId: users.id, username: users.username, role: users.role })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, hashToken(credentials.bearerToken)), isNull(apiTokens.revokedAt)))
      .limit(1);
    if (!row) return { kind: 'anonymous' };
    const now = new Date();
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if (!row.lastUsedAt || row.lastUsedAt < stale) {
      await db
        .update(apiTokens)
        .set({ lastUsedAt: now })
        .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
    }
    return { kind: 'user', userId: row.userId, username: row.username, role: row.role, via: 'token', credentialId: row.tokenId };
  }
  if (credentials.sessionToken) {
    const [row] = await db
      .select({ sessionId: sessions.id, userId: users.id, username: users.username, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, hashToken(credentials.sessionToken)), gt(sessions.expiresAt, new Date())))
      .limit(1);
    if (!row) return { kind: 'anonymous' };
    return { kind: 'user', userId: row.userId, username: row.username, role: row.role, via: 'session', credentialId: row.sessionId };
  }
  return { kind: 'anonymous' };
}
