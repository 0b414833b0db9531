/**
 * Generated malformed requests against a real API server, from a seeded generator so that a
 * failure can be replayed (FUZZ_SEED=<n> npx vitest run graphql/fuzz.test.ts). Every request must
 * be answered within 5 s, never with an HTTP 5xx or an INTERNAL_SERVER_ERROR, and the server must
 * be healthy afterwards.
 */
import { Kind, parse, print, visit, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ui from '../app/_gql/graphql.ts';
import { startTestApi, type TestApi } from './testing.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20240612);
const REQUESTS = 600;
const TIMEOUT_MS = 5000;

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
type Random = ReturnType<typeof prng>;

interface Probe {
  kind: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

const json = (value: unknown, headers: Record<string, string> = {}): Pick<Probe, 'body' | 'headers'> => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json', ...headers },
});

const documents = Object.entries(ui)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof ui.TypedDocumentString)
  .map(([, value]) => String(value));

const strangeStrings = [
  '',
  '\u0000',
  'a\u0000b',
  '%',
  '_',
  '\\',
  "'; drop table devices; --",
  '$(reboot)',
  '../../etc/passwd',
  '\ud800',
  '🦀'.repeat(100),
  'x'.repeat(70_000),
  '{device}/{artifact}',
  '-271821-04-20T00:00:00.000Z',
  '__proto__',
];
const strangeValues: unknown[] = [
  null,
  true,
  -1,
  0,
  2 ** 31,
  -(2 ** 31) - 1,
  1e308,
  0.5,
  [],
  {},
  JSON.parse('{"__proto__": {"admin": true}}'),
  [[[[[]]]]],
  ...strangeStrings,
];

