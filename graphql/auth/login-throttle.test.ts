import http from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LoginThrottlePolicy } from '../../db/auth/login-throttle.ts';
import { createLogger } from '../../infra/log.ts';
import { startWebServer, type WebServer } from '../../launcher/web-server.ts';
import { ADMIN_PASSWORD, startTestApi, type TestApi } from '../testing.ts';

const day = 24 * 3600 * 1000;
/** Locks short enough to wait out in a test. */
const fast: LoginThrottlePolicy = { freeFailures: 5, firstLockMs: 1000, maxLockMs: 2000, forgetAfterMs: day };
/** Locks that outlast any test, for what must hold while a key is locked. */
const long: LoginThrottlePolicy = { freeFailures: 5, firstLockMs: 60_000, maxLockMs: 120_000, forgetAfterMs: day };

let api: TestApi;
let logText = '';
const servers: Record<'fast' | 'long' | 'proxied', WebServer> = {} as never;

beforeAll(async () => {
  api = await startTestApi();
  const log = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk, _encoding, done) {
        logText += chunk.toString();
        done();
      },
    }),
  });
  const start = (loginThrottle: LoginThrottlePolicy, trustProxy: false | number = false) =>
    startWebServer({
      db: api.db,
      keyring: api.keyring,
      log,
      env: { dataDir: api.dataDir, TIDEMARK_SECURE_COOKIES: false, TIDEMARK_TRUST_PROXY: trustProxy },
      host: '127.0.0.1',
      port: 0,
      ui: false,
      loginThrottle,
    });
  servers.fast = await start(fast);
  servers.long = await start(long);
  servers.proxied = await start(long, 1);
});
afterAll(async () => {
  for (const server of Object.values(servers)) await server?.close();
  await api?.close();
});

interface LoginOutcome {
  code: string | null;
  message: string | null;
  retryAfterSeconds: number | null;
  extensionKeys: string[];
  cookie: string | null;
}

/**
 * One `login` over a new HTTP connection from `from` (any 127.x address is this machine), so the
 * server sees that socket address.
 */
