import http from 'node:http';
import pino from 'pino';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../infra/env.ts';
import { createGraphQLHandler } from './http.ts';
import type { IntrospectionMode } from './limits.ts';
import { RunEventHub } from './runs/run-event-hub.ts';
import { ChangeHub } from './changes/change-hub.ts';
import { buildSchema } from './schema.ts';
import { startTestApi, type TestApi } from './testing.ts';

let api: TestApi;
let viewer: string;
beforeAll(async () => {
  api = await startTestApi();
  viewer = await api.tokenFor('VIEWER');
});
afterAll(() => api?.close());

/** A POST with any body and headers, answered as text and, when it is JSON, parsed. */
async function post(body: string, headers: Record<string, string> = {}, url = `${api.url}/api/graphql`) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const raw = await response.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } = {};
  try {
    json = JSON.parse(raw);
  } catch {
    // Not JSON: the status tells.
  }
  return { status: response.status, raw, ...json };
}

const codes = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.map((e) => e.extensions?.code);

describe('client errors (F17)', () => {
  it('F17: a NUL character in search, filters, repository paths and templates, or any string input is BAD_USER_INPUT', async () => {
    const admin = { token: api.adminToken };
    const probes: [string, Record<string, unknown>][] = [
      ['{ devices(first: 5, search: "\\u0000") { totalCount } }', {}],
      ['query($s: String) { devices(first: 5, search: $s) { totalCount } }', { s: 'core\u0000' }],
      ['query($f: DeviceFilter) { devices(first: 5, filter: $f) { totalCount } }', { f: { location: '\u0000' } }],
      ['{ devices(first: 5, filter: { tag: "a\\u0000b" }) { totalCount } }', {}],
      ['mutation($i: CreateRepositoryInput!) { createRepository(input: $i) { id } }', { i: { name: 'nul-path', kind: 'GIT', path: '/tmp/x\u0000y' } }],
      ['mutation($i: CreateRepositoryInput!) { createRepository(input: $i) { id } }', { i: { name: 'nul-template', kind: 'FILESYSTEM', pathTemplate: '{device}\u0000/{artifact}' } }],
      ['mutation($i: CreateDeviceInput!) { createDevice(input: $i) { id } }', { i: { name: 'r1', host: '10.0.0.1', backupMethod: 'linux', options: { 'files\u0000': ['/etc/hosts'] } } }],
      ['mutation { login(username: "adm\\u0000in", password: "x") { id } }', {}],
    ];
    for (const [query, variables] of probes) {
      const answer = await api.gql(query, variables, admin);
      expect(codes(answer), query).toEqual(['BAD_USER_INPUT']);
      expect(answer.status, query).toBe(400);
      expect(answer.errors![0].message, query).toContain('NUL');
    }
    expect(api.logs()).not.toContain('internal error in a GraphQL operation');
  });

  it('F17: input that PostgreSQL refuses (a data exception such as a date out of its range) is BAD_USER_INPUT', async () => {
    const answer = await api.gql(`{ runs(first: 5, filter: { since: "-271821-04-20T00:00:00.000Z" }) { totalCount } }`, {}, { token: viewer });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0].message).toMatch(/^The input holds a value the database refuses/);
    expect(api.logs()).not.toContain('internal error in a GraphQL operation');
  });

  it('F17: a subscription sent over HTTP POST is BAD_REQUEST, heartbeat(intervalMs: 0) included', async () => {
    for (const query of ['subscription { heartbeat { seq } }', 'subscription { heartbeat(intervalMs: 0) { seq } }', 'subscription S { runUpdates { id } }']) {
      const answer = await post(JSON.stringify({ query }), { authorization: `Bearer ${viewer}` });
      expect(answer.status, query).toBe(400);
      expect(codes(answer), query).toEqual(['BAD_REQUEST']);
      expect(answer.errors![0].message).toMatch(/Subscriptions need a WebSocket/);
    }
  });

  it('F17: a persisted-query hash, matching or not, is HTTP 400 PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const bodies = [
      { query: '{ version }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      { query: '{ version }', extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } },
    ];
    for (const body of bodies) {
      const answer = await post(JSON.stringify(body));
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    }
  });

  it('variables nested past 32 levels are BAD_USER_INPUT, and malformed documents and bodies stay client errors', async () => {
    // Deeper than JSON.stringify can go, so written by hand.
    const options = `${'{"files":'.repeat(20_000)}["/etc/hosts"]${'}'.repeat(20_000)}`;
    const query = JSON.stringify('mutation($i: CreateDeviceInput!) { createDevice(input: $i) { id } }');
    const body = `{"query":${query},"variables":{"i":{"name":"deep","host":"10.0.0.2","backupMethod":"linux","options":${options}}}}`;
    const nested = await post(body, { authorization: `Bearer ${api.adminToken}` });
    expect(nested.status).toBe(400);
    expect(codes(nested)).toEqual(['BAD_USER_INPUT']);
    expect(nested.errors![0].message).toMatch(/nests deeper than 32 levels/);

    const cases: [string, Record<string, string>?][] = [
      ['{"query": "{ version "}'],
      ['{"query": "{ version }'],
      ['[{"query": "{ version }"}, {"query": "{ version }"}]'],
      ['{"query": 42}'],
      ['{"query": "{ version }", "variables": "nope"}'],
      ['{"query": "query($n: Int!) { devices(first: $n) { totalCount } }", "variables": {"n": "many"}}'],
      ['{ version }', { 'content-type': 'text/plain' }],
    ];
    for (const [body, headers] of cases) {
      const answer = await post(body, headers);
      expect(answer.status, body).toBeGreaterThanOrEqual(400);
      expect(answer.status, body).toBeLessThan(500);
      expect(codes(answer) ?? [], body).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });
});

