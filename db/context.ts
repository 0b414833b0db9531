import type { Database } from './client.ts';
import type { Keyring } from '../infra/keyring.ts';
import type { Role } from './auth/schema.ts';
import { ForbiddenError, UnauthenticatedError } from '../infra/errors.ts';
import type { Logger } from '../infra/log.ts';

/**
 * Glossary
 * - caller: who asks for a verb: nobody yet, a user (by session cookie or API token), or the
 *   system itself (launcher, worker, schedules).
 * - verb: one domain operation, `verbEntity({ ctx, input })`, in its own file.
 */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; username: string; role: Role; via: 'session' | 'token'; credentialId: string }
  | { kind: 'system'; name: string };

export interface Ctx {
  db: Database;
  caller: Caller;
  keyring: Keyring;
  log: Logger;
  /** `repositoryRoots`: TIDEMARK_REPOSITORY_ROOTS; unset, the default under the data folder. */
  settings: { dataDir: string; repositoryRoots?: readonly string[] };
}

const rank: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

/** Throws unless the caller holds at least `role`; the system may do anything. */
export function requireRole(caller: Caller, role: Role): void {
  if (caller.kind === 'system') return;
  if (caller.kind === 'anonymous') throw new UnauthenticatedError();
  if (rank[caller.role] < rank[role]) throw new ForbiddenError(`This needs the ${role} role; you are ${caller.role}`);
}

export function callerName(caller: Caller): string {
  switch (caller.kind) {
    case 'user':
      return caller.username;
    case 'system':
      return `system:${caller.name}`;
    case 'anonymous':
      return 'anonymous';
  }
}
