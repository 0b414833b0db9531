import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import type { Caller } from '../context.ts';
import { sqlArray } from '../sql-lists.ts';
import { apiTokens, sessions, users, type Role } from './schema.ts';

type UserCaller = Extract<Caller, { kind: 'user' }>;

/** Names one credential across both kinds: a session and an API token never share a key. */
export function credentialKey(caller: Pick<UserCaller, 'via' | 'credentialId'>): string {
  return `${caller.via}:${caller.credentialId}`;
}

/**
 * The role each caller holds now, by credentialKey; a caller whose token was revoked, whose
 * session ended or expired, or whose user is gone is missing. One statement for any number of
 * callers, so that long-lived connections can be re-checked often; unlike resolveCaller it writes
 * nothing (a token's lastUsedAt tracks requests, not open sockets).
 */
export async function checkCallers(db: Database, callers: readonly UserCaller[]): Promise<Map<string, Role>> {
  if (callers.length === 0) return new Map();
  const ids = (via: UserCaller['via']) => sqlArray([...new Set(callers.filter((c) => c.via === via).map((c) => c.credentialId))], 'uuid');
  const rows = await unionAll(
    db
      .select({ via: sql<UserCaller['via']>`'token'`.as('via'), credentialId: apiTokens.id, role: users.role })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(sql`${apiTokens.id} = any(${ids('token')})`, isNull(apiTokens.revokedAt))),
    db
      .select({ via: sql<UserCaller['via']>`'session'`.as('via'), credentialId: sessions.id, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(sql`${sessions.id} = any(${ids('session')})`, gt(sessions.expiresAt, new Date()))),
  );
  return new Map(rows.map((row) => [credentialKey(row), row.role]));
}