/** A random value for a variable, sometimes of the right shape. */
function randomValue(random: Random, depth = 0): unknown {
  const roll = random.int(10);
  if (roll < 5 || depth > 3) return random.pick(strangeValues);
  if (roll < 7) return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
  if (roll < 9) return Object.fromEntries(Array.from({ length: random.int(4) }, () => [random.pick(['name', 'host', 'first', 'id', 'kind', 'path', 'pathTemplate', 'cron', 'location', 'files', 'x']), randomValue(random, depth + 1)]));
  return random.pick(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', 'GIT', 'FILESYSTEM', 'VIEWER', 'ADMIN', '* * * * *']);
}

/** Random edits of a real document's text: characters dropped, doubled or swapped in. */
function mutateText(random: Random, text: string): string {
  let out = text;
  for (let edits = 1 + random.int(3); edits > 0; edits--) {
    const at = random.int(out.length);
    const roll = random.int(5);
    if (roll === 0) out = out.slice(0, at) + out.slice(at + 1 + random.int(8));
    else if (roll === 1) out = out.slice(0, at) + random.pick(['{', '}', '(', ')', '$', '@', '...', '"', ':', '!', '[', ']', ' __schema ', ' __typename ']) + out.slice(at);
    else if (roll === 2) out = out.slice(0, at) + out.slice(at, at + 40) + out.slice(at);
    else if (roll === 3) out = out.replace(/first: \d+/, `first: ${random.pick([-1, 0, 501, 2 ** 31 - 1, 99999999999])}`);
    else out = out.replace(/\b(id|name|status)\b/, random.pick(['nope', '__typename', 'id', 'credentialSets { devices { credentialSets { devices { id } } } }']));
  }
  return out;
}

/** A real document with its literals turned strange (parsed, so it stays a document). */
function mutateLiterals(random: Random, source: string): string {
  const document: DocumentNode = parse(source);
  const changed = visit(document, {
    IntValue: () => ({ kind: Kind.INT, value: String(random.pick([-1, 0, 501, 2 ** 31 - 1, 100000])) }),
    StringValue: () => ({ kind: Kind.STRING, value: random.pick(strangeStrings) }),
  });
  return print(changed);
}

function variablesFor(random: Random, source: string): Record<string, unknown> {
  const names = [...source.matchAll(/\$(\w+):/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((name) => [name, randomValue(random)]));
}

const aliasBomb = (random: Random) => {
  const field = random.pick(['version', 'devices(first: 500) { nodes { id } }', 'previewSchedule(cron: "* * * * *", count: 100) { nextRuns }', 'dashboard { deviceCount }', 'me { id }']);
  return `{ ${Array.from({ length: 50 + random.int(1000) }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
};
const nested = (depth: number) => {
  let selection = 'id';
  for (let level = depth; level >= 1; level--) selection = `${level % 2 ? 'credentialSets' : 'devices'} { id ${selection} }`;
  return `{ devices(first: 500) { nodes { ${selection} } } }`;
};
const fragmentBomb = (levels: number) =>
  `{ ...F0 } ${Array.from({ length: levels }, (_, i) => (i === levels - 1 ? `fragment F${i} on Query { version }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} a${i}: version }`)).join(' ')}`;

const generators: ((random: Random) => Probe)[] = [
  (random) => ({ kind: 'invalid JSON', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: random.pick(documents) }).slice(0, 1 + random.int(60)) }),
  (random) => ({ kind: 'invalid JSON', headers: { 'content-type': 'application/json' }, body: random.pick(['{', '}', 'null', '[]', '"x"', '42', 'true', '{"query":}', '\u0000', '{"query": "{ version }",}', '\ufeff{"query":"{ version }"}']) }),
  (random) => ({ kind: 'wrong types', ...json({ query: random.pick([42, null, true, [], { a: 1 }, ['{ version }']]), variables: random.pick([null, 'x', 1, [], undefined]), operationName: random.pick([undefined, 1, {}, 'Nope']) }) }),
  (random) =>
    random.int(2) === 0
      ? { kind: 'huge strings', ...json({ query: 'query($s: String) { devices(first: 5, search: $s) { totalCount } }', variables: { s: 'y'.repeat(10_000 + random.int(500_000)) } }) }
      : { kind: 'huge strings', ...json({ query: `{ devices(first: 1, search: "${'z'.repeat(10_000 + random.int(200_000))}") { totalCount } }` }) },
  (random) =>
    // Rarely: each is 5 MB on the wire.
    random.int(4) === 0
      ? { kind: 'body over the limit', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ version }', variables: { x: 'w'.repeat(5 * 1024 * 1024 + 10) } }) }
      : { kind: 'body over the limit', headers: { 'content-type': 'application/json' }, body: `{"query":"{ version }","x":"${'v'.repeat(random.int(200_000))}` },
  (random) => ({ kind: 'NUL bytes', ...json({ query: random.pick(documents), variables: Object.fromEntries(Object.keys(variablesFor(random, random.pick(documents))).map((k) => [k, 'a\u0000'])) }) }),
  (random) => ({ kind: 'NUL bytes', ...json({ query: random.pick(['{ devices(first: 5, search: "\\u0000") { totalCount } }', '{ runs(filter: { deviceId: "\\u0000" }) { totalCount } }', 'mutation { login(username: "\\u0000", password: "\\u0000") { id } }', '{ backup(id: "\\u0000") { id } }']) }) }),
  (random) => ({ kind: 'deep nesting', ...json({ query: nested(2 + random.int(60)) }) }),
  (random) => ({ kind: 'deep nesting', ...json({ query: `${'{ a '.repeat(50 + random.int(500))}${'}'.repeat(50 + random.int(500))}` }) }),
  (random) => ({ kind: 'deep nesting', headers: { 'content-type': 'application/json' }, body: `{"query":"query($v: JSON) { version }","variables":{"v":${'['.repeat(1000 + random.int(50_000))}${']'.repeat(1000)}}}` }),
  (random) => ({ kind: 'alias bombs', ...json({ query: aliasBomb(random) }) }),
  (random) => ({ kind: 'fragment bombs', ...json({ query: fragmentBomb(5 + random.int(30)) }) }),
  (random) => ({ kind: 'directive bombs', ...json({ query: `{ version ${'@include(if: true) '.repeat(1 + random.int(2000))} }` }) }),
  (random) => ({ kind: 'unknown fields', ...json({ query: random.pick(['{ nope }', '{ devices { nope } }', '{ devices(nope: 1) { totalCount } }', '{ ...on Nope { id } }', 'query { __type(name: "Nope") { name } }', 'mutation { nope }', '{ device(id: "x") { secrets } }', '{ credentialSets { password } }']) }) }),
  (random) => {
    const source = random.pick(documents);
    return { kind: 'bad variables', ...json({ query: source, variables: variablesFor(random, source) }) };
  },
  (random) => ({ kind: 'bad variables', ...json({ query: 'query($a: Int!, $b: ID) { devices(first: $a) { totalCount } runs(filter: { deviceId: $b }) { totalCount } }', variables: { a: randomValue(random), b: randomValue(random), c: 1 } }) }),
  (random) => ({
    kind: 'bad content types',
    headers: random.pick<Record<string, string>>([{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'multipart/form-data; boundary=x' }, { 'content-type': 'application/graphql' }, {}, { 'content-type': 'application/json; charset=latin1' }, { 'content-type': 'application/json', 'content-encoding': 'gzip' }]),
    body: random.pick(['{ version }', 'query={ version }', JSON.stringify({ query: '{ version }' }), '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ version }"}\r\n--x--']),
  }),
  (random) => ({ kind: 'other methods', method: random.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']), path: random.pick(['/api/graphql', '/api/graphql?query=%7B%20version%20%7D', '/api/graphql?query=mutation%7Blogout%7D', '/api/graphql?query=%7B', '/api/graphql?variables=%7B']) }),
  (random) => ({ kind: 'batch arrays', ...json(Array.from({ length: random.int(120) }, () => ({ query: random.pick(documents) }))) }),
  (random) => ({ kind: 'subscription over POST', ...json({ query: random.pick(['subscription { heartbeat(intervalMs: 0) { seq } }', 'subscription { runUpdates { id } }', 'subscription($r: ID!) { runProgress(runId: $r) { seq } }']), variables: { r: randomValue(random) } }) }),
  (random) => ({ kind: 'bad persisted queries', ...json({ query: random.pick([undefined, '{ version }']), extensions: { persistedQuery: random.pick([{ version: 1, sha256Hash: 'abc' }, { version: 2 }, null, 'x', { sha256Hash: 1 }, { version: 1, sha256Hash: '0'.repeat(64) }]) } }) }),
  (random) => ({ kind: 'mutated documents', ...json({ query: mutateText(random, random.pick(documents)) }) }),
  (random) => {
    const source = random.pick(documents);
    return { kind: 'mutated literals', ...json({ query: mutateLiterals(random, source), variables: variablesFor(random, source) }) };
  },
];

let api: TestApi;
let callers: { name: string; headers: Record<string, string> }[];
beforeAll(async () => {
  api = await startTestApi();
  callers = [
    { name: 'anonymous', headers: {} },
    { name: 'viewer', headers: { authorization: `Bearer ${await api.tokenFor('VIEWER')}` } },
    { name: 'admin', headers: { authorization: `Bearer ${api.adminToken}` } },
  ];
});
afterAll(() => api?.close());

describe('fuzz (F2, F17)', () => {
  it(`F17: ${REQUESTS} generated malformed requests get no 5xx, no INTERNAL_SERVER_ERROR, each an answer within 5 s`, async () => {
    const random = prng(SEED);
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    for (let n = 0; n < REQUESTS; n++) {
      const probe = random.pick(generators)(random);
      const caller = callers[n % callers.length];
      kinds.set(probe.kind, (kinds.get(probe.kind) ?? 0) + 1);
      const label = `#${n} ${probe.kind} as ${caller.name}`;
      const method = probe.method ?? 'POST';
      try {
        const response = await fetch(`${api.url}${probe.path ?? '/api/graphql'}`, {
          method,
          headers: { ...caller.headers, ...probe.headers },
          body: method === 'GET' || method === 'HEAD' ? undefined : (probe.body ?? ''),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const raw = await response.text();
        if (response.status >= 500) failures.push(`${label}: HTTP ${response.status} ${raw.slice(0, 200)}`);
        if (raw.includes('INTERNAL_SERVER_ERROR')) failures.push(`${label}: INTERNAL_SERVER_ERROR ${raw.slice(0, 200)}`);
      } catch (error) {
        failures.push(`${label}: no answer within ${TIMEOUT_MS} ms (${(error as Error).name}: ${(error as Error).message})`);
      }
    }
    expect(failures).toEqual([]);
    // Every category was tried.
    expect(kinds.size).toBe(18);
    expect(api.logs()).not.toMatch(/internal error in a GraphQL operation|"msg":"request failed"/);

    const health = await fetch(`${api.url}/api/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    expect(health.status).toBe(200);
    const normal = await api.gql(`{ me { username } devices(first: 5) { totalCount } }`, {}, { token: api.adminToken });
    expect(normal.errors).toBeUndefined();
    expect(normal.data!.me).toEqual({ username: 'admin' });
  }, 120_000);
});
