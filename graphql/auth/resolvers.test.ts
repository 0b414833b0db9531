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

describe('passwords', () => {
  const login = async (username: string, password: string) => {
    const result = await api.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, { u: username, p: password });
    return { ok: !result.errors, code: result.errors?.[0].extensions?.code, cookie: result.headers.get('set-cookie')?.split(';')[0] };
  };
  const me = async (cookie: string | undefined) => (await api.gql(`{ me { username } }`, {}, { cookie })).data?.me;

  it('a user changes their own password with the current one: the other sessions end, this one stays', async () => {
    await api.gql(`mutation { createUser(input: { username: "changer", password: "first-password", role: VIEWER }) { id } }`, {}, { token: api.adminToken });
    const here = await login('changer', 'first-password');
    const elsewhere = await login('changer', 'first-password');
    expect(await me(elsewhere.cookie)).toEqual({ username: 'changer' });

    const changed = await api.gql(
      `mutation { changeOwnPassword(input: { currentPassword: "first-password", newPassword: "second-password" }) { username } }`,
      {},
      { cookie: here.cookie },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toEqual({ changeOwnPassword: { username: 'changer' } });
    expect(await me(here.cookie)).toEqual({ username: 'changer' });
    expect(await me(elsewhere.cookie)).toBeNull();
    expect((await login('changer', 'first-password')).code).toBe('UNAUTHENTICATED');
    expect((await login('changer', 'second-password')).ok).toBe(true);

    const [audit] = await api.db.sql`select action, details::text as details from audit_log where action = 'change-own-password' order by created_at desc limit 1`;
    expect(audit.action).toBe('change-own-password');
    expect(audit.details ?? '').not.toContain('second-password');
    expect(api.logs()).not.toContain('second-password');
  });

  it('an admin resets a password: the user signs in with the new one and their sessions end', async () => {
    const created = await api.gql<{ createUser: { id: string } }>(`mutation { createUser(input: { username: "forgetful", password: "old-password", role: VIEWER }) { id } }`, {}, { token: api.adminToken });
    const session = await login('forgetful', 'old-password');
    const reset = await api.gql(`mutation($id: ID!) { updateUser(id: $id, input: { password: "reset-password" }) { id } }`, { id: created.data!.createUser.id }, { token: api.adminToken });
    expect(reset.errors).toBeUndefined();
    expect(await me(session.cookie)).toBeNull();
    expect((await login('forgetful', 'reset-password')).ok).toBe(true);
    const viewer = await api.tokenFor('VIEWER');
    const refused = await api.gql(`mutation($id: ID!) { updateUser(id: $id, input: { password: "mine-now-1" }) { id } }`, { id: created.data!.createUser.id }, { token: viewer });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
  // Last: the failures lock this client's address for the logins after it.
  it('a wrong current password is refused on its field, and guessing it is throttled like a login', async () => {
    await api.gql(`mutation { createUser(input: { username: "guesser", password: "real-password", role: OPERATOR }) { id } }`, {}, { token: api.adminToken });
    const { cookie } = await login('guesser', 'real-password');
    const attempt = (current: string) =>
      api.gql(`mutation($c: String!) { changeOwnPassword(input: { currentPassword: $c, newPassword: "another-password" }) { id } }`, { c: current }, { cookie });
    const wrong = await attempt('not-the-password');
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await api.gql(`mutation { changeOwnPassword(input: { currentPassword: "real-password", newPassword: "short" }) { id } }`, {}, { cookie });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt(`guess-${i}`)).errors?.[0].extensions?.code as string);
    expect(codes).toContain('TOO_MANY_ATTEMPTS');
    // Locked: even the right password is refused unchecked, and nothing changed.
    expect((await attempt('real-password')).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const [row] = await api.db.sql`select count(*)::int as n from audit_log where action = 'change-own-password' and actor_name = 'guesser'`;
    expect(row.n).toBe(0);
  });

});
