import { count } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Database } from '../client.ts';
import { users } from './schema.ts';
import { generatePassword, hashPassword } from './secrets.ts';

/**
 * Creates the first admin when there are no users. Returns the password only when it was
 * generated, so the launcher can print it exactly once.
 */
export async function ensureAdmin(
  db: Database,
  options: { username: string; password?: string },
): Promise<{ created: boolean; username: string; generatedPassword?: string }> {
  const [{ total }] = await db.select({ total: count() }).from(users);
  if (total > 0) return { created: false, username: options.username };
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  // Two processes starting together on an empty database: only one insert wins.
  const inserted = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(users)
      .values({ username: options.username, passwordHash, role: 'admin' })
      .onConflictDoNothing()
      .returning();
    if (rows[0]) {
      await recordAudit(tx, { kind: 'system', name: 'launcher' }, {
        action: 'create-user',
        targetType: 'user',
        targetId: rows[0].id,
        details: { username: options.username, role: 'admin', firstAdmin: true },
      });
    }
    return rows.length > 0;
  });
  return {
    created: inserted,
    username: options.username,
    generatedPassword: inserted && !options.password ? password : undefined,
  };
}
