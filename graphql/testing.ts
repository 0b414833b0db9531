import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { DatabaseHandle } from '../db/client.ts';
import { createKeyring, type Keyring } from '../infra/keyring.ts';
import { createTestDatabase, type TestDatabase } from '../infra/postgres/test-database.ts';
import { assembleStack } from '../launcher/stack.ts';
import type { RunningWorker } from '../worker/run-worker.ts';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  /** The body exactly as sent, for asserting that a secret never appears in it. */
  raw: string;
  headers: Headers;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  url: string;
  keyring: Keyring;
  /** The master key as TIDEMARK_SECRET_KEY, for worker processes of this server. */
  secretKey: string;
  /** Runs a worker in this process against the test database until close(). */
  startWorker(options?: { concurrency?: number; timeouts?: { connectMs?: number; commandMs?: number } }): Promise<RunningWorker>;
  db: DatabaseHandle;
  database: TestDatabase;
  dataDir: string;
  /** Everything the server logged, as text. */
  logs(): string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, auth?: { token?: string; cookie?: string }): Promise<GraphQLResponse<T>>;
  /** Creates a user with the role and returns an API token acting as them. */
  tokenFor(role: 'VIEWER' | 'OPERATOR' | 'ADMIN'): Promise<string>;
  adminToken: string;
  close(): Promise<void>;
}

/** A real API server (no UI) on 127.0.0.1:0 over a fresh database cloned from the migrated template. */
export async function startTestApi(): Promise<TestApi> {
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-api-test-'));
  let logText = '';
  const log = pino(
    { level: 'debug', redact: { paths: ['password', '*.password', 'token', '*.token'], censor: '[redacted]' } },
    new Writable({
      write(chunk, _enc, done) {
        logText += chunk.toString();
        done();
      },
    }),
  );
  const secretKey = crypto.randomBytes(32);
  const keyring = createKeyring(secretKey);
  const stack = await assembleStack({
    databaseUrl: database.url,
    poolSize: 5,
    keyring,
    log,
    dataDir,
    secureCookies: false,
    admin: { username: 'admin', password: ADMIN_PASSWORD },
    web: { host: '127.0.0.1', port: 0, ui: false },
  });
  const { db, web } = stack;
  const url = `http://127.0.0.1:${web.port}`;

  const gql: TestApi['gql'] = async (query, variables = {}, auth = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const response = await fetch(`${url}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const raw = await response.text();
    const body = JSON.parse(raw);
    return { status: response.status, raw, headers: response.headers, data: body.data ?? null, errors: body.errors };
  };

  const login = await gql(`mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { id } }`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const created = await gql<{ createApiToken: { token: string } }>(
    `mutation { createApiToken(input: { name: "tests" }) { token } }`,
    {},
    { cookie },
  );
  const adminToken = created.data!.createApiToken.token;

  let users = 0;
  const tokenFor: TestApi['tokenFor'] = async (role) => {
    users += 1;
    const user = await gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: `${role.toLowerCase()}-${users}`, password: 'a-long-password', role } },
      { token: adminToken },
    );
    const token = await gql<{ createApiToken: { token: string } }>(
      `mutation($userId: ID!) { createApiToken(input: { name: "test", userId: $userId }) { token } }`,
      { userId: user.data!.createUser.id },
      { token: adminToken },
    );
    return token.data!.createApiToken.token;
  };

  return {
    url,
    keyring,
    secretKey: secretKey.toString('base64'),
    startWorker: (options = {}) => stack.startWorker({ concurrency: options.concurrency ?? 10, timeouts: options.timeouts }),
    db,
    database,
    dataDir,
    logs: () => logText,
    gql,
    tokenFor,
    adminToken,
    async close() {
      await stack.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
