/**
 * A throwaway Tidemark for a benchmark: an embedded PostgreSQL in a temporary folder, migrated,
 * and an API server (no UI) on 127.0.0.1 with an admin API token. Everything goes on close().
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
  close(): Promise<void>;
}

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const ADMIN = { username: 'admin', password: crypto.randomBytes(12).toString('hex') };

export async function startBenchStack(log: Logger): Promise<BenchStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-bench-'));
  // Started as root, PostgreSQL runs as the postgres user, which must reach its data folder.
  fs.chmodSync(dir, 0o755);
  const cleanups: (() => Promise<void>)[] = [async () => fs.rmSync(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((err) => log.warn({ err }, 'benchmark cleanup failed'));
  };
  try {
    // Not detached: a Ctrl-C in the terminal stops this throwaway server with everything else.
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), log: log.child({ component: 'postgres' }), detached: false });
    cleanups.push(() => postgres.stop());
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
    const token = await adminToken(apiUrl);
    return { dir, databaseUrl, secretKeyHex: secretKey.toString('hex'), apiUrl, db, gql: graphQLClient(apiUrl, { authorization: `Bearer ${token}` }), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in as a user would and creates an API token, all over HTTP. */
async function adminToken(apiUrl: string): Promise<string> {
  const login = await fetch(`${apiUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, variables: { u: ADMIN.username, p: ADMIN.password } }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`the benchmark could not sign in (HTTP ${login.status})`);
  const session = graphQLClient(apiUrl, { cookie });
  const created = await session<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "bench" }) { token } }`);
  return created.createApiToken.token;
}

export function graphQLClient(apiUrl: string, headers: Record<string, string>): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${apiUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL request failed: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
    }
    return body.data;
  };
}