/** A second API on the same database with another TIDEMARK_INTROSPECTION. */
async function apiWith(introspection: IntrospectionMode) {
  const log = pino({ level: 'silent' });
  const runEvents = new RunEventHub(api.db.db, api.db.sql, log);
  const handler = await createGraphQLHandler(buildSchema(), {
    db: api.db.db,
    runEvents,
    changes: new ChangeHub(api.db.db, api.db.sql, log),
    keyring: api.keyring,
    log,
    settings: { dataDir: api.dataDir, secureCookies: false, introspection },
  });
  const server = http.createServer((req, res) => void handler.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/api/graphql`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await runEvents.close();
      await handler.stop();
    },
  };
}

describe('introspection (F20)', () => {
  const schemaQuery = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
  const typeQuery = JSON.stringify({ query: '{ __type(name: "Device") { fields { name } } }' });

  it('F20: introspection is refused to anonymous callers and answered to signed-in ones, the full standard query included', async () => {
    for (const body of [schemaQuery, typeQuery, JSON.stringify({ query: getIntrospectionQuery() })]) {
      const anonymous = await post(body);
      expect(anonymous.status).toBe(400);
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.raw).not.toContain('"Device"');
    }
    const typename = await post(JSON.stringify({ query: '{ __typename version }' }));
    expect(typename.data).toMatchObject({ __typename: 'Query' });

    const full = await post(JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }), { authorization: `Bearer ${viewer}` });
    expect(full.errors).toBeUndefined();
    const types = (full.data as { __schema: { types: { name: string }[] } }).__schema.types.map((t) => t.name);
    expect(types).toContain('Device');
  });

  it('F20: TIDEMARK_INTROSPECTION=everyone lets anyone introspect, =off no one; other values are refused at start', async () => {
    const everyone = await apiWith('everyone');
    const off = await apiWith('off');
    try {
      expect((await post(schemaQuery, {}, everyone.url)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const refused = await post(schemaQuery, { authorization: `Bearer ${api.adminToken}` }, off.url);
      expect(refused.status).toBe(400);
      expect(codes(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect((await post(JSON.stringify({ query: '{ version }' }), {}, off.url)).data).toMatchObject({ version: expect.any(String) });
    } finally {
      await everyone.close();
      await off.close();
    }
    const env = (values: Record<string, string>) => parseEnv(values as NodeJS.ProcessEnv);
    expect(env({}).TIDEMARK_INTROSPECTION).toBe('signed-in');
    expect(env({ TIDEMARK_INTROSPECTION: 'off' }).TIDEMARK_INTROSPECTION).toBe('off');
    expect(() => env({ TIDEMARK_INTROSPECTION: 'yes' })).toThrow(/TIDEMARK_INTROSPECTION/);
  });
});
