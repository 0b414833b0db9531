import { isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST, type GraphQLInputType, type OperationDefinitionNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ui from '../app/_gql/graphql.ts';
import { runDevices } from '../db/runs/schema.ts';
import { createOperationLimits, limits, unboundedLists } from './limits.ts';
import { buildSchema } from './schema.ts';
import { startTestApi, type TestApi } from './testing.ts';

const schema = buildSchema();
const operations = createOperationLimits(schema, { introspection: 'signed-in' });

let api: TestApi;
let viewer: string;
let deviceIds: string[];
let deviceId: string;
let setId: string;
let runIds: string[];
const DEVICES = 40;

beforeAll(async () => {
  api = await startTestApi();
  viewer = await api.tokenFor('VIEWER');
  const admin = { token: api.adminToken };
  const set = await api.gql(`mutation { createCredentialSet(input: { name: "shared", username: "netops", password: "pw" }) { id } }`, {}, admin);
  setId = set.data!.createCredentialSet.id;
  const csv = ['name,host,backup_method,credential_sets', ...Array.from({ length: DEVICES }, (_, i) => `sw-${String(i).padStart(2, '0')},10.0.0.${i + 1},cisco-ios,shared`)].join('\n');
  const imported = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { message } devices { name } } }`, { csv }, admin);
  expect(imported.data!.importDevices).toMatchObject({ ok: true, errors: [] });
  const listed = await api.gql(`{ devices(first: 100, sort: { field: NAME }) { nodes { id } } }`, {}, admin);
  deviceIds = listed.data!.devices.nodes.map((d: { id: string }) => d.id);
  deviceId = deviceIds[0];
  const repository = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, admin);
  expect(repository.errors).toBeUndefined();
  runIds = [];
  for (let i = 0; i < 3; i++) {
    const run = await api.gql(`mutation($ids: [ID!]) { startRun(input: { deviceIds: $ids }) { id } }`, { ids: deviceIds }, admin);
    expect(run.errors).toBeUndefined();
    runIds.push(run.data!.startRun.id);
    // The worker writes a run's devices when it begins the run; no worker runs here.
    await api.db.db.insert(runDevices).values(
      deviceIds.map((id, position) => ({ runId: run.data!.startRun.id, deviceId: id, deviceName: `sw-${String(position).padStart(2, '0')}`, position })),
    );
  }
}, 60_000);
afterAll(() => api?.close());

/** Worst-case variables for an operation: every Int at the largest page, every list with one item. */
function sampleVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
    }
    const scalars: Record<string, unknown> = { Int: 500, Float: 1, Boolean: false, ID: deviceId, String: 'x', DateTime: new Date().toISOString(), JSON: {} };
    return scalars[type.name];
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]),
  );
}

/** `device { credentialSets { devices { credentialSets … } } }`, `depth` levels deep. */
function chain(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level--) selection = `${level % 2 ? 'credentialSets' : 'devices'} { id ${selection} }`;
  return `query($id: ID!) { device(id: $id) { ${selection} } }`;
}

function socket(token: string): Client {
  return createClient({ url: `${api.url.replace('http', 'ws')}/api/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
}

/** The result, or the errors of an `error` message, of one operation over a socket. */
function overSocket(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
    let result: { data?: unknown; errors?: never[] } = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => void (result = value as never),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result),
      },
    );
  });
}

async function expectServerAnswers() {
  const health = await fetch(`${api.url}/api/health`);
  expect(health.status).toBe(200);
  const normal = await api.gql(`{ devices(first: 10) { totalCount nodes { name credentialSets { name } } } }`, {}, { token: viewer });
  expect(normal.errors).toBeUndefined();
  expect(normal.data!.devices.totalCount).toBeGreaterThanOrEqual(DEVICES);
}

const reviewQuery = `query($id: ID!) { device(id: $id) { credentialSets { devices { id credentialSets { devices { id
  credentialSets { devices { id credentialSets { devices { id } } } } } } } } } }`;