function login(server: WebServer | string, username: string, password: string, from = '127.0.0.1', forwardedFor?: string): Promise<LoginOutcome> {
  const url = typeof server === 'string' ? server : `http://127.0.0.1:${server.port}`;
  const body = JSON.stringify({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
    variables: { u: username, p: password },
  });
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/api/graphql`, { method: 'POST', headers, localAddress: from, agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        const parsed = JSON.parse(text);
        const error = parsed.errors?.[0];
        resolve({
          code: error?.extensions?.code ?? null,
          message: error?.message ?? null,
          retryAfterSeconds: error?.extensions?.details?.retryAfterSeconds ?? null,
          extensionKeys: Object.keys(error?.extensions ?? {}).sort(),
          cookie: response.headers['set-cookie']?.[0]?.split(';')[0] ?? null,
        });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function createUser(username: string, password: string): Promise<void> {
  const created = await api.gql(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { username, password, role: 'VIEWER' } },
    { token: api.adminToken },
  );
  expect(created.errors).toBeUndefined();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failedLoginLines = () => logText.split('\n').filter((line) => line.includes('"msg":"failed login"')).length;

describe('F13: login is throttled per username and per address', () => {
  test('F13: 200 wrong passwords are mostly refused unchecked, the right one is refused during the lock and works after it', async () => {
    const checkedBefore = failedLoginLines();
    const codes: (string | null)[] = [];
    for (let i = 0; i < 200; i += 1) codes.push((await login(servers.fast, 'admin', `wrong-${i}`)).code);

    expect(codes.slice(0, 6)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS']);
    const checked = codes.filter((code) => code === 'UNAUTHENTICATED').length;
    const refused = codes.filter((code) => code === 'TOO_MANY_ATTEMPTS').length;
    expect(checked + refused).toBe(200);
    expect(refused).toBeGreaterThan(150);
    // Only the attempts that were let through reached the password check (and its log line).
    expect(failedLoginLines() - checkedBefore).toBe(checked);

    // Wait for the next attempt that is let through: its failure starts a new lock of at least a second.
    let outcome: LoginOutcome;
    do {
      outcome = await login(servers.fast, 'admin', 'still-wrong');
      if (outcome.code === 'TOO_MANY_ATTEMPTS') await sleep(50);
    } while (outcome.code === 'TOO_MANY_ATTEMPTS');
    expect(outcome.code).toBe('UNAUTHENTICATED');

    const during = await login(servers.fast, 'admin', ADMIN_PASSWORD);
    expect(during).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', cookie: null });
    expect(during.message).toMatch(/^Too many failed logins; try again in \d+ seconds$/);
    expect(during.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(during.retryAfterSeconds).toBeLessThanOrEqual(fast.maxLockMs / 1000);

    await sleep(during.retryAfterSeconds! * 1000 + 100);
    const after = await login(servers.fast, 'admin', ADMIN_PASSWORD);
    expect(after.code).toBeNull();
    const me = await api.gql('{ me { username } }', {}, { cookie: after.cookie! });
    expect(me.data).toEqual({ me: { username: 'admin' } });
    // The success took back its own count, and the lock that count put on the address.
    expect((await login(servers.fast, 'someone-else', 'wrong')).code).toBe('UNAUTHENTICATED');

    // The success reset the username: five fresh failures (from an address of their own) are all checked again.
    const again: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) again.push((await login(servers.fast, 'admin', `wrong-again-${i}`, '127.0.0.2')).code);
    expect(again).toEqual(Array(5).fill('UNAUTHENTICATED'));
  });

  test('F13: a locked username is refused from any address, a locked address for any username; others are unaffected', async () => {
    await createUser('carol', 'carol-password');
    await createUser('dave', 'dave-password');
    for (let i = 0; i < 5; i += 1) expect((await login(servers.long, 'carol', `wrong-${i}`, '127.0.0.10')).code).toBe('UNAUTHENTICATED');

    expect((await login(servers.long, 'carol', 'carol-password', '127.0.0.11')).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(servers.long, 'dave', 'dave-password', '127.0.0.10')).code).toBe('TOO_MANY_ATTEMPTS');
    // Another web server on the same database sees the same lock.
    expect((await login(api.url, 'carol', 'carol-password', '127.0.0.12')).code).toBe('TOO_MANY_ATTEMPTS');

    const unaffected = await login(servers.long, 'dave', 'dave-password', '127.0.0.12');
    expect(unaffected.code).toBeNull();
    expect(unaffected.cookie).toMatch(/^tidemark_session=/);
  });

  test('F13: the refusal is the same whether the user exists or not', async () => {
    await createUser('erin', 'erin-password');
    const refusal = async (username: string, from: string) => {
      for (let i = 0; i < 5; i += 1) await login(servers.long, username, `wrong-${i}`, from);
      return login(servers.long, username, 'anything', from);
    };
    const known = await refusal('erin', '127.0.0.20');
    const unknown = await refusal('nobody-at-all', '127.0.0.21');
    expect(known.code).toBe('TOO_MANY_ATTEMPTS');
    expect(unknown.code).toBe('TOO_MANY_ATTEMPTS');
    expect(unknown.message!.replace(/\d+/, 'N')).toBe(known.message!.replace(/\d+/, 'N'));
    expect(unknown.extensionKeys).toEqual(known.extensionKeys);
  });

  test('F13: concurrent attempts cannot all slip in before the first failure is counted', async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => login(servers.long, 'parallel-victim', `wrong-${i}`, '127.0.0.30')));
    const checked = outcomes.filter((outcome) => outcome.code === 'UNAUTHENTICATED').length;
    expect(checked).toBe(long.freeFailures);
    expect(outcomes.filter((outcome) => outcome.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(40 - long.freeFailures);
  });

  test('F13: X-Forwarded-For names the client only through a trusted proxy', async () => {
    // Not trusted: the header is ignored, the socket address is locked whatever it claims.
    for (let i = 0; i < 5; i += 1) await login(servers.long, `xff-a-${i}`, 'wrong', '127.0.0.40', `198.51.100.${i}`);
    expect((await login(servers.long, 'xff-b', 'wrong', '127.0.0.40', '198.51.100.99')).code).toBe('TOO_MANY_ATTEMPTS');

    // Behind one trusted proxy: the address the proxy saw is the one counted.
    for (let i = 0; i < 5; i += 1) await login(servers.proxied, `xff-c-${i}`, 'wrong', '127.0.0.41', '203.0.113.7');
    expect((await login(servers.proxied, 'xff-d', 'wrong', '127.0.0.41', '203.0.113.7')).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(servers.proxied, 'xff-e', 'wrong', '127.0.0.41', '203.0.113.8')).code).toBe('UNAUTHENTICATED');
    // A client cannot escape by writing its own entry in front of the proxy's.
    expect((await login(servers.proxied, 'xff-f', 'wrong', '127.0.0.41', '10.9.9.9, 203.0.113.7')).code).toBe('TOO_MANY_ATTEMPTS');

    // An IPv6 client counts per /64: changing the interface part does not start over.
    for (let i = 0; i < 5; i += 1) await login(servers.proxied, `xff-g-${i}`, 'wrong', '127.0.0.42', `2001:db8:1:2::${i + 1}`);
    expect((await login(servers.proxied, 'xff-h', 'wrong', '127.0.0.42', '2001:db8:1:2:ffff::9')).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(servers.proxied, 'xff-i', 'wrong', '127.0.0.42', '2001:db8:1:3::1')).code).toBe('UNAUTHENTICATED');
  });

  test('F13: the table keeps no clear username and drops keys quiet for a day', async () => {
    await api.db.sql`insert into login_throttles (key, failures, last_failure_at) values ('address:192.0.2.1', 3, now() - interval '25 hours')`;
    expect((await login(servers.long, 'prune-trigger', 'wrong', '127.0.0.50')).code).toBe('UNAUTHENTICATED');
    const keys = (await api.db.sql<{ key: string }[]>`select key from login_throttles`).map((row) => row.key);
    expect(keys).not.toContain('address:192.0.2.1');
    expect(keys).toContain('address:127.0.0.50');
    expect(keys.join(' ')).not.toContain('prune-trigger');
  });
});

describe('F12: login input and its log lines are bounded', () => {
  test('F12: a 4 MiB username is refused as bad input before any work, and no log line reaches 10 KB', async () => {
    const checkedBefore = failedLoginLines();
    const outcome = await login(servers.long, 'B'.repeat(4 * 1024 * 1024), 'x', '127.0.0.60');
    expect(outcome.code).toBe('BAD_USER_INPUT');
    expect(failedLoginLines()).toBe(checkedBefore);
    const [row] = await api.db.sql`select count(*)::int as count from login_throttles where key = 'address:127.0.0.60'`;
    expect(row.count).toBe(0);
    for (const line of `${logText}${api.logs()}`.split('\n')) expect(line.length).toBeLessThan(10_000);
  });

  test('F12: a failed login logs at most 64 characters of the username', async () => {
    const username = 'u'.repeat(256);
    expect((await login(servers.long, username, 'x', '127.0.0.61')).code).toBe('UNAUTHENTICATED');
    const line = logText.split('\n').find((l) => l.includes('"msg":"failed login"') && l.includes('127.0.0.61'))!;
    expect(line).toContain(`"username":"${'u'.repeat(64)}… [256 characters]"`);
    expect(line).not.toContain('u'.repeat(65));
  });
});
