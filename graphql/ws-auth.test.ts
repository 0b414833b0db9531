import pino from 'pino';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startWebServer, type WebServer } from '../launcher/web-server.ts';
import { ADMIN_PASSWORD, startTestApi, type TestApi } from './testing.ts';

let api: TestApi;
let adminCookie: string;
beforeAll(async () => {
  api = await startTestApi();
  adminCookie = await loginCookie('admin', ADMIN_PASSWORD);
});
afterAll(() => api?.close());

/** How the server answered one operation, or that the socket closed first. */
type Outcome =
  | { kind: 'next'; payload: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }
  | { kind: 'error'; payload: unknown }
  | { kind: 'complete' }
  | { kind: 'closed'; code: number; reason: string };

interface LiveSocket {
  /** The first answer to a query or mutation. */
  run(query: string, variables?: Record<string, unknown>): Promise<Outcome>;
  /** A subscription: its events as they come, and how it ended. */
  subscribe(query: string): { events: unknown[]; ended: Promise<Outcome> };
}

const opened: WebSocket[] = [];
afterEach(() => {
  for (const socket of opened.splice(0)) socket.terminate();
});

/** A graphql-transport-ws connection spoken by hand, so that every close code is seen. */
function openSocket(auth: { token?: string; cookie?: string; origin?: string }, url = api.url): Promise<LiveSocket> {
  const headers: Record<string, string> = auth.cookie ? { cookie: auth.cookie } : {};
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/graphql`, 'graphql-transport-ws', { headers, origin: auth.origin });
  opened.push(socket);
  const listeners = new Map<string, (message: Outcome) => void>();
  let closed: Outcome | null = null;
  let ids = 0;
  return new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: auth.token ? { authorization: `Bearer ${auth.token}` } : {} })));
    socket.on('unexpected-response', (_req, res) => {
      reject(new Error(`upgrade refused with HTTP ${res.statusCode}`));
      res.destroy();
    });
    socket.on('error', reject);
    socket.on('close', (code, reason) => {
      reject(new Error(`closed with ${code} before the connection was acknowledged`));
      closed = { kind: 'closed', code, reason: reason.toString() };
      for (const listener of listeners.values()) listener(closed);
    });
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') resolve(live);
      else listeners.get(message.id)?.(message.type === 'complete' ? { kind: 'complete' } : { kind: message.type, payload: message.payload });
    });
    const send = (query: string, variables: Record<string, unknown>, listener: (message: Outcome) => void) => {
      // The server may close the socket on its own before an operation is sent on it.
      if (closed) return listener(closed);
      const id = String(++ids);
      listeners.set(id, listener);
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    };
    const live: LiveSocket = {
      run: (query, variables = {}) => new Promise((answered) => send(query, variables, answered)),
      subscribe(query) {
        const events: unknown[] = [];
        const ended = new Promise<Outcome>((end) =>
          send(query, {}, (message) => (message.kind === 'next' ? events.push(message.payload) : end(message))),
        );
        return { events, ended };
      },
    };
  });
}

/** Why a WebSocket upgrade failed: the HTTP status, or the close code after the handshake. */
async function refusal(auth: { token?: string; cookie?: string; origin?: string }, url = api.url): Promise<string> {
  try {
    await openSocket(auth, url);
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
}

/** Waits for something that must happen soon; a bound on the test, not a claim about speed. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function until(what: string, check: () => boolean): Promise<void> {
  await within(10_000, what, (async () => {
    while (!check()) await new Promise((r) => setTimeout(r, 50));
  })());
}

async function loginCookie(username: string, password: string): Promise<string> {
  const login = await api.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, { u: username, p: password });
  expect(login.errors).toBeUndefined();
  return login.headers.get('set-cookie')!.split(';')[0];
}

async function asAdmin<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) {
  const result = await api.gql<T>(query, variables, { token: api.adminToken });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

let users = 0;
/** An ADMIN user with an API token and a browser session. */
async function newAdmin() {
  const username = `ws-admin-${++users}`;
  const password = 'a-long-password';
  const { createUser } = await asAdmin<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { username, password, role: 'ADMIN' } },
  );
  const { createApiToken } = await asAdmin<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    `mutation($userId: ID!) { createApiToken(input: { name: "ws", userId: $userId }) { token apiToken { id } } }`,
    { userId: createUser.id },
  );
  return { id: createUser.id, username, token: createApiToken.token, tokenId: createApiToken.apiToken.id, cookie: await loginCookie(username, password) };
}

const forbidden = { kind: 'closed', code: 4403 };

type Admin = Awaited<ReturnType<typeof newAdmin>>;
const lapses: { name: string; auth: (user: Admin) => { token?: string; cookie?: string }; lapse: (user: Admin) => Promise<unknown> }[] = [
  {
    name: 'API token revoked',
    auth: (user) => ({ token: user.token }),
    lapse: (user) => asAdmin(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: user.tokenId }),
  },
  {
    name: 'session logged out',
    auth: (user) => ({ cookie: user.cookie }),
    lapse: (user) => api.gql(`mutation { logout }`, {}, { cookie: user.cookie }),
  },
  {
    name: 'user demoted from ADMIN to VIEWER',
    auth: (user) => ({ token: user.token }),
    lapse: (user) => asAdmin(`mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { role } }`, { id: user.id }),
  },
  {
    name: 'user deleted',
    auth: (user) => ({ cookie: user.cookie }),
    lapse: (user) => asAdmin(`mutation($id: ID!) { deleteUser(id: $id) }`, { id: user.id }),
  },
];

describe('WebSocket authorization per operation, not once per connection', () => {
  for (const { name, auth, lapse } of lapses) {
    test(`F1: ${name}: a query and a mutation on an already open socket are refused, and open subscriptions end`, async () => {
      const user = await newAdmin();
      const bystander = await openSocket({ token: api.adminToken });
      const [forQuery, forMutation, forSubscriptions] = await Promise.all([1, 2, 3].map(() => openSocket(auth(user))));
      const before = await forQuery.run('{ users { username } }');
      expect(before).toMatchObject({ kind: 'next', payload: { data: { users: expect.arrayContaining([{ username: user.username }]) } } });
      const updates = forSubscriptions.subscribe('subscription { runUpdates { runId } }');
      const heartbeats = forSubscriptions.subscribe('subscription { heartbeat(intervalMs: 200) { seq } }');
      await until('the first heartbeat', () => heartbeats.events.length > 0);

      await lapse(user);

      expect(await forQuery.run('{ users { username role } }')).toMatchObject(forbidden);
      const minted = `minted-${user.username}`;
      expect(await forMutation.run(`mutation($name: String!) { createApiToken(input: { name: $name }) { token } }`, { name: minted })).toMatchObject(forbidden);
      expect(await within(15_000, 'runUpdates ending', updates.ended)).toMatchObject(forbidden);
      expect(await within(15_000, 'heartbeat ending', heartbeats.ended)).toMatchObject(forbidden);

      const { apiTokens } = await asAdmin<{ apiTokens: { name: string }[] }>('{ apiTokens { name } }');
      expect(apiTokens.map((t) => t.name)).not.toContain(minted);
      expect(await bystander.run('{ me { username } }')).toMatchObject({ kind: 'next', payload: { data: { me: { username: 'admin' } } } });
    });
  }

  test("F1: the review's steps: a demoted user's revoked token can neither mint a token nor re-promote itself, nor act once deleted", async () => {
    const user = await newAdmin();
    const sockets = await Promise.all([1, 2, 3, 4].map(() => openSocket({ token: user.token })));
    const cookieSocket = await openSocket({ cookie: user.cookie });

    await asAdmin(`mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { role } }`, { id: user.id });
    expect(await cookieSocket.run('{ me { role } }')).toMatchObject(forbidden);
    // A socket opened after the change has the new role, and `me` and the permission checks agree on it.
    const demoted = await openSocket({ cookie: user.cookie });
    expect(await demoted.run('{ me { role } }')).toMatchObject({ kind: 'next', payload: { data: { me: { role: 'VIEWER' } } } });
    expect(await demoted.run('{ users { username } }')).toMatchObject({ kind: 'next', payload: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });

    await asAdmin(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: user.tokenId });
    expect(await api.gql('{ me { username } }', {}, { token: user.token })).toMatchObject({ data: { me: null } });
    expect(await sockets[0].run('{ users { username role } }')).toMatchObject(forbidden);
    expect(await sockets[1].run('mutation { createApiToken(input: { name: "x" }) { token } }')).toMatchObject(forbidden);
    expect(await sockets[2].run(`mutation($id: ID!) { updateUser(id: $id, input: { role: ADMIN }) { role } }`, { id: user.id })).toMatchObject(forbidden);
    const { users: listed } = await asAdmin<{ users: { username: string; role: string }[] }>('{ users { username role } }');
    expect(listed.find((u) => u.username === user.username)?.role).toBe('VIEWER');

    await asAdmin(`mutation($id: ID!) { deleteUser(id: $id) }`, { id: user.id });
    const ghost = `ghost-${user.username}`;
    expect(
      await sockets[3].run(`mutation($name: String!) { createCredentialSet(input: { name: $name, username: "g", password: "g" }) { id } }`, { name: ghost }),
    ).toMatchObject(forbidden);
    const { credentialSets } = await asAdmin<{ credentialSets: { name: string }[] }>('{ credentialSets { name } }');
    expect(credentialSets.map((c) => c.name)).not.toContain(ghost);
    expect(await refusal({ token: user.token })).toBe('closed with 4403 before the connection was acknowledged');
  });
});

describe('the WebSocket upgrade checks Origin', () => {
  let listing: WebServer;
  const listed = 'https://ui.example:8443';
  beforeAll(async () => {
    listing = await startWebServer({
      db: api.db,
      keyring: api.keyring,
      log: pino({ level: 'silent' }),
      env: { dataDir: api.dataDir, TIDEMARK_SECURE_COOKIES: false, TIDEMARK_ALLOWED_ORIGINS: [listed] },
      host: '127.0.0.1',
      port: 0,
      ui: false,
    });
  });
  afterAll(() => listing?.close());
  const own = () => `http://127.0.0.1:${new URL(api.url).port}`;

  test('F11: another origin is refused with 403 before the socket opens, even with the admin cookie or token', async () => {
    expect(await refusal({ cookie: adminCookie, origin: 'http://evil.example' })).toBe('upgrade refused with HTTP 403');
    expect(await refusal({ token: api.adminToken, origin: 'http://evil.example' })).toBe('upgrade refused with HTTP 403');
    // Same host, another port: the same-site case a SameSite=Lax cookie does not protect.
    expect(await refusal({ cookie: adminCookie, origin: 'http://127.0.0.1:1' })).toBe('upgrade refused with HTTP 403');
    expect(await refusal({ cookie: adminCookie, origin: 'null' })).toBe('upgrade refused with HTTP 403');
    expect(await refusal({ cookie: adminCookie, origin: listed })).toBe('upgrade refused with HTTP 403');
  });

  test("the server's own origin (http or https) and a listed origin are still accepted", async () => {
    for (const origin of [own(), own().replace('http:', 'https:')]) {
      const socket = await openSocket({ cookie: adminCookie, origin });
      expect(await socket.run('{ me { username } }')).toMatchObject({ kind: 'next', payload: { data: { me: { username: 'admin' } } } });
    }
    const socket = await openSocket({ cookie: adminCookie, origin: listed }, `http://127.0.0.1:${listing.port}`);
    expect(await socket.run('{ me { username } }')).toMatchObject({ kind: 'next', payload: { data: { me: { username: 'admin' } } } });
  });

  test('without an Origin (not a browser) credentials still decide', async () => {
    expect(await refusal({ token: api.adminToken })).toBe('accepted');
    expect(await refusal({})).toBe('closed with 4403 before the connection was acknowledged');
  });
});
