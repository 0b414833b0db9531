/**
 * What the device list costs PostgreSQL, counted on the statements the API server sends (the
 * postgres.js `debug` hook of its pool): a page with nested credential sets and repositories
 * takes the same few statements whatever its size, reads the credential sets of its own rows
 * only, and counts the fleet without scanning it. Requests go over HTTP to a real server.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import pino from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiToken } from '../../db/auth/create-api-token.ts';
import { createUser } from '../../db/auth/create-user.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import type { Ctx } from '../../db/context.ts';
import * as schema from '../../db/schema.ts';
import { createKeyring } from '../../infra/keyring.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { startWebServer, type WebServer } from '../../launcher/web-server.ts';

const FLEET = 240;

let database: TestDatabase;
let handle: DatabaseHandle;
let web: WebServer;
let dataDir: string;
let viewerToken: string;
/** Statements the server's pool sent while `counting` was on. */
let statements: { text: string; parameters: unknown[] }[] = [];
let counting = false;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-device-list-'));
  const sql = postgres(database.url, {
    max: 5,
    onnotice: () => {},
    // The driver's own look-up of array types, once per pool, is not the list's.
    debug: (_connection, text, parameters) => {
      if (counting && !text.includes('pg_catalog.pg_type')) statements.push({ text, parameters });
    },
  });
  handle = { sql, db: drizzle(sql, { schema }), close: () => sql.end({ timeout: 5 }) };
  const log = pino({ level: 'silent' });
  const keyring = createKeyring(crypto.randomBytes(32));

  // Two credential sets and two repositories; every device has the first set, every third the
  // second one too (tried after it); two devices in three have a repository.
  const [primary] = await sql`insert into credential_sets (name, username) values ('primary', 'backup') returning id`;
  const [fallback] = await sql`insert into credential_sets (name, username) values ('fallback', 'backup') returning id`;
  const [git] = await sql`insert into repositories (name, kind, path) values ('main', 'git', ${path.join(dataDir, 'main')}) returning id`;
  const [files] = await sql`insert into repositories (name, kind, path) values ('archive', 'filesystem', ${path.join(dataDir, 'archive')}) returning id`;
  await sql`
    insert into devices (name, host, backup_method, repository_id)
    select format('sw-%s', lpad(i::text, 3, '0')), format('10.0.%s.%s', i / 256, i % 256), 'cisco-ios', (array[${git.id}::uuid, ${files.id}::uuid, null])[1 + i % 3]
    from generate_series(1, ${FLEET}::int) as i`;
  await sql`
    insert into device_credential_sets (device_id, credential_set_id, position)
    select d.id, s.set_id, s.position
    from devices d cross join (values (${primary.id}::uuid, 0), (${fallback.id}::uuid, 1)) as s(set_id, position)
    where s.position = 0 or substring(d.name from 4)::int % 3 = 0`;

  const system: Ctx = { db: handle.db, caller: { kind: 'system', name: 'test' }, keyring, log, settings: { dataDir } };
  const viewer = await createUser({ ctx: system, input: { username: 'list-viewer', password: 'a-long-password', role: 'viewer' } });
  viewerToken = (await createApiToken({ ctx: system, input: { name: 'list', userId: viewer.id } })).token;

  web = await startWebServer({ db: handle, keyring, log, env: { dataDir, TIDEMARK_SECURE_COOKIES: false }, host: '127.0.0.1', port: 0, ui: false });
  // The token's first use records when it was used; the requests counted below are later ones.
  await page({ first: 1 });
});

afterAll(async () => {
  await web?.close();
  await handle?.close();
  await database?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { name: string; credentialSets: { name: string }[]; repository: { name: string } | null }[];
}

const listQuery = `query($first: Int!, $after: String, $search: String) {
  devices(first: $first, after: $after, search: $search, sort: { field: NAME }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name host lastStatus credentialSets { name } repository { name } }
  }
}`;

/** One request as the viewer, with the statements the server sent for it. */
async function page(variables: { first: number; after?: string | null; search?: string }) {
  statements = [];
  counting = true;
  try {
    const response = await fetch(`${web.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewerToken}` },
      body: JSON.stringify({ query: listQuery, variables }),
    });
    const body = (await response.json()) as { data?: { devices: Page }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return { devices: body.data!.devices, statements: [...statements] };
  } finally {
    counting = false;
  }
}

