/**
 * No statement grows with the fleet: a run over more devices, and a commit of more artifacts,
 * than PostgreSQL's 65,535 bind parameters could ever name one by one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestBackups } from '../backups/latest-backups.ts';
import { connectDatabase, type DatabaseHandle } from '../client.ts';
import type { Ctx } from '../context.ts';
import { systemTestContext } from '../testing.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { MAX_BIND_PARAMETERS } from '../sql-lists.ts';
import { beginRun, lockQueuedRun } from './begin-run.ts';
import { cancelRun } from './cancel-run.ts';
import { recordFinishedRun, type NewBackup } from './finishing-run.ts';
import { runs, type Run } from './schema.ts';
import { resolveSelection } from './selection.ts';
import { startRun } from './start-run.ts';
import { selectionSchema, type RunResult } from './types.ts';

const DEVICES = 70_000;

let database: TestDatabase;
let handle: DatabaseHandle;
let ctx: Ctx;
let repositoryId: string;
let deviceIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 2 });
  ctx = systemTestContext(handle.db);
  [{ id: repositoryId }] = await handle.sql`insert into repositories (name, kind, path) values ('fleet', 'git', '/nonexistent/fleet') returning id`;
  await handle.sql`
    insert into devices (name, host, backup_method)
    select 'sw-' || lpad(i::text, 6, '0'), '127.0.0.1', 'cisco-ios' from generate_series(1, ${DEVICES}) as i`;
  deviceIds = (await handle.sql`select id from devices order by name`).map((row) => row.id as string);
}, 120_000);

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const countOf = async (query: Promise<{ n: number }[]>) => (await query)[0].n;

describe(`a fleet of ${DEVICES.toLocaleString('en')} devices`, () => {
  it('starts a run named by every device id, records every device, and cancels it', async () => {
    expect(DEVICES).toBeGreaterThan(MAX_BIND_PARAMETERS);
    const run = await startRun({ ctx, input: { selection: { deviceIds }, concurrency: 50 } });
    expect(run.repositoryId).toBe(repositoryId);

    await handle.db.transaction(async (tx) => {
      const queued = (await lockQueuedRun(tx, run.id))!;
      const selected = await resolveSelection(tx, selectionSchema.parse(queued.selection));
      expect(selected).toHaveLength(DEVICES);
      await beginRun(tx, queued, selected, { dispatch: 50, message: 'Starting' });
    });
    expect(await countOf(handle.sql`select count(*)::int as n from run_devices where run_id = ${run.id}`)).toBe(DEVICES);
    expect(await countOf(handle.sql`select max(position)::int as n from run_devices where run_id = ${run.id}`)).toBe(DEVICES - 1);
    const collectJobs = () => countOf(handle.sql`select count(*)::int as n from graphile_worker._private_jobs where payload->>'runId' = ${run.id} and key like 'collect-device:%'`);
    expect(await collectJobs()).toBe(50);

    const cancelled = await cancelRun({ ctx, id: run.id });
    expect(cancelled.status).toBe('cancelled');
    expect(await collectJobs()).toBe(0);
    expect(await countOf(handle.sql`select count(*)::int as n from run_devices where run_id = ${run.id} and status = 'cancelled'`)).toBe(DEVICES);
  }, 120_000);

  it('records a finished run of 70,000 artifacts and reads their latest versions back', async () => {
    const [run] = await handle.db.insert(runs).values({ trigger: 'manual', repositoryId, status: 'finishing', total: DEVICES, selection: { all: true } }).returning();
    const commitDate = new Date();
    const backups: NewBackup[] = deviceIds.map((deviceId, i) => ({
      deviceId,
      runId: run.id,
      repositoryId,
      artifact: 'running-config',
      isText: true,
      size: 100,
      sha256: `sha-${i}`,
      comparableSha256: `sha-${i}`,
      changed: true,
      storageRef: { kind: 'git', commit: 'c0ffee', path: `sw-${i}/running-config`, blob: `blob-${i}` },
      createdAt: commitDate,
    }));

    const status = await handle.db.transaction((tx) => recordFinishedRun(tx, run as Run, { backups, status: 'succeeded', result: result(DEVICES), error: null, message: 'Done' }));
    expect(status).toBe('succeeded');
    expect(await countOf(handle.sql`select count(*)::int as n from backups where run_id = ${run.id}`)).toBe(DEVICES);
    const [ended] = await handle.sql`select status, finished_at from runs where id = ${run.id}`;
    expect(ended.status).toBe('succeeded');
    expect(ended.finished_at).not.toBeNull();

    const latest = await latestBackups(handle.db, repositoryId, deviceIds);
    expect(latest).toHaveLength(DEVICES);
    // Recording again is refused: the run has ended.
    expect(await handle.db.transaction((tx) => recordFinishedRun(tx, run as Run, { backups, status: 'succeeded', result: result(DEVICES), error: null, message: 'Done' }))).toBeNull();
    expect(await countOf(handle.sql`select count(*)::int as n from backups where run_id = ${run.id}`)).toBe(DEVICES);
  }, 120_000);
});

function result(backedUp: number): RunResult {
  return {
    success: true,
    backedUpCount: backedUp,
    failedCount: 0,
    changedCount: backedUp,
    unchangedCount: 0,
    backedUpDevices: [],
    failedDevices: [],
    gitStatus: `committed ${backedUp} files`,
    gitCommitStatus: { sha: 'c0ffee', filesChanged: backedUp, pushed: null, pushError: null },
    credentialInfo: [],
    repository: { id: repositoryId, name: 'fleet', kind: 'git' },
    commitDate: new Date().toISOString(),
    durationMs: 1,
  };
}
