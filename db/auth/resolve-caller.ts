import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { Caller } from '../context.ts';
import { apiTokens, sessions, users } from './schema.ts';
import { hashToken } from './secrets.ts';

/**
 * A token's lastUsedAt is written at most this often: a write on every request would make the
 * concurrent requests of one token wait for each other on its row, each for a WAL flush.
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The two look-ups every request makes, built once per database: building a query costs more
 * than PostgreSQL takes to answer this one.
 */
function prepareLookups(db: Database) {
  return {
    token: db
      .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, userId: users.id, username: users.username, role: users.role })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, sql.placeholder('tokenHash')), isNull(apiTokens.revokedAt)))
      .limit(1)
      .prepare('resolve_caller_token'),
    session: db
      .select({ sessionId: sessions.id, userId: users.id, username: users.username, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql`now()`)))
      .limit(1)
      .prepare('resolve_caller_session'),
  };
}

const lookups = new WeakMap<Database, ReturnType<typeof prepareLookups>>();

function lookupsOf(db: Database) {
  let prepared = lookups.get(db);
  if (!prepared) {
    prepared = prepareLookups(db);
    lookups.set(db, prepared);
  }
  return prepared;
}

/** Who is calling, from a session cookie or an API token; anonymous when neither is valid. */
export async function resolveCaller(
  db: Database,
  credentials: { bearerToken?: string | null; sessionToken?: string | null },
): Promise<Caller> {
  if (credentials.bearerToken) {
    const [row] = await lookupsOf(db).token.execute({ tokenHash: hashToken(credentials.bearerToken) });
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
    const [row] = await lookupsOf(db).session.execute({ tokenHash: hashToken(credentials.sessionToken) });
    if (!row) return { kind: 'anonymous' };
    return { kind: 'user', userId: row.userId, username: row.username, role: row.role, via: 'session', credentialId: row.sessionId };
  }
  return { kind: 'anonymous' };
}
