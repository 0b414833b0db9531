/**
 * Login throttling, shared through PostgreSQL so that restarts and several web processes see the
 * same counts.
 *
 * Glossary
 * - key: what failures are counted against: a username (whatever the address) or a client
 *   address (whatever the username). The username is stored hashed: people type passwords into
 *   the username field. IPv6 addresses count per /64, which one client usually holds whole.
 * - lock: after `freeFailures` failures, a key refuses every attempt, right password or not, until
 *   `lockedUntil`; each further failure doubles the lock, up to `maxLockMs`.
 *
 * Every admitted attempt counts as a failure at once, before the password is checked, so
 * concurrent attempts cannot all slip in before the first failure is written; a success then
 * takes its count back (and the lock that count set).
 */
import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import ipaddr from 'ipaddr.js';
import { TooManyAttemptsError } from '../../infra/errors.ts';
import type { Tx } from '../client.ts';
import { sqlArray } from '../sql-lists.ts';
import { loginThrottles } from './schema.ts';

export interface LoginThrottlePolicy {
  /** Failures a key may have before it is locked. */
  freeFailures: number;
  /** The first lock; each failure after it doubles the next one. */
  firstLockMs: number;
  maxLockMs: number;
  /** A key without failures for this long starts over, and its row is deleted. */
  forgetAfterMs: number;
}

export const defaultLoginThrottle: LoginThrottlePolicy = {
  freeFailures: 5,
  firstLockMs: 1000,
  maxLockMs: 15 * 60 * 1000,
  forgetAfterMs: 24 * 3600 * 1000,
};

export interface LoginThrottleKeys {
  user: string;
  address: string | null;
}

export interface AdmittedLoginAttempt {
  keys: LoginThrottleKeys;
  /** How long the keys are locked if this attempt fails (0: not locked). */
  lockedForSeconds: number;
  /** The lock this attempt's count put on the address, exactly as stored; a success lifts it. */
  addressLock: string | null;
}

export function loginThrottleKeys(username: string, address: string | null): LoginThrottleKeys {
  return {
    user: `user:${createHash('sha256').update(username).digest('hex')}`,
    address: address ? `address:${addressGroup(address)}` : null,
  };
}

/** An IPv4 address (IPv4-mapped IPv6 included) as is; an IPv6 address as its /64. */
export function addressGroup(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 100);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}

function keyList(keys: LoginThrottleKeys): string[] {
  return keys.address ? [keys.user, keys.address] : [keys.user];
}

/** The lock a key gets at `failures` failures, as SQL: null below the threshold. */
function lockAt(failures: SQL, policy: LoginThrottlePolicy): SQL {
  // The exponent is capped so that power() cannot overflow, whatever the count.
  return sql`case when ${failures} >= ${policy.freeFailures}
    then now() + make_interval(secs => least(${policy.firstLockMs}::float8 * power(2, least(${failures} - ${policy.freeFailures}, 40)), ${policy.maxLockMs}) / 1000.0)
  end`;
}

function secondsLeft(lockedFor: number | string | null): number {
  return Math.max(1, Math.ceil(Number(lockedFor ?? 0)));
}

/**
 * Refuses the attempt (TooManyAttemptsError) while the username or the address is locked;
 * otherwise counts it as a failure, which is what it stays unless recordLoginSuccess follows.
 */
export async function admitLoginAttempt(db: Tx, keys: LoginThrottleKeys, policy: LoginThrottlePolicy): Promise<AdmittedLoginAttempt> {
  const list = keyList(keys);
  const [locked] = await db.execute<{ locked_for: string | null }>(sql`
    select extract(epoch from max(${loginThrottles.lockedUntil}) - now()) as locked_for
    from ${loginThrottles}
    where ${loginThrottles.key} = any(${sqlArray(list, 'text')}) and ${loginThrottles.lockedUntil} > now()
  `);
  if (locked?.locked_for != null) throw new TooManyAttemptsError(secondsLeft(locked.locked_for));

  // A row locked in the meantime (a concurrent attempt) keeps its count and refuses this one.
  const forgotten = sql`t.last_failure_at < now() - make_interval(secs => ${policy.forgetAfterMs / 1000})`;
  const next = sql`(case when ${forgotten} then 1 else t.failures + 1 end)`;
  const rows = await db.execute<{ key: string; admitted: boolean; locked_for: string | null; locked_until: string | null }>(sql`
    insert into ${loginThrottles} as t (key, failures, locked_until, last_failure_at)
    select key, 1, ${lockAt(sql`1`, policy)}, now() from unnest(${sqlArray(list, 'text')}) as key
    on conflict (key) do update set
      failures = case when t.locked_until > now() then t.failures else ${next} end,
      locked_until = case when t.locked_until > now() then t.locked_until else ${lockAt(next, policy)} end,
      last_failure_at = case when t.locked_until > now() then t.last_failure_at else now() end
    returning key, last_failure_at = now() as admitted, extract(epoch from locked_until - now()) as locked_for, locked_until::text
  `);
  const refused = rows.filter((row) => !row.admitted);
  if (refused.length) throw new TooManyAttemptsError(secondsLeft(Math.max(...refused.map((row) => Number(row.locked_for)))));
  const lockedFor = Math.max(0, ...rows.map((row) => Number(row.locked_for ?? 0)));
  return {
    keys,
    lockedForSeconds: lockedFor > 0 ? Math.ceil(lockedFor) : 0,
    addressLock: rows.find((row) => row.key === keys.address)?.locked_until ?? null,
  };
}

/**
 * The right password: the username starts over; the address gets back the count of this attempt
 * and loses the lock it set (the address was not locked when the attempt was admitted), unless a
 * failure since has set a newer one.
 */
export async function recordLoginSuccess(db: Tx, attempt: AdmittedLoginAttempt): Promise<void> {
  const { keys, addressLock } = attempt;
  await db.delete(loginThrottles).where(eq(loginThrottles.key, keys.user));
  if (!keys.address) return;
  const lockSetHere = addressLock === null ? sql`false` : sql`${loginThrottles.lockedUntil} = ${addressLock}::timestamptz`;
  await db
    .update(loginThrottles)
    .set({
      failures: sql`greatest(${loginThrottles.failures} - 1, 0)`,
      lockedUntil: sql`case when ${lockSetHere} then null else ${loginThrottles.lockedUntil} end`,
    })
    .where(eq(loginThrottles.key, keys.address));
}

/** Deletes the keys that have been quiet for `forgetAfterMs`: the table holds one day of failures at most. */
export async function pruneLoginThrottles(db: Tx, policy: LoginThrottlePolicy): Promise<number> {
  const pruned = await db
    .delete(loginThrottles)
    .where(
      and(
        lt(loginThrottles.lastFailureAt, sql`now() - make_interval(secs => ${policy.forgetAfterMs / 1000})`),
        or(isNull(loginThrottles.lockedUntil), lt(loginThrottles.lockedUntil, sql`now()`)),
      ),
    )
    .returning({ key: loginThrottles.key });
  return pruned.length;
}
