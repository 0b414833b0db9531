import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('login and sessions', () => {
  it('sets an httpOnly SameSite session cookie that authenticates, and logout ends it', async () => {
    const login = await api.gql(`mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { username role } }`);
    expect(login.data).toEqual({ login: { username: 'admin', role: 'ADMIN' } });
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^tidemark_session=tds_/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(';')[0];

    const me = await api.gql(`{ me { username role } }`, {}, { cookie });
    expect(me.data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });

    const logout = await api.gql(`mutation { logout }`, {}, { cookie });
    expect(logout.data).toEqual({ logout: true });
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    const after = await api.gql(`{ me { username } }`, {}, { cookie });
    expect(after.data).toEqual({ me: null });
  });

  it('refuses a wrong password or unknown user the same way, and logs no password', async () => {
    for (const username of ['admin', 'nobody']) {
      const result = await api.gql(`mutation { login(username: "${username}", password: "wrong-password-xyz") { id } }`);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toBe('Wrong username or password');
    }
    expect(api.logs()).toContain('failed login');
    expect(api.logs()).not.toContain('wrong-password-xyz');
  });

  it('answers UNAUTHENTICATED without a token and with a bad one', async () => {
    const none = await api.gql(`{ devices { totalCount } }`);
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.gql(`{ devices { totalCount } }`, {}, { token: 'tdm_not-a-real-token' });
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('API tokens', () => {
  it('shows a token once, stores only its hash, and stops accepting it when revoked', async () => {
    const created = await api.gql(`mutation { createApiToken(input: { name: "ci" }) { token apiToken { id name prefix } } }`, {}, { token: api.adminToken });
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^tdm_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);

    const list = await api.gql(`{ apiTokens { id name prefix user { username } revokedAt } }`, {}, { token });
    expect(list.raw).not.toContain(token);
    expect(list.data!.apiTokens).toContainEqual({ id: apiToken.id, name: 'ci', prefix: apiToken.prefix, user: { username: 'admin' }, revokedAt: null });
    const [stored] = await api.db.sql`select token_hash from api_tokens where id = ${apiToken.id}`;
    expect(stored.token_hash).not.toContain(token);

    const revoked = await api.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, { token: api.adminToken });
    expect(revoked.data!.revokeApiToken.revokedAt).toBeTruthy();
    const refused = await api.gql(`{ me { username } }`, {}, { token });
    expect(refused.data).toEqual({ me: null });
  });
});

describe('users and roles', () => {
  it('lets only an admin manage users, with clear input errors', async () => {
    const operator = await api.tokenFor('OPERATOR');
    const forbidden = await api.gql(`mutation { createUser(input: { username: "x", password: "long-enough", role: VIEWER }) { id } }`, {}, { token: operator });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const short = await api.gql(`mutation { createUser(input: { username: "shorty", password: "short", role: VIEWER }) { id } }`, {}, { token: api.adminToken });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const duplicate = await api.gql(`mutation { createUser(input: { username: "admin", password: "long-enough", role: VIEWER }) { id } }`, {}, { token: api.adminToken });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });

    const users = await api.gql(`{ users { username role } }`, {}, { token: api.adminToken });
    expect(users.raw).not.toMatch(/password/i);
    expect(users.data!.users.map((u: { username: string }) => u.username)).toContain('admin');
  });

  it('records an audit row for each mutation', async () => {
    await api.gql(`mutation { createUser(input: { username: "audited", password: "long-enough", role: VIEWER }) { id } }`, {}, { token: api.adminToken });
    const audit = await api.gql(`{ auditLog(first: 5) { nodes { actorName action targetType details } } }`, {}, { token: api.adminToken });
    expect(audit.data!.auditLog.nodes[0]).toMatchObject({ actorName: 'admin', action: 'create-user', targetType: 'user', details: { username: 'audited' } });
    expect(audit.raw).not.toContain('long-enough');
  });
});
