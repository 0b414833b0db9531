import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../graphql/testing.ts';
import { startLab, type Lab } from '../lab/lab.ts';
import { projectRoot } from '../infra/project-root.ts';
import { until } from '../lab/test-support.ts';

/** Workers as separate processes, as on separate machines, sharing only the database. */
let api: TestApi;
let lab: Lab;
const workers: ChildProcess[] = [];
const DEVICES = 24;

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', 'worker'], {
    cwd: projectRoot,
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH,
      DATABASE_URL: api.database.url,
      TIDEMARK_SECRET_KEY: api.secretKey,
      TIDEMARK_DATA_DIR: api.dataDir,
      TIDEMARK_WORKER_CONCURRENCY: '4',
      TIDEMARK_WORKER_GONE_AFTER: '5',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

beforeAll(async () => {
  api = await startTestApi();
  // A slow login keeps each collection running long enough to kill a worker in the middle of it.
  lab = await startLab({ devices: Array.from({ length: DEVICES }, () => ({ platform: 'cisco-ios', fault: 'slow-login' as const })), slowLoginMs: 700, changeEvery: 1000 });
  const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  expect(set.errors).toBeUndefined();
  await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  const csv = ['name,host,port,backup_method,credential_sets', ...lab.devices.map((d) => `${d.name},${d.host},${d.port},${d.backupMethod},lab`)].join('\n');
  const imported = await api.gql(`mutation($csv: String!) { importDevices(csv: $csv) { ok errors { row message } } }`, { csv }, { token: api.adminToken });
  expect(imported.data!.importDevices).toEqual({ ok: true, errors: [] });
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await api?.close();
  await lab?.close();
});

describe('several workers on one database', () => {
  it('share a run, and when one is killed mid-run the other takes its jobs over: every device is backed up exactly once', async () => {
    const [first, second] = [startWorkerProcess(), startWorkerProcess()];
    await until(async () => (await api.db.sql`select count(*)::int as n from workers`)[0].n >= 2, 'both workers to report');
    const started = await api.gql(`mutation { startRun(input: { selection: { all: true }, concurrency: 8 }) { id } }`, {}, { token: api.adminToken });
    const runId = started.data!.startRun.id as string;

    // Kill whichever worker holds collect-device jobs right now, in the middle of them.
    const victimPid = await until(async () => {
      const [row] = await api.db.sql`
        select w.pid from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id
        join workers w on w.id = j.locked_by
        where t.identifier = 'collect-device' and j.locked_by is not null limit 1`;
      return row?.pid as number | undefined;
    }, 'a worker to be collecting');
    const victim = [first, second].find((w) => w.pid === victimPid)!;
    expect(victim).toBeDefined();
    victim.kill('SIGKILL');

    const run = await until(async () => {
      const [row] = await api.db.sql`select status, total from runs where id = ${runId}`;
      return ['succeeded', 'partial', 'failed', 'cancelled'].includes(row.status) ? row : undefined;
    }, 'the run to finish');
    expect(run).toEqual({ status: 'succeeded', total: DEVICES });

    const perDevice = await api.db.sql`
      select d.name, count(b.id)::int as backups
      from devices d left join backups b on b.device_id = d.id and b.run_id = ${runId}
      group by d.name`;
    expect(perDevice).toHaveLength(DEVICES);
    // cisco-ios stores running-config and startup-config: two backups per device, once each.
    for (const row of perDevice) expect(row.backups, row.name).toBe(2);
    const [{ commits }] = await api.db.sql`select count(distinct storage_ref->>'commit')::int as commits from backups where run_id = ${runId}`;
    expect(commits).toBe(1);
  }, 120_000);
});