const backupsQuery = `query($id: ID!) { device(id: $id) { backups { nodes { run { devices { device {
  backups { nodes { run { devices { device { backups { nodes { id } } } } } } } } } } } } } }`;

describe('query limits (F2)', () => {
  it('F2: every list of objects in the schema has a page argument or a declared maximum', () => {
    expect(unboundedLists(schema)).toEqual([]);
  });

  it('F2: every document the UI sends stays within the limits, asking for the largest pages', () => {
    const documents = Object.entries(ui).filter(([name, value]) => name.endsWith('Document') && value instanceof ui.TypedDocumentString);
    expect(documents.length).toBeGreaterThan(40);
    const over: string[] = [];
    for (const [name, value] of documents) {
      const document = parse(String(value));
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const refusal = operations.check({ document, variables: sampleVariables(operation) });
      if (refusal) over.push(`${name}: ${refusal.message}`);
    }
    expect(over).toEqual([]);
  });

  it("F2: the review's 174-byte query and the backups family are refused with QUERY_TOO_COMPLEX before they run", async () => {
    for (const query of [reviewQuery, backupsQuery]) {
      const answer = await api.gql(query, { id: deviceId }, { token: viewer });
      expect(answer.status).toBe(400);
      expect(answer.data).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect(answer.errors![0].message).toMatch(/objects, over the limit of 50000|depth limit of 10/);
    }
    const review = await api.gql(reviewQuery, { id: deviceId }, { token: viewer });
    expect(review.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: limits.maxCost });
    expect(review.errors![0].extensions!.cost as number).toBeGreaterThan(limits.maxCost);
    await expectServerAnswers();
  });

  it('F2: a generated family of nested and aliased queries is refused exactly when it is over a limit', async () => {
    const family: { name: string; query: string; variables?: Record<string, unknown> }[] = [];
    for (let depth = 2; depth <= 50; depth++) family.push({ name: `depth ${depth}`, query: chain(depth), variables: { id: deviceId } });
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    family.push({ name: '1000 × devices(first: 500)', query: aliases(1000, 'devices(first: 500) { nodes { id name } }') });
    family.push({ name: '1000 × previewSchedule(count: 100)', query: aliases(1000, 'previewSchedule(cron: "* * * * *", count: 100) { nextRuns }') });
    family.push({ name: '20 × devices(first: 500) with credential sets', query: aliases(20, 'devices(first: 500) { nodes { id credentialSets { devices(first: 500) { id } } } }') });
    family.push({ name: '31 × version', query: aliases(31, 'version') });
    family.push({
      name: 'a chain of fragments',
      query: `{ ...F0 } ${Array.from({ length: 16 }, (_, i) => `fragment F${i} on Query { ${i === 15 ? 'version' : `...F${i + 1} a${i}: devices(first: 500) { nodes { ...G } }`} }`).join(' ')} fragment G on Device { id credentialSets { devices { id } } }`,
    });

    let refused = 0;
    for (const { name, query, variables } of family) {
      const expected = operations.check({ document: parse(query), variables });
      const answer = await api.gql(query, variables, { token: viewer });
      if (expected) {
        refused++;
        expect(answer.status, name).toBe(400);
        expect(answer.errors?.map((e) => e.extensions?.code), name).toEqual(['QUERY_TOO_COMPLEX']);
      } else {
        expect(answer.errors, name).toBeUndefined();
        expect(answer.data, name).not.toBeNull();
      }
    }
    // Shallow queries run; from depth 4 the nested lists multiply past the limit.
    expect(refused).toBeGreaterThanOrEqual(family.length - 3);
    await expectServerAnswers();
  });

  it('F2: over a WebSocket the same limits apply, and the socket goes on answering', async () => {
    const client = socket(viewer);
    try {
      const refused = await overSocket(client, reviewQuery, { id: deviceId });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      const tooDeep = await overSocket(client, chain(12), { id: deviceId });
      expect(tooDeep.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect(tooDeep.errors?.[0].message).toContain('depth limit of 10');
      const fine = await overSocket(client, `{ devices(first: 5) { totalCount } }`);
      expect(fine).toEqual({ data: { devices: { totalCount: DEVICES } } });
    } finally {
      await client.dispose();
    }
  });

  it('F2: lists without a page size are paged and bounded: Run.devices, Run.events and CredentialSet.devices', async () => {
    const paged = await api.gql(
      `query($id: ID!, $device: ID!) { run(id: $id) { page: devices(first: 5, offset: 5) { position deviceName } mine: devices(deviceIds: [$device]) { deviceName }
        all: devices { position } events(first: 1) { seq } } credentialSet(id: "${setId}") { devices(first: 2, offset: 1) { name } all: devices(first: 500) { name } deviceCount } }`,
      { id: runIds[0], device: deviceIds[3] },
      { token: viewer },
    );
    expect(paged.errors).toBeUndefined();
    const run = paged.data!.run;
    expect(run.page.map((d: { position: number }) => d.position)).toEqual([5, 6, 7, 8, 9]);
    expect(run.mine).toEqual([{ deviceName: 'sw-03' }]);
    expect(run.all).toHaveLength(DEVICES);
    expect(paged.data!.credentialSet.devices).toEqual([{ name: 'sw-01' }, { name: 'sw-02' }]);
    expect(paged.data!.credentialSet.all).toHaveLength(DEVICES);
    expect(paged.data!.credentialSet.deviceCount).toBe(DEVICES);

    for (const field of ['devices(first: 501)', 'devices(offset: -1)']) {
      const refused = await api.gql(`{ credentialSet(id: "${setId}") { ${field} { id } } }`, {}, { token: viewer });
      expect(refused.errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const tooMany = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: 'many-sets', host: '10.9.9.9', backupMethod: 'cisco-ios', credentialSetIds: Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) } },
      { token: api.adminToken },
    );
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'credentialSetIds' } });
  });

  it('F2: nested lists are loaded in one query per level, not one per parent', async () => {
    const statements: string[] = [];
    const options = api.db.sql.options as { debug?: unknown };
    options.debug = (_connection: number, statement: string) => statements.push(statement);
    try {
      const answer = await api.gql(
        `{ runs(first: 3) { nodes { requestedBy { username } devices(first: 100) { device { id name credentialSets { name } lastChangedAt } } events(first: 100) { seq } } }
           credentialSets { devices { id } } schedules { lastRun { id } } }`,
        {},
        { token: viewer },
      );
      expect(answer.errors).toBeUndefined();
      const runs = answer.data!.runs.nodes;
      expect(runs).toHaveLength(3);
      for (const run of runs) {
        expect(run.requestedBy).toEqual({ username: 'admin' });
        expect(run.devices).toHaveLength(DEVICES);
        expect(run.devices.every((d: { device: { credentialSets: unknown[] } }) => d.device.credentialSets.length === 1)).toBe(true);
      }
    } finally {
      delete options.debug;
    }
    // 3 runs × 40 devices: one query per parent would be well over 120 statements.
    expect(statements.length).toBeLessThan(25);
  });

  it('F2: an answer over the response size cap is replaced by RESPONSE_TOO_LARGE, over HTTP and WebSocket', async () => {
    const bulk = 'x'.repeat(4 * 1024 * 1024);
    for (let i = 0; i < 3; i++) {
      const created = await api.gql(
        `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
        { input: { name: `bulky-${i}`, host: `10.8.0.${i + 1}`, backupMethod: 'linux', location: 'bulky', options: { files: [`/${bulk}`] } } },
        { token: api.adminToken },
      );
      expect(created.errors).toBeUndefined();
    }
    const query = `{ devices(first: 3, filter: { location: "bulky" }) { nodes { options } } }`;
    const answer = await api.gql(query, {}, { token: viewer });
    expect(answer.raw.length).toBeLessThan(1000);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: limits.maxResponseBytes });

    const client = socket(viewer);
    try {
      const overWs = await overSocket(client, query);
      expect(overWs.errors?.[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    } finally {
      await client.dispose();
    }
    await expectServerAnswers();
  });
});