/** Statements that read the list's own tables (not the caller's token). */
const listStatements = (sent: { text: string }[]) => sent.filter((s) => /"(devices|device_credential_sets|credential_sets|repositories|device_totals)"/.test(s.text));

interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

describe('B3: the device list under load', () => {
  test('B3: a page with nested credential sets and repositories takes the same few statements whatever its size', async () => {
    const counts: number[] = [];
    for (const first of [5, 50, 200]) {
      const { devices, statements: sent } = await page({ first });
      expect(devices.nodes).toHaveLength(first);
      expect(devices.totalCount).toBe(FLEET);
      // The nested fields are really loaded: sw-003 has both sets in order, sw-001 one; sw-002 has no repository.
      const byName = new Map(devices.nodes.map((node) => [node.name, node]));
      expect(byName.get('sw-003')).toMatchObject({ credentialSets: [{ name: 'primary' }, { name: 'fallback' }], repository: { name: 'main' } });
      expect(byName.get('sw-001')).toMatchObject({ credentialSets: [{ name: 'primary' }], repository: { name: 'archive' } });
      expect(byName.get('sw-002')).toMatchObject({ repository: null });
      // The page, its credential sets, its repositories; the count is read from device_totals.
      expect(listStatements(sent).length).toBeLessThanOrEqual(4);
      counts.push(sent.length);
    }
    expect(new Set(counts).size).toBe(1);

    // A later page (an offset) and a search cost the same.
    const second = await page({ first: 50, after: (await page({ first: 50 })).devices.pageInfo.endCursor });
    expect(second.devices.nodes[0].name).toBe('sw-051');
    expect(second.statements).toHaveLength(counts[0]);
    const search = await page({ first: 50, search: 'sw-1' });
    expect(search.devices.totalCount).toBe(100);
    expect(search.statements).toHaveLength(counts[0]);
  });

  test('B3: the last page reads the credential sets of its own rows, not of every row its offset skips', async () => {
    let cursor: string | null = null;
    for (let i = 0; i < FLEET / 40 - 1; i++) cursor = (await page({ first: 40, after: cursor })).devices.pageInfo.endCursor;
    const last = await page({ first: 40, after: cursor });
    expect(last.devices.nodes.at(-1)?.name).toBe(`sw-${FLEET}`);
    expect(last.devices.pageInfo.hasNextPage).toBe(false);

    const [pageStatement] = last.statements.filter((s) => s.text.includes('"credential_set_ids"'));
    const [explained] = await handle.sql.unsafe(`explain (analyze, format json) ${pageStatement.text}`, pageStatement.parameters as never[]);
    const nodes = planNodes((explained['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan);
    const subPlans = nodes.filter((node) => node['Parent Relationship'] === 'SubPlan');
    expect(subPlans.length).toBeGreaterThan(0);
    for (const subPlan of subPlans) expect(subPlan['Actual Loops']).toBeLessThanOrEqual(41);
  });

  test("B3: concurrent requests with one API token do not each write the token's lastUsedAt", async () => {
    const lastUsed = async () => (await handle.sql`select last_used_at::text as at from api_tokens where name = 'list'`)[0].at as string | null;
    const first = await lastUsed();
    expect(first).not.toBeNull();
    statements = [];
    counting = true;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${web.url}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${viewerToken}` },
          body: JSON.stringify({ query: '{ devices(first: 1) { totalCount } }' }),
        }).then((response) => response.json() as Promise<{ data?: { devices: { totalCount: number } } }>),
      ),
    );
    counting = false;
    expect(answers.map((answer) => answer.data?.devices.totalCount)).toEqual(Array(5).fill(FLEET));
    expect(statements.filter((s) => /^update "api_tokens"/i.test(s.text.trim()))).toEqual([]);
    expect(await lastUsed()).toBe(first);
  });

  test('B3: totalCount of the whole fleet stays exact without counting the table, through inserts, deletes, rollbacks and truncation', async () => {
    const countsTable = (sent: { text: string }[]) => sent.some((s) => /count\(\*\)/i.test(s.text) && s.text.includes('from "devices"'));
    const before = await page({ first: 1 });
    expect(before.devices.totalCount).toBe(FLEET);
    expect(countsTable(before.statements)).toBe(false);

    await handle.sql`insert into devices (name, host, backup_method) values ('extra-1', '10.9.0.1', 'cisco-ios'), ('extra-2', '10.9.0.2', 'cisco-ios'), ('extra-3', '10.9.0.3', 'cisco-ios')`;
    expect((await page({ first: 1 })).devices.totalCount).toBe(FLEET + 3);
    await handle.sql`delete from devices where name in ('extra-1', 'extra-2')`;
    expect((await page({ first: 1 })).devices.totalCount).toBe(FLEET + 1);
    await handle.sql
      .begin(async (tx) => {
        await tx`insert into devices (name, host, backup_method) values ('rolled-back', '10.9.0.9', 'cisco-ios')`;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await handle.sql`insert into devices (name, host, backup_method) values ('extra-3', '10.9.0.3', 'cisco-ios') on conflict (name) do nothing`;
    expect((await page({ first: 1 })).devices.totalCount).toBe(FLEET + 1);
    expect((await handle.sql`select count(*)::int as n from devices`)[0].n).toBe(FLEET + 1);

    // A filtered list is counted exactly, by the filter.
    const filtered = await page({ first: 1, search: 'extra' });
    expect(filtered.devices.totalCount).toBe(1);

    await handle.sql`truncate devices cascade`;
    expect((await page({ first: 5 })).devices).toMatchObject({ totalCount: 0, nodes: [] });
  });
});

describe('the whole fleet, in every order', () => {
  const sortedQuery = `query($first: Int!, $after: String, $sort: DeviceSort, $filter: DeviceFilter) {
    devices(first: $first, after: $after, sort: $sort, filter: $filter) { pageInfo { hasNextPage endCursor } nodes { name } }
  }`;

  async function allNames(variables: Record<string, unknown>): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    do {
      const response = await fetch(`${web.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${viewerToken}` },
        body: JSON.stringify({ query: sortedQuery, variables: { ...variables, first: 70, after } }),
      });
      const body = (await response.json()) as { data?: { devices: { pageInfo: Page['pageInfo']; nodes: { name: string }[] } }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      names.push(...body.data!.devices.nodes.map((node) => node.name));
      after = body.data!.devices.pageInfo.hasNextPage ? body.data!.devices.pageInfo.endCursor : null;
    } while (after);
    return names;
  }

  test('pages of the unfiltered list, in every sort and direction, are those of a filter every device matches', async () => {
    // A fleet whose sort columns repeat, are empty or missing, so ties and nulls are ordered too.
    await handle.sql`
      insert into devices (name, host, backup_method, location, last_backup_at, last_status)
      select format('order-%s', lpad(i::text, 3, '0')), format('10.8.%s.%s', i % 7, i), (array['cisco-ios', 'arista-eos', 'juniper-junos'])[1 + i % 3],
        case when i % 4 = 0 then '' else format('site-%s', i % 5) end,
        case when i % 6 = 0 then null else now() - make_interval(hours => i % 9) end,
        (array['SUCCEEDED', 'FAILED', null])[1 + i % 3]
      from generate_series(1, ${FLEET}::int) as i`;
    for (const field of ['NAME', 'HOST', 'BACKUP_METHOD', 'LOCATION', 'LAST_BACKUP_AT', 'LAST_STATUS']) {
      for (const descending of [false, true]) {
        const sort = { field, descending };
        const whole = await allNames({ sort });
        expect(whole.length).toBeGreaterThanOrEqual(FLEET);
        expect(new Set(whole).size).toBe(whole.length);
        expect(whole).toEqual(await allNames({ sort, filter: { enabled: true } }));
      }
    }
    const byName = await allNames({ sort: { field: 'NAME', descending: true } });
    expect(byName).toEqual([...byName].sort().reverse());
  });
});
