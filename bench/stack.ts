/**
 * A throwaway Tidemark for a benchmark: an embedded PostgreSQL in a temporary folder, migrated,
 * and an API server (no UI) on 127.0.0.1 with an admin API token. Everything goes on close(), and
 * should the process end without it (an uncaught error), PostgreSQL is stopped on the way out.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '../db/client.ts';
import { createKeyring } from '../infra/keyring.ts';
import type { Logger } from '../infra/log.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ensureDatabase } from '../infra/postgres/databases.ts';
import { startEmbeddedPostgres } from '../infra/postgres/embedded.ts';
import { assembleStack } from '../launcher/stack.ts';

export interface BenchStack {
  /** The temporary folder: PostgreSQL, repositories, staging, logs. */
  dir: string;
  databaseUrl: string;
  /** The master key as hex, for a worker in another process. */
  secretKeyHex: string;
  apiUrl: string;
  db: DatabaseHandle;
  gql: Gql;
  /** The admin signed in as in a browser, by the session cookie the UI's requests carry. */
  session: Gql;
  close(): Promise<void>;
}

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const ADMIN = { username: 'admin', password: crypto.randomBytes(12).toString('hex') };

/** `signal` aborts a start under way and every GraphQL request of the benchmark. */
export async function startBenchStack(log: Logger, signal: AbortSignal): Promise<BenchStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-bench-'));
  // Started as root, PostgreSQL runs as the postgres user, which must reach its data folder.
  fs.chmodSync(dir, 0o755);
  const cleanups: (() => Promise<void>)[] = [async () => fs.rmSync(dir, { recursive: true, force: true })];
  let postgresPid: number | null = null;
  // Synchronous, as 'exit' handlers must be: an immediate shutdown, and the folder as far as it goes.
  const lastResort = () => {
    try {
      if (postgresPid) process.kill(postgresPid, 'SIGQUIT');
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone already, or still being written to: nothing more can be done on the way out.
    }
  };
  process.once('exit', lastResort);
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((err) => log.warn({ err }, 'benchmark cleanup failed'));
    process.off('exit', lastResort);
  };
  try {
    // Not detached: a Ctrl-C in the terminal stops this throwaway server with everything else.
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), log: log.child({ component: 'postgres' }), detached: false, signal });
    postgresPid = postgres.pid;
    cleanups.push(async () => {
      await postgres.stop();
      postgresPid = null;
    });
    const databaseUrl = await ensureDatabase(postgres.url, 'tidemark');
    await migrateDatabase(databaseUrl);
    const secretKey = crypto.randomBytes(32);
    const keyring = createKeyring(secretKey);
    const { db, web, stop } = await assembleStack({
      databaseUrl,
      poolSize: 20,
      keyring,
      log,
      dataDir: dir,
      secureCookies: false,
      admin: ADMIN,
      web: { host: '127.0.0.1', port: 0, ui: false },
    });
    cleanups.push(stop);
    const apiUrl = `http://127.0.0.1:${web.port}`;
    const cookie = await signIn(apiUrl);
    const token = await adminToken(apiUrl, cookie);
    return {
      dir,
      databaseUrl,
      secretKeyHex: secretKey.toString('hex'),
      apiUrl,
      db,
      gql: graphQLClient(apiUrl, { authorization: `Bearer ${token}` }, signal),
      session: graphQLClient(apiUrl, { cookie }, signal),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in as a user would, over HTTP: the session cookie. */
async function signIn(apiUrl: string): Promise<string> {
  const login = await fetch(`${apiUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, variables: { u: ADMIN.username, p: ADMIN.password } }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`the benchmark could not sign in (HTTP ${login.status})`);
  return cookie;
}

/** An API token of the signed-in admin. */
async function adminToken(apiUrl: string, cookie: string): Promise<string> {
  const session = graphQLClient(apiUrl, { cookie });
  const created = await session<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "bench" }) { token } }`);
  return created.createApiToken.token;
}

export function graphQLClient(apiUrl: string, headers: Record<string, string>, signal?: AbortSignal): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${apiUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL request failed: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
    }
    return body.data;
  };
}
