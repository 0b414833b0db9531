/**
 * How the embedded PostgreSQL is locked: its superuser has a random password kept in a file beside
 * the data directory (mode 0600, owned by the launcher's user, out of the server user's reach) and
 * `pg_hba.conf` asks for it with scram-sha-256 on every kind of connection. Nothing is trusted.
 *
 * The server never sees the password itself: it is given a SCRAM verifier, so neither initdb's
 * password file nor a statement in a server log holds anything a client could log in with.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { chmod, open, readFile, stat } from 'node:fs/promises';

/** Every local and loopback connection, replication included, must give the password. */
export const PG_HBA_CONF = `# Written by Tidemark at every start: every connection gives the superuser password
# (scram-sha-256), which Tidemark keeps beside the data directory; nothing is trusted.
# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             all                                     scram-sha-256
host    all             all             127.0.0.1/32            scram-sha-256
host    all             all             ::1/128                 scram-sha-256
local   replication     all                                     scram-sha-256
host    replication     all             127.0.0.1/32            scram-sha-256
host    replication     all             ::1/128                 scram-sha-256
`;

const PASSWORD_BYTES = 32;
const SCRAM_ITERATIONS = 4096;

/**
 * The password in `file`, created (mode 0600) when missing; `created` says the cluster does not
 * know it yet. A file that others could read is narrowed to 0600 first.
 */
export async function loadServerPassword(file: string): Promise<{ password: string; created: boolean }> {
  let created = false;
  try {
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(`${randomBytes(PASSWORD_BYTES).toString('base64url')}\n`);
    } finally {
      await handle.close();
    }
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((await stat(file)).mode & 0o077) await chmod(file, 0o600);
  const password = (await readFile(file, 'utf8')).trim();
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) {
    throw new Error(`${file} does not hold a PostgreSQL password; remove it to have a new one set at the next start`);
  }
  return { password, created };
}

/** The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802, RFC 7677). */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, SCRAM_ITERATIONS, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  const b64 = (buffer: Buffer) => buffer.toString('base64');
  return `SCRAM-SHA-256$${SCRAM_ITERATIONS}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}

/** True when any rule of a pg_hba.conf lets a connection in without a password. */
export function trustsSomeConnection(hbaConf: string): boolean {
  return hbaConf
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .some((line) => /^(local|host\w*)\s/.test(line) && /\s(trust|peer|ident)(\s|$)/.test(line));
}
