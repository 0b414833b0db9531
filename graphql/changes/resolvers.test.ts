/**
 * Versions and the change feed over real runs: twelve scheduled-style runs of lab devices whose
 * configuration changes once fold into two versions per artifact, the feed lists the change (and
 * the first backups only when asked), and a subscriber receives the next change live.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
const ids: Record<string, string> = {};
const runIds: string[] = [];

async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.gql<T>(query, variables, { token: api.adminToken });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function runAll(): Promise<string> {
  const { startRun } = await gql<{ startRun: { id: string } }>(`mutation { startRun(input: { selection: { all: true } }) { id } }`);
  for (;;) {
    const { run } = await gql<{ run: { status: string; error: string | null } }>(`query($id: ID!) { run(id: $id) { status error } }`, { id: startRun.id });
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) {
      expect(run).toEqual({ status: 'SUCCEEDED', error: null });
      return startRun.id;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 4, timeouts: { connectMs: 5_000, commandMs: 5_000 } });
  // Each run is one SSH session per device: sessions 0–5 play revision 0, 6–11 revision 1, 12 revision 2.
  lab = await startLab({ devices: [{ name: 'core-1', platform: 'cisco-ios' }, { name: 'edge-1', platform: 'cisco-ios' }], changeEvery: 6 });
  await gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password });
  await gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`);
  const csv = [
    'name,host,port,backup_method,credential_sets,repository,location,tags',
    `core-1,${lab.devices[0].host},${lab.devices[0].port},${lab.devices[0].backupMethod},lab,configs,eu/ams,core`,
    `edge-1,${lab.devices[1].host},${lab.devices[1].port},${lab.devices[1].backupMethod},lab,configs,us/nyc,edge`,
  ].join('\n');
  const { importDevices } = await gql<{ importDevices: { devices: { id: string; name: string }[] } }>(`mutation($csv: String!) { importDevices(csv: $csv) { devices { id name } } }`, { csv });
  for (const device of importDevices.devices) ids[device.name] = device.id;
  for (let i = 0; i < 12; i++) runIds.push(await runAll());
}, 180_000);

afterAll(async () => {
  await api?.close();
  await lab?.close();
});

interface VersionNode {
  id: string;
  artifact: string;
  change: string;
  firstSeenAt: string;
  lastConfirmedAt: string;
  collections: number;
  addedLines: number | null;
  removedLines: number | null;
  previousId: string | null;
  backup: { id: string; run: { id: string } };
}

const versionFields = 'id artifact change firstSeenAt lastConfirmedAt collections addedLines removedLines previousId backup { id run { id } }';

describe('versions', () => {
  it('marks only the first backup of each artifact initial among all collections', async () => {
    const { device } = await gql<{ device: { backups: { nodes: { artifact: string; changed: boolean; initial: boolean; run: { id: string } }[] } } }>(
      `query($id: ID!) { device(id: $id) { backups(first: 50) { nodes { artifact changed initial run { id } } } } }`,
      { id: ids['core-1'] },
    );
    expect(device.backups.nodes).toHaveLength(24);
    const initial = device.backups.nodes.filter((b) => b.initial);
    expect(initial.map((b) => b.artifact).sort()).toEqual(['running-config', 'startup-config']);
    expect(initial.every((b) => b.changed && b.run.id === runIds[0])).toBe(true);
    const changed = device.backups.nodes.filter((b) => b.changed && !b.initial);
    expect(changed.map((b) => b.artifact).sort()).toEqual(['running-config', 'startup-config']);
    expect(changed.every((b) => b.run.id === runIds[6])).toBe(true);
  });

  it('folds twelve collections with one real change into two versions: Initial and the change', async () => {
    const { device } = await gql<{ device: { versions: { totalCount: number; nodes: VersionNode[] } } }>(
      `query($id: ID!) { device(id: $id) { versions(artifact: "running-config") { totalCount nodes { ${versionFields} } } } }`,
      { id: ids['core-1'] },
    );
    const { runs } = await gql<{ runs: { nodes: { id: string; finishedAt: string; result: { commitDate: string | null } }[] } }>(`{ runs(first: 20) { nodes { id finishedAt result { commitDate } } } }`);
    const byRun = new Map(runs.nodes.map((run) => [run.id, run]));
    expect(device.versions.totalCount).toBe(2);
    const [changed, initial] = device.versions.nodes;

    expect(initial).toMatchObject({ artifact: 'running-config', change: 'INITIAL', collections: 6, removedLines: 0, previousId: null });
    expect(initial.backup.run.id).toBe(runIds[0]);
    expect(initial.addedLines).toBeGreaterThan(50);
    expect(new Date(initial.firstSeenAt).toISOString()).toBe(new Date(byRun.get(runIds[0])!.result.commitDate ?? initial.firstSeenAt).toISOString());

    expect(changed).toMatchObject({ artifact: 'running-config', change: 'CHANGED', collections: 6, previousId: initial.id });
    expect(changed.backup.run.id).toBe(runIds[6]);
    expect(changed.addedLines).toBeGreaterThan(0);
    expect(changed.addedLines).toBe(changed.removedLines);

    // Each version was last confirmed by the last collection before the next change.
    const { device: all } = await gql<{ device: { backups: { nodes: { id: string; createdAt: string; run: { id: string } }[] } } }>(
      `query($id: ID!) { device(id: $id) { backups(first: 50, artifact: "running-config") { nodes { id createdAt run { id } } } } }`,
      { id: ids['core-1'] },
    );
    expect(all.backups.nodes).toHaveLength(12);
    const at = (runId: string) => all.backups.nodes.find((b) => b.run.id === runId)!.createdAt;
    expect(initial.firstSeenAt).toBe(at(runIds[0]));
    expect(initial.lastConfirmedAt).toBe(at(runIds[5]));
    expect(changed.firstSeenAt).toBe(at(runIds[6]));
    expect(changed.lastConfirmedAt).toBe(at(runIds[11]));

    // The counts are those of the compare page's diff.
    const { diffBackups } = await gql<{ diffBackups: { added: number; removed: number } }>(`query($a: ID!, $b: ID!) { diffBackups(fromId: $a, toId: $b) { added removed } }`, {
      a: initial.id,
      b: changed.id,
    });
    expect(diffBackups).toEqual({ added: changed.addedLines, removed: changed.removedLines });
  });

  it('lists every artifact newest first and pages with cursors', async () => {
    const first = await gql<{ device: { versions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: VersionNode[] } } }>(
      `query($id: ID!) { device(id: $id) { versions(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { ${versionFields} } } } }`,
      { id: ids['edge-1'] },
    );
    expect(first.device.versions.totalCount).toBe(4);
    expect(first.device.versions.pageInfo.hasNextPage).toBe(true);
    const rest = await gql<{ device: { versions: { pageInfo: { hasNextPage: boolean }; nodes: VersionNode[] } } }>(
      `query($id: ID!, $after: String) { device(id: $id) { versions(first: 3, after: $after) { pageInfo { hasNextPage } nodes { ${versionFields} } } } }`,
      { id: ids['edge-1'], after: first.device.versions.pageInfo.endCursor },
    );
    expect(rest.device.versions.pageInfo.hasNextPage).toBe(false);
    const nodes = [...first.device.versions.nodes, ...rest.device.versions.nodes];
    expect(nodes.map((v) => `${v.change} ${v.artifact}`).sort()).toEqual(['CHANGED running-config', 'CHANGED startup-config', 'INITIAL running-config', 'INITIAL startup-config']);
    expect(nodes.slice(0, 2).every((v) => v.change === 'CHANGED')).toBe(true);
    expect(nodes.every((v) => v.collections === 6)).toBe(true);
  });
});

interface ChangeNode {
  id: string;
  artifact: string;
  change: string;
  addedLines: number | null;
  removedLines: number | null;
  device: { name: string };
  run: { id: string };
  previous: { id: string } | null;
}

const changeFields = 'id artifact change addedLines removedLines device { name } run { id } previous { id }';

async function changes(variables: Record<string, unknown>) {
  const { changes } = await gql<{ changes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ChangeNode[] } }>(
    `query($first: Int, $after: String, $filter: ChangeFilter) { changes(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { ${changeFields} } } }`,
    variables,
  );
  return changes;
}

describe('the change feed', () => {
  it('lists real changes only by default, and first backups when asked', async () => {
    const feed = await changes({});
    expect(feed.totalCount).toBe(4);
    expect(feed.nodes.every((c) => c.change === 'CHANGED' && c.run.id === runIds[6] && c.previous !== null)).toBe(true);
    expect(feed.nodes.map((c) => `${c.device.name} ${c.artifact}`).sort()).toEqual(['core-1 running-config', 'core-1 startup-config', 'edge-1 running-config', 'edge-1 startup-config']);

    const withInitial = await changes({ filter: { includeInitial: true } });
    expect(withInitial.totalCount).toBe(8);
    expect(withInitial.nodes.filter((c) => c.change === 'INITIAL').every((c) => c.run.id === runIds[0] && c.previous === null && c.removedLines === 0)).toBe(true);
  });

  it('filters by device, run, platform, location, tag and time', async () => {
    expect((await changes({ filter: { deviceId: ids['core-1'] } })).nodes.every((c) => c.device.name === 'core-1')).toBe(true);
    expect((await changes({ filter: { deviceId: ids['core-1'] } })).totalCount).toBe(2);
    expect((await changes({ filter: { runId: runIds[6] } })).totalCount).toBe(4);
    expect((await changes({ filter: { runId: runIds[5] } })).totalCount).toBe(0);
    expect((await changes({ filter: { runId: runIds[0], includeInitial: true } })).totalCount).toBe(4);
    expect((await changes({ filter: { platform: 'cisco-ios' } })).totalCount).toBe(4);
    expect((await changes({ filter: { platform: 'juniper-junos' } })).totalCount).toBe(0);
    expect((await changes({ filter: { location: 'eu' } })).nodes.map((c) => c.device.name)).toEqual(['core-1', 'core-1']);
    expect((await changes({ filter: { location: 'e' } })).totalCount).toBe(0);
    expect((await changes({ filter: { tag: 'edge' } })).nodes.map((c) => c.device.name)).toEqual(['edge-1', 'edge-1']);
    expect((await changes({ filter: { since: new Date(Date.now() + 60_000).toISOString() } })).totalCount).toBe(0);

    const refused = await api.gql(`{ changes(filter: { platform: "no-such-os" }) { totalCount } }`, {}, { token: api.adminToken });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.platform' });
  });

  it('pages with cursors, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const feed: Awaited<ReturnType<typeof changes>> = await changes({ first: 3, after, filter: { includeInitial: true } });
      seen.push(...feed.nodes.map((c) => c.id));
      if (!feed.pageInfo.hasNextPage) break;
      after = feed.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const all = await changes({ first: 8, filter: { includeInitial: true } });
    expect(all.nodes.map((c) => c.id)).toEqual(seen);
    expect(all.nodes.slice(0, 4).every((c) => c.change === 'CHANGED')).toBe(true);
  });

  it('gives the same page without its total, and the total asked for through a fragment', async () => {
    const withTotal = await changes({ first: 3 });
    const { changes: withoutTotal } = await gql<{ changes: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      `{ changes(first: 3) { pageInfo { hasNextPage } nodes { id } } }`,
    );
    expect(withoutTotal.nodes.map((c) => c.id)).toEqual(withTotal.nodes.map((c) => c.id));
    expect(withoutTotal.pageInfo.hasNextPage).toBe(true);
    const { changes: throughFragment } = await gql<{ changes: { totalCount: number } }>(
      `{ changes(first: 1) { ...Counted } } fragment Counted on ChangeConnection { ... on ChangeConnection { totalCount } }`,
    );
    expect(throughFragment.totalCount).toBe(4);
  });

  it('is bounded by the cost rules: a page over the maximum is refused', async () => {
    const refused = await api.gql(`{ changes(first: 501) { totalCount } }`, {}, { token: api.adminToken });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts runs by real changes and filters the runs with changes', async () => {
    const { runs } = await gql<{ runs: { nodes: { id: string; changedArtifacts: number; initialArtifacts: number }[] } }>(`{ runs(first: 20) { nodes { id changedArtifacts initialArtifacts } } }`);
    const byId = new Map(runs.nodes.map((run) => [run.id, run]));
    expect(byId.get(runIds[0])).toMatchObject({ changedArtifacts: 0, initialArtifacts: 4 });
    expect(byId.get(runIds[6])).toMatchObject({ changedArtifacts: 4, initialArtifacts: 0 });
    expect(byId.get(runIds[3])).toMatchObject({ changedArtifacts: 0, initialArtifacts: 0 });
    const { runs: withChanges } = await gql<{ runs: { totalCount: number; nodes: { id: string }[] } }>(`{ runs(filter: { withChanges: true }) { totalCount nodes { id } } }`);
    expect(withChanges.nodes.map((run) => run.id)).toEqual([runIds[6]]);
  });

  it('leaves first backups out of the dashboard and the devices list', async () => {
    const { dashboard, device } = await gql<{ dashboard: { mostChangedDevices: { device: { name: string }; changes: number }[] }; device: { lastChangedAt: string } }>(
      `query($id: ID!) { dashboard { mostChangedDevices { device { name } changes } } device(id: $id) { lastChangedAt } }`,
      { id: ids['core-1'] },
    );
    expect(dashboard.mostChangedDevices.map((d) => [d.device.name, d.changes]).sort()).toEqual([
      ['core-1', 2],
      ['edge-1', 2],
    ]);
    const { changes: feed } = await gql<{ changes: { nodes: { backup: { createdAt: string } }[] } }>(`query($id: ID!) { changes(filter: { deviceId: $id }) { nodes { backup { createdAt } } } }`, { id: ids['core-1'] });
    expect(device.lastChangedAt).toBe(feed.nodes[0].backup.createdAt);
  });
});

describe('changesAdded', () => {
  it('delivers a change over the WebSocket as the run that stored it ends', async () => {
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/api/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${api.adminToken}` },
      retryAttempts: 0,
    });
    try {
      const received: ChangeNode[] = [];
      const iterator = client.iterate<{ changesAdded: ChangeNode }>({ query: `subscription { changesAdded(filter: { tag: "core" }) { ${changeFields} } }` });
      const collecting = (async () => {
        for await (const next of iterator) {
          received.push(next.data!.changesAdded);
          if (received.length === 2) break;
        }
      })();
      // Let the subscription start before the run (it delivers changes from then on).
      await new Promise((resolve) => setTimeout(resolve, 500));
      const runId = await runAll();
      await collecting;
      expect(received.map((c) => `${c.device.name} ${c.artifact} ${c.change}`).sort()).toEqual(['core-1 running-config CHANGED', 'core-1 startup-config CHANGED']);
      expect(received.every((c) => c.run.id === runId && c.addedLines! > 0)).toBe(true);
    } finally {
      await client.dispose();
    }
  }, 60_000);
});
