/** The run watchdog against a real API and worker: runs left with no job behind them are resumed or ended. */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDevices, runs } from '../../db/runs/schema.ts';
import { recordResume } from '../../db/runs/stalled-runs.ts';
import type { StagedArtifact } from '../../db/runs/types.ts';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';
import type { WorkerDeps } from '../deps.ts';
import { ORPHANED_MESSAGE } from './watch-runs-plan.ts';
import { watchRuns } from './watch-runs.ts';

let api: TestApi;
let deps: WorkerDeps;
let repository: { id: string; path: string };
let deviceIds: string[];

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 5 });
  deps = { db: api.db.db, keyring: api.keyring, log: pino({ level: 'silent' }), dataDir: api.dataDir };
  const created = await api.gql(`mutation { createRepository(input: { name: "watched", kind: GIT }) { id path } }`, {}, { token: api.adminToken });
  repository = created.data!.createRepository;
  // No credential set: a collection fails at once with AUTH_FAILED, without a network.
  const rows = await api.db.sql`
    insert into devices (name, host, port, backup_method, repository_id)
    select 'watched-' || i, '127.0.0.1', 1, 'cisco-ios', ${repository.id} from generate_series(1, 3) as i
    returning id`;
  deviceIds = rows.map((row) => row.id as string).sort();
});

afterAll(async () => {
  await api?.close();
});

const text = (content: string): StagedArtifact => {
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  return { artifact: 'running-config', isBinary: false, content, size: content.length, sha256, comparableSha256: sha256, redactions: [] };
};

/** A run as a crash would leave it: rows only, no job. */
async function insertRun(values: Partial<typeof runs.$inferInsert>, devices: Partial<typeof runDevices.$inferInsert>[] = []) {
  const [run] = await api.db.db
    .insert(runs)
    .values({ trigger: 'manual', repositoryId: repository.id, selection: { all: true }, startedAt: new Date(), total: devices.length, ...values })
    .returning();
  if (devices.length) {
    await api.db.db.insert(runDevices).values(devices.map((d, position) => ({ runId: run.id, deviceId: deviceIds[position], deviceName: `watched-${position + 1}`, position, ...d })));
  }
  return run;
}

async function finishedRun(id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await api.gql(
      `{ run(id: "${id}") { status error result { changedCount gitCommitStatus { sha } } devices { deviceName status errorCode errorMessage } events { type message } } }`,
      {},
      { token: api.adminToken },
    );
    const run = response.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${id} is still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the run watchdog', () => {
  it('stores a run left finishing with no job, in one tick; a run not yet quiet for long, or with a job, is left alone', async () => {
    const run = await insertRun({ status: 'finishing', finishedDevices: 1, startedDevices: 1, dispatchedDevices: 1 }, [
      { status: 'succeeded', collected: [text('hostname watched-1\n')], finishedAt: new Date() },
    ]);
    expect(await watchRuns(deps)).toEqual([]);

    const [report] = await watchRuns(deps, { quietSeconds: 0 });
    expect(report).toEqual({ runId: run.id, resumed: ['every device had finished but no job stored the run; storing it now'] });
    expect(await watchRuns(deps, { quietSeconds: 0 })).toEqual([]);

    const finished = await finishedRun(run.id);
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.events.map((e: { type: string }) => e.type)).toContain('run-resumed');
    const head = execFileSync('git', ['--git-dir', repository.path, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
    expect(finished.result.gitCommitStatus.sha).toBe(head);
    const [{ n }] = await api.db.sql`select count(*)::int as n from backups where run_id = ${run.id} and storage_ref->>'commit' = ${head}`;
    expect(n).toBe(1);
  });

  it('ends a run failed when its finish-run job used up its attempts, with that job\'s error', async () => {
    const run = await insertRun({ status: 'finishing', finishedDevices: 1, startedDevices: 1, dispatchedDevices: 1 }, [{ status: 'succeeded', collected: [text('x\n')] }]);
    await api.db.sql.begin(async (sql) => {
      const [job] = await sql`select id from graphile_worker.add_job('finish-run', ${JSON.stringify({ runId: run.id })}::json, max_attempts => 3, job_key => ${`finish-run:${run.id}`})`;
      await sql`update graphile_worker._private_jobs set attempts = 3, last_error = 'the disk is on fire' where id = ${job.id}`;
    });

    const [report] = await watchRuns(deps, { quietSeconds: 0 });
    expect(report.failed).toBe('Ended by the run watchdog: its finish-run job failed 3 times and will not run again: the disk is on fire');
    const finished = await finishedRun(run.id);
    expect(finished).toMatchObject({ status: 'FAILED', error: report.failed });
    expect(finished.events.at(-1)).toMatchObject({ type: 'run-finished', message: `Run failed: ${report.failed}` });
    const failedRuns = await api.gql(`{ runs(filter: { status: FAILED }) { nodes { id error } } }`, {}, { token: api.adminToken });
    expect(failedRuns.data!.runs.nodes).toContainEqual({ id: run.id, error: report.failed });
  });

  it('records a device whose collection lost its job as failed, and hands devices whose jobs are gone to new jobs', async () => {
    const run = await insertRun({ status: 'running', concurrency: 3, maxAttempts: 1, startedDevices: 1, dispatchedDevices: 3 }, [
      { status: 'running', startedAt: new Date() },
      { status: 'queued' },
      { status: 'queued' },
    ]);

    const [report] = await watchRuns(deps, { quietSeconds: 0 });
    expect(report.resumed).toEqual([
      '1 device(s) whose collection stopped without an outcome recorded as failed',
      '2 device(s) whose jobs were gone handed to new jobs, and 0 more',
    ]);
    const finished = await finishedRun(run.id);
    expect(finished.status).toBe('FAILED');
    expect(finished.devices).toEqual([
      { deviceName: 'watched-1', status: 'FAILED', errorCode: 'INTERNAL', errorMessage: ORPHANED_MESSAGE },
      { deviceName: 'watched-2', status: 'FAILED', errorCode: 'NO_CREDENTIAL_SET', errorMessage: 'The device has no credential set: choose one on its Edit page. Nothing was sent.' },
      { deviceName: 'watched-3', status: 'FAILED', errorCode: 'NO_CREDENTIAL_SET', errorMessage: 'The device has no credential set: choose one on its Edit page. Nothing was sent.' },
    ]);
  });

  it('starts a queued run whose start-run job is gone', async () => {
    const run = await insertRun({ status: 'queued', startedAt: null, selection: { deviceIds: [crypto.randomUUID()] } });
    const [report] = await watchRuns(deps, { quietSeconds: 0 });
    expect(report.resumed).toEqual(['its start-run job was gone; starting it again']);
    expect((await finishedRun(run.id)).status).toBe('SUCCEEDED');
  });

  it('gives up on a run it has resumed three times already', async () => {
    const run = await insertRun({ status: 'finishing' });
    for (let i = 0; i < 3; i++) await recordResume(api.db.db, run, 'Resumed by the run watchdog: a test');
    const [report] = await watchRuns(deps, { quietSeconds: 0 });
    expect(report.failed).toMatch(/stalled again after the watchdog had resumed it 3 times/);
    expect((await finishedRun(run.id)).status).toBe('FAILED');
  });
});
