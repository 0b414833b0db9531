import { eq, sql } from 'drizzle-orm';
import type { Keyring } from '../../infra/keyring.ts';
import { auditLog } from '../audit/schema.ts';
import type { Database } from '../client.ts';
import { credentialsPassword, withoutCredentials } from './remote-url.ts';
import { repositories } from './schema.ts';
import { REMOTE_TOKEN_PURPOSE } from './view.ts';

/** A URL's scheme, then a `user[:password]@` part, as PostgreSQL's regular expressions read them. */
const scheme = '[a-z][a-z0-9+.-]*://';
const userinfo = '[^\\s/?#"@]*@';
const urlWithCredentials = `${scheme}${userinfo}`;

/**
 * Run once at start: earlier versions stored remote URLs with their credentials. The password (or
 * a lone user name, which some hosts take as a token) becomes the sealed remote token when none is
 * set, the URL loses its user-info, and audit rows lose it too. Returns the repositories changed.
 */
export async function sealRemoteUrlCredentials(db: Database, keyring: Keyring): Promise<string[]> {
  return db.transaction(async (tx) => {
    // An ssh:// URL's user alone is the account the key logs in to, not a secret to move.
    const rows = await tx
      .select()
      .from(repositories)
      .where(sql`${repositories.remoteUrl} ~* ${`^${urlWithCredentials}`} and ${repositories.remoteUrl} !~* ${'^ssh://[^/?#:@\s]+@'}`);
    for (const row of rows) {
      const secret = credentialsPassword(row.remoteUrl!);
      await tx
        .update(repositories)
        .set({
          remoteUrl: withoutCredentials(row.remoteUrl!),
          remoteTokenSealed: row.remoteTokenSealed ?? (secret ? keyring.seal(secret, REMOTE_TOKEN_PURPOSE) : null),
          updatedAt: new Date(),
        })
        .where(eq(repositories.id, row.id));
    }
    await tx
      .update(auditLog)
      .set({ details: sql`regexp_replace(${auditLog.details}::text, ${`(${scheme})${userinfo}`}, '\\1', 'gi')::jsonb` })
      .where(sql`${auditLog.details}::text ~* ${urlWithCredentials}`);
    return rows.map((row) => row.name);
  });
}
