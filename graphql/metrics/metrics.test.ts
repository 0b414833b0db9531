import { sql } from 'drizzle-orm';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_DURATION_BUCKETS } from '../../db/metrics/read-metrics.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let viewerToken: string;

async function runToEnd(input: Record<string, unknown>) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(`{ run(id: "${started.data!.startRun.id}") { status result { gitCommitStatus { pushError } } } }`, {}, { token: api.adminToken });
    const run = result.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function scrape(query = ''): Promise<{ status: number; contentType: string | null; families: Map<string, ParsedFamily> }> {
  const response = await fetch(`${api.url}/api/metrics${query}`, { headers: { authorization: `Bearer ${viewerToken}` } });
  const text = await response.text();
  const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
  return { status: response.status, contentType: response.headers.get('content-type'), families };
}

function samples(family: ParsedFamily | undefined, label: string): Record<string, number> {
  return Object.fromEntries((family?.metrics ?? []).map((m) => [m.labels![label], Number(m.value)]));
}

const single = (family: ParsedFamily | undefined) => Number(family?.metrics[0]?.value);

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 5 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }, { platform: 'cisco-ios' }, { platform: 'cisco-ios', fault: 'wrong-password' }], changeEvery: 2 });
  viewerToken = await api.tokenFor('VIEWER');
});
afterAll(async () => {
  await api?.close();
  await lab?.close();
});

describe('GET /api/metrics', () => {
  it('needs a login or a token', async () => {
    const response = await fetch(`${api.url}/api/metrics`);
    expect(response.status).toBe(401);
  });

  it('reports what the database holds after real runs, in a format a Prometheus parser reads', { timeout: 180_000 }, async () => {
    const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
    const credentialSetIds = [set.data!.createCredentialSet.id];
    const repo = await api.gql(`mutation { createRepository(input: { name: "metrics", kind: GIT }) { id } }`, {}, { token: api.adminToken });
    const repositoryId = repo.data!.createRepository.id;
    const deviceIds: string[] = [];
    for (const [index, device] of lab.devices.entries()) {
      const created = await api.gql(
        `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
        { input: { name: `metrics-${index}`, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds, repositoryId } },
        { token: api.adminToken },
      );
      deviceIds.push(created.data!.createDevice.id);
    }
    await api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, { input: { name: 'metrics-never', host: '127.0.0.1', port: 1, backupMethod: 'cisco-ios', credentialSetIds } }, { token: api.adminToken });
    await runToEnd({ deviceIds, repositoryId, maxAttempts: 1 });
    await runToEnd({ deviceIds, repositoryId, maxAttempts: 1 });
    // A finished run whose push failed, recorded as finish-run records one (the push itself is tested in graphql/runs/storage.test.ts).
    await api.db.db.execute(sql`
      insert into runs (trigger, repository_id, status, started_at, finished_at, result)
      values ('api', ${repositoryId}, 'succeeded', now() - interval '90 seconds', now(),
        ${JSON.stringify({ gitCommitStatus: { sha: null, filesChanged: 0, pushed: false, pushError: 'push to http://127.0.0.1/x failed: 401' } })}::jsonb)`);
    await runToEnd({ deviceIds: deviceIds.slice(0, 1), repositoryId, maxAttempts: 1 });
    // A job no worker here knows stays queued: the queue metrics must see it and its age.
    await api.db.db.execute(sql`select graphile_worker.add_job('metrics-probe', '{}'::json, run_at => now() - interval '1 hour')`);

    const { status, contentType, families } = await scrape();
    expect(status).toBe(200);
    expect(contentType).toContain('text/plain; version=0.0.4');

    const db = api.db.db;
    const [counts] = await db.execute<{ backups: number; changes: number }>(sql`select count(*)::int as backups, (count(*) filter (where changed))::int as changes from backups`);
    expect(counts.backups).toBeGreaterThan(0);
    expect(families.get('tidemark_backups_total')?.type).toBe('COUNTER');
    expect(single(families.get('tidemark_backups_total'))).toBe(counts.backups);
    expect(single(families.get('tidemark_changes_total'))).toBe(counts.changes);
    const [pushFailures] = await db.execute<{ count: number }>(sql`select count(*)::int as count from runs where result -> 'gitCommitStatus' ->> 'pushError' is not null`);
    expect(pushFailures.count).toBe(1);
    expect(single(families.get('tidemark_push_failures_total'))).toBe(pushFailures.count);

    const byStatus = await db.execute<{ status: string; count: number }>(sql`select coalesce(last_status, 'never') as status, count(*)::int as count from devices group by 1`);
    expect(samples(families.get('tidemark_devices'), 'status')).toEqual(Object.fromEntries(byStatus.map((r) => [r.status, r.count])));
    expect(samples(families.get('tidemark_devices'), 'status')).toMatchObject({ succeeded: 2, failed: 1, never: 1 });

    const histogram = families.get('tidemark_run_duration_seconds')!;
    expect(histogram.type).toBe('HISTOGRAM');
    const durations = await db.execute<{ d: number }>(sql`select extract(epoch from finished_at - started_at)::float8 as d from runs where finished_at is not null`);
    expect(durations).toHaveLength(4);
    const h = histogram.metrics[0];
    expect(Number(h.count)).toBe(4);
    expect(Number(h.sum)).toBeCloseTo(durations.reduce((total, r) => total + r.d, 0), 3);
    for (const le of RUN_DURATION_BUCKETS) expect(Number(h.buckets![String(le)])).toBe(durations.filter((r) => r.d <= le).length);
    expect(Number(h.buckets!['+Inf'])).toBe(4);

    const lastSuccess = await db.execute<{ name: string; t: number }>(sql`select name, extract(epoch from last_success_at)::float8 as t from devices where last_success_at is not null`);
    expect(lastSuccess).toHaveLength(2);
    const perDevice = samples(families.get('tidemark_device_last_success_timestamp_seconds'), 'device');
    expect(Object.keys(perDevice).sort()).toEqual(lastSuccess.map((r) => r.name).sort());
    for (const row of lastSuccess) expect(perDevice[row.name]).toBeCloseTo(row.t, 3);

    const workers = await db.execute<{ id: string; t: number }>(sql`select id, extract(epoch from last_seen_at)::float8 as t from workers`);
    expect(workers.length).toBeGreaterThan(0);
    const heartbeats = samples(families.get('tidemark_worker_heartbeat_timestamp_seconds'), 'worker');
    for (const row of workers) expect(heartbeats[row.id]).toBeGreaterThanOrEqual(row.t - 0.001);

    const depth = samples(families.get('tidemark_job_queue_depth'), 'task');
    expect(depth['metrics-probe']).toBe(1);
    expect(depth['finish-run']).toBe(0);
    expect(samples(families.get('tidemark_job_queue_oldest_age_seconds'), 'task')['metrics-probe']).toBeGreaterThanOrEqual(3600);
  });

  it('leaves out the per-device series when asked', async () => {
    const { families } = await scrape('?devices=false');
    expect(families.has('tidemark_device_last_success_timestamp_seconds')).toBe(true);
    expect(families.get('tidemark_device_last_success_timestamp_seconds')!.metrics).toHaveLength(0);
    expect(single(families.get('tidemark_backups_total'))).toBeGreaterThan(0);
  });
});
