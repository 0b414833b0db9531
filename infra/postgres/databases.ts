import postgres from 'postgres';

const DUPLICATE_DATABASE = '42P04';

/** The URL of database `name` on the same server, with the same credentials and options. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Creates database `name` unless it exists (also when another process creates it meanwhile); returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  await withAdminConnection(serverUrl, async (sql) => {
    const [existing] = await sql`select 1 from pg_database where datname = ${name}`;
    if (existing) return;
    try {
      await sql`create database ${sql(name)}`;
    } catch (error) {
      if ((error as { code?: string }).code !== DUPLICATE_DATABASE) throw error;
    }
  });
  return databaseUrl(serverUrl, name);
}

/** Clones `template` (which must have no open connections) into a new database; returns its URL. */
export async function createDatabaseFromTemplate(serverUrl: string, name: string, template: string): Promise<string> {
  await withAdminConnection(serverUrl, (sql) => sql`create database ${sql(name)} template ${sql(template)}`);
  return databaseUrl(serverUrl, name);
}

/** Drops database `name` if it exists, disconnecting whoever is still connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminConnection(serverUrl, (sql) => sql`drop database if exists ${sql(name)} with (force)`);
}

/** Databases whose names start with `prefix`. */
export async function listDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return withAdminConnection(serverUrl, async (sql) => {
    const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${pattern}`;
    return rows.map((row) => row.datname);
  });
}

/** Ends other sessions on database `name`, which would otherwise block cloning it. */
export async function disconnectDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminConnection(
    serverUrl,
    (sql) => sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`,
  );
}

async function withAdminConnection<T>(serverUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
