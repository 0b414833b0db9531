/**
 * Config search over real backups: lab devices backed up by a worker into a Git repository, then
 * searched through the API. Secrets are never searchable, also on a device that keeps them.
 */
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexStoredVersions } from '../../db/config-search/index-stored-versions.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { projectRoot } from '../../infra/project-root.ts';
import { startTestApi, type TestApi } from '../testing.ts';
import type { RunningWorker } from '../../worker/run-worker.ts';

let api: TestApi;
let worker: RunningWorker;
let lab: Lab;
let viewer: string;
let repositoryId: string;
const deviceIds: Record<string, string> = {};
let firstRunAt: Date;

/** Values the lab's cisco-ios configuration holds, which its platform redacts. */
const ciscoSecrets = fs
  .readFileSync(path.join(projectRoot, 'plugins/cisco-ios/fixtures/secrets.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length >= 8);

const devices = [
  { name: 'core-1', platform: 'cisco-ios', location: 'emea/ams1', tags: ['core'] },
  { name: 'core-2', platform: 'cisco-ios', location: 'emea/fra1', tags: ['core', 'pci'] },
  { name: 'edge-1', platform: 'cisco-ios', location: 'amer/nyc1', tags: ['edge'], keepSecrets: true },
  { name: 'leaf-1', platform: 'arista-eos', location: 'emea/ams1', tags: ['leaf'] },
];

const searchQuery = `query($query: String!, $regex: Boolean, $caseSensitive: Boolean, $context: Int, $filter: ConfigSearchFilter, $scope: ConfigSearchScope, $since: DateTime, $until: DateTime, $invert: Boolean, $first: Int, $after: String) {
  configSearch(query: $query, regex: $regex, caseSensitive: $caseSensitive, context: $context, filter: $filter, scope: $scope, since: $since, until: $until, invert: $invert, first: $first, after: $after) {
    totalCount searchedDevices searchedVersions pendingVersions
    pageInfo { hasNextPage endCursor }
    nodes {
      device { name }
      versionCount
      versions { backup { id artifact createdAt } matched matchCount truncated lines { number text isMatch highlights } }
    }
  }
}`;

interface SearchLine {
  number: number;
  text: string;
  isMatch: boolean;
  highlights: number[];
}
interface SearchResult {
  totalCount: number;
  searchedDevices: number;
  searchedVersions: number;
  pendingVersions: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: {
    device: { name: string };
    versionCount: number;
    versions: { backup: { id: string; artifact: string; createdAt: string }; matched: boolean; matchCount: number; truncated: boolean; lines: SearchLine[] }[];
  }[];
}

async function search(variables: Record<string, unknown>, token = viewer) {
  const response = await api.gql<{ configSearch: SearchResult }>(searchQuery, variables, { token });
  return { ...response, result: response.data?.configSearch ?? null };
}

const names = (result: SearchResult | null) => result!.nodes.map((n) => n.device.name);

async function runToEnd(): Promise<void> {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input: { selection: { all: true }, repositoryId } }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  const id = started.data!.startRun.id as string;
  for (;;) {
    const { data } = await api.gql(`{ run(id: "${id}") { status error devices { deviceName errorCode errorMessage } } }`, {}, { token: api.adminToken });
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(data!.run.status)) {
      expect(data!.run).toMatchObject({ status: 'SUCCEEDED', error: null });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  api = await startTestApi();
  worker = await api.startWorker({ concurrency: 5 });
  // Every fetch changes the configuration: the second run stores a new version of each.
  lab = await startLab({ devices: devices.map((d) => ({ platform: d.platform, name: d.name })), changeEvery: 1 });
  viewer = await api.tokenFor('VIEWER');
  const set = await api.gql(
    `mutation($p: String!, $e: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: $e }) { id } }`,
    { p: lab.devices[0].password, e: lab.devices[0].enableSecret },
    { token: api.adminToken },
  );
  const repository = await api.gql(`mutation { createRepository(input: { name: "search", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  repositoryId = repository.data!.createRepository.id;
  for (const [index, d] of devices.entries()) {
    const labDevice = lab.devices[index];
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      {
        input: {
          name: d.name,
          host: labDevice.host,
          port: labDevice.port,
          backupMethod: labDevice.backupMethod,
          location: d.location,
          tags: d.tags,
          keepSecrets: d.keepSecrets ?? false,
          credentialSetIds: [set.data!.createCredentialSet.id],
          repositoryId,
        },
      },
      { token: api.adminToken },
    );
    expect(created.errors).toBeUndefined();
    deviceIds[d.name] = created.data!.createDevice.id;
  }
  firstRunAt = new Date();
  await runToEnd();
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await lab?.close();
});

describe('configSearch', () => {
  it('finds a line across devices, grouped by device in name order, with context and highlights', async () => {
    const { result, errors } = await search({ query: 'ip domain name lab.example', context: 2 });
    expect(errors).toBeUndefined();
    expect(names(result)).toEqual(['core-1', 'core-2', 'edge-1']);
    expect(result!.totalCount).toBe(3);
    expect(result!.searchedDevices).toBe(4);
    for (const node of result!.nodes) {
      const running = node.versions.find((v) => v.backup.artifact === 'running-config')!;
      expect(running.matched).toBe(true);
      expect(running.matchCount).toBe(1);
      const match = running.lines.find((l) => l.isMatch)!;
      expect(match.text).toBe('ip domain name lab.example.net');
      expect(match.highlights).toEqual([0, 'ip domain name lab.example'.length]);
      // Two lines before and two after, numbered consecutively around the match.
      expect(running.lines.map((l) => l.number)).toEqual([match.number - 2, match.number - 1, match.number, match.number + 1, match.number + 2]);
    }
    // The line numbers are those of the stored version, as its view shows it.
    const [first] = result!.nodes[0].versions;
    const content = await api.gql(`query($id: ID!) { backupContent(id: $id) { content } }`, { id: first.backup.id }, { token: viewer });
    const stored = (content.data!.backupContent.content as string).split('\n');
    for (const line of first.lines) expect(stored[line.number - 1]).toBe(line.text);
  });

  it('is case-insensitive unless asked, and a substring is taken literally', async () => {
    expect((await search({ query: 'IP DOMAIN NAME' })).result!.totalCount).toBe(3);
    expect((await search({ query: 'IP DOMAIN NAME', caseSensitive: true })).result!.totalCount).toBe(0);
    // "." and "%" are characters here, not patterns.
    expect((await search({ query: 'lab.example.net' })).result!.totalCount).toBe(3);
    expect((await search({ query: 'lab%example' })).result!.totalCount).toBe(0);
    expect((await search({ query: 'labxexample' })).result!.totalCount).toBe(0);
  });

  it('takes PostgreSQL regular expressions line by line, anchors included', async () => {
    const { result, errors } = await search({ query: '^interface GigabitEthernet0/2[0-4]$', regex: true, context: 0, filter: { artifacts: ['running-config'] } });
    expect(errors).toBeUndefined();
    expect(names(result)).toEqual(['core-1', 'core-2', 'edge-1']);
    const [version] = result!.nodes[0].versions;
    expect(version.lines.map((l) => l.text)).toEqual(['interface GigabitEthernet0/20', 'interface GigabitEthernet0/21', 'interface GigabitEthernet0/22', 'interface GigabitEthernet0/23', 'interface GigabitEthernet0/24']);
    expect(version.lines.every((l) => l.isMatch && l.highlights.length === 2)).toBe(true);
    // Without ^ the pattern is found inside lines too; with the option, regardless of case.
    expect((await search({ query: 'HOSTNAME CORE-[0-9]', regex: true })).result!.totalCount).toBe(2);
    expect((await search({ query: 'HOSTNAME CORE-[0-9]', regex: true, caseSensitive: true })).result!.totalCount).toBe(0);
  });

  it('lists the devices that do NOT contain a line (invert)', async () => {
    const { result } = await search({ query: 'hostname core-1', invert: true });
    expect(names(result)).toEqual(['core-2', 'edge-1', 'leaf-1']);
    // A device is listed with the versions that were searched, none of them matching.
    for (const node of result!.nodes) {
      expect(node.versions.length).toBeGreaterThan(0);
      expect(node.versions.every((v) => !v.matched && v.lines.length === 0)).toBe(true);
    }
    const compliance = await search({ query: 'service password-encryption', invert: true, filter: { artifacts: ['running-config'] } });
    expect(names(compliance.result)).toEqual(['leaf-1']);
  });

  it('filters by platform, location, tag and artifact', async () => {
    expect(names((await search({ query: 'hostname', filter: { platforms: ['arista-eos'] } })).result)).toEqual(['leaf-1']);
    expect(names((await search({ query: 'hostname', filter: { locations: ['emea'] } })).result)).toEqual(['core-1', 'core-2', 'leaf-1']);
    expect(names((await search({ query: 'hostname', filter: { locations: ['emea/ams1'] } })).result)).toEqual(['core-1', 'leaf-1']);
    expect(names((await search({ query: 'hostname', filter: { tags: ['pci', 'edge'] } })).result)).toEqual(['core-2', 'edge-1']);
    const startup = await search({ query: 'hostname', filter: { artifacts: ['startup-config'], platforms: ['cisco-ios'] } });
    expect(startup.result!.nodes.every((n) => n.versions.every((v) => v.backup.artifact === 'startup-config'))).toBe(true);
    expect(startup.result!.totalCount).toBe(3);
  });

  it('pages devices with a cursor', async () => {
    const first = await search({ query: 'hostname', first: 2 });
    expect(names(first.result)).toEqual(['core-1', 'core-2']);
    expect(first.result!.pageInfo.hasNextPage).toBe(true);
    const second = await search({ query: 'hostname', first: 2, after: first.result!.pageInfo.endCursor });
    expect(names(second.result)).toEqual(['edge-1', 'leaf-1']);
    expect(second.result!.pageInfo.hasNextPage).toBe(false);
    expect(second.result!.totalCount).toBe(4);
  });

  it('never finds a secret the configurations hold, on a device that keeps its secrets either', async () => {
    expect(ciscoSecrets.length).toBeGreaterThan(3);
    // edge-1 keeps secrets: its repository holds them in clear.
    const [edgeBackup] = await api.db.sql`select id from backups where device_id = ${deviceIds['edge-1']} and artifact = 'running-config' limit 1`;
    const revealed = await api.gql(`query($id: ID!) { backupContent(id: $id, revealSecrets: true) { content } }`, { id: edgeBackup.id }, { token: api.adminToken });
    const kept = ciscoSecrets.filter((secret) => (revealed.data!.backupContent.content as string).includes(secret));
    expect(kept.length).toBeGreaterThan(0);
    for (const secret of ciscoSecrets) {
      const found = await search({ query: secret });
      expect(found.errors).toBeUndefined();
      expect(found.result!.totalCount).toBe(0);
      expect(found.raw).not.toContain(secret);
      const inverted = await search({ query: secret, invert: true });
      expect(inverted.result!.totalCount).toBe(4);
      expect(inverted.raw).not.toContain(secret);
    }
    // The redaction markers are what a search finds instead, and the lines around never show a secret.
    const markers = await search({ query: '<redacted:', context: 3 }, api.adminToken);
    expect(names(markers.result)).toContain('edge-1');
    for (const secret of ciscoSecrets) expect(markers.raw).not.toContain(secret);
    const [{ n }] = await api.db.sql`select count(*)::int as n from config_texts where content like any(${ciscoSecrets.map((s) => `%${s}%`)})`;
    expect(n).toBe(0);
  });

  it('refuses a bad regular expression with BAD_REGEX and bad input with BAD_USER_INPUT', async () => {
    const bad = await search({ query: 'interface (Gig', regex: true });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_REGEX');
    expect(bad.errors?.[0].extensions?.field).toBe('query');
    expect(bad.errors?.[0].message).toMatch(/not a valid regular expression/);
    // The same text as a substring is fine.
    expect((await search({ query: 'interface (Gig' })).errors).toBeUndefined();
    expect((await search({ query: '' })).errors?.[0].extensions?.field).toBe('query');
    expect((await search({ query: 'x', context: 11 })).errors?.[0].extensions?.field).toBe('context');
    expect((await search({ query: 'x', scope: 'RANGE' })).errors?.[0].extensions?.field).toBe('since');
    expect((await search({ query: 'x', first: 101 })).errors?.[0].message).toMatch(/first/);
  });

  it('stops a search that takes too long with SEARCH_TIMEOUT', async () => {
    // Another session holds the texts: the search waits until its statement timeout ends it.
    const other = postgres(api.database.url, { max: 1, onnotice: () => {} });
    try {
      const reserved = await other.reserve();
      await reserved`begin`;
      await reserved`lock table config_texts in access exclusive mode`;
      const timedOut = await search({ query: 'hostname' });
      await reserved`rollback`;
      reserved.release();
      expect(timedOut.errors?.[0].extensions?.code).toBe('SEARCH_TIMEOUT');
    } finally {
      await other.end();
    }
  }, 30_000);

  it('reads versions stored before config search from the repository, redacted', async () => {
    const [edge] = await api.db.sql`select sha256 from backups where device_id = ${deviceIds['edge-1']} and artifact = 'running-config' and changed`;
    await api.db.sql`delete from config_texts where sha256 = ${edge.sha256}`;
    const running = { artifacts: ['running-config'] };
    const pending = await search({ query: 'hostname edge-1', filter: running });
    expect(pending.result!.totalCount).toBe(0);
    expect(pending.result!.pendingVersions).toBe(1);
    const report = await indexStoredVersions({ db: api.db.db, keyring: api.keyring, log: pino({ level: 'silent' }) });
    expect(report.saved).toBe(1);
    const found = await search({ query: 'hostname edge-1', filter: running });
    expect(found.result!.totalCount).toBe(1);
    expect(found.result!.pendingVersions).toBe(0);
    for (const secret of ciscoSecrets) expect((await search({ query: secret })).result!.totalCount).toBe(0);
  });

  it('keeps each text as its distinct lines, and matches texts saved before lines existed by their content until split', async () => {
    const rebuilt = `select bool_and(t.content = (
        select string_agg(l.line, E'\\n' order by u.n) from unnest(t.line_ids) with ordinality as u(id, n) join config_lines l on l.id = u.id
      )) as same, count(*)::int as texts from config_texts t`;
    const [split] = await api.db.sql.unsafe(rebuilt);
    expect(split).toEqual({ same: true, texts: expect.any(Number) });
    expect(split.texts).toBeGreaterThan(4);
    // Fewer distinct lines than lines: the configurations share most of them.
    const [{ lines, distinct }] = await api.db.sql`
      select (select sum(cardinality(line_ids)) from config_texts)::int as lines, (select count(*) from config_lines)::int as distinct`;
    expect(distinct).toBeLessThan(lines);

    const queries = [
      { query: 'ip domain name lab.example', context: 1 },
      { query: '^interface GigabitEthernet0/2[0-4]$', regex: true, context: 0 },
      { query: 'service password-encryption', invert: true },
    ];
    const before = await Promise.all(queries.map((q) => search(q)));
    await api.db.sql`update config_texts set line_ids = null`;
    const unsplit = await Promise.all(queries.map((q) => search(q)));
    expect(unsplit.map((r) => r.result)).toEqual(before.map((r) => r.result));

    await api.db.sql`insert into config_lines (line, hash) values ('a line no text holds', decode(md5('a line no text holds'), 'hex'))`;
    const report = await indexStoredVersions({ db: api.db.db, keyring: api.keyring, log: pino({ level: 'silent' }) });
    expect(report.split).toBe(split.texts);
    expect(report.removedLines).toBeGreaterThanOrEqual(1);
    const [after] = await api.db.sql.unsafe(rebuilt);
    expect(after).toEqual(split);
    const again = await Promise.all(queries.map((q) => search(q)));
    expect(again.map((r) => r.result)).toEqual(before.map((r) => r.result));
  });

  it('searches every version stored in a time range', async () => {
    await runToEnd();
    const latest = await search({ query: 'hostname core-1', context: 0 });
    expect(latest.result!.nodes[0].versions).toHaveLength(2);
    const range = await search({ query: 'hostname core-1', scope: 'RANGE', since: firstRunAt.toISOString(), context: 0 });
    expect(names(range.result)).toEqual(['core-1']);
    const [node] = range.result!.nodes;
    // Two runs, two versions of each artifact, newest first.
    expect(node.versionCount).toBe(4);
    const times = node.versions.map((v) => Date.parse(v.backup.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const none = await search({ query: 'hostname core-1', scope: 'RANGE', since: new Date(Date.now() + 60_000).toISOString() });
    expect(none.result!.totalCount).toBe(0);
  });
});
