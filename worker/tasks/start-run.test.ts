/** A start that fails is retried; on the job's last attempt the run ends failed instead of staying queued. */
import type { JobHelpers } from 'graphile-worker';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../db/client.ts';
import type { Ctx } from '../../db/context.ts';
import { startRun } from '../../db/runs/start-run.ts';
import { createKeyring } from '../../infra/keyring.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import type { WorkerDeps } from '../deps.ts';
import { startRunTask } from './start-run.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
let deps: WorkerDeps;
let ctx: Ctx;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 2 });
  const keyring = createKeyring(Buffer.alloc(32, 3));
  const log = pino({ level: 'silent' });
  deps = { db: handle.db, keyring, log, dataDir: '/nonexistent' };
  ctx = { db: handle.db, caller: { kind: 'system', name: 'test' }, keyring, log, settings: { dataDir: '/nonexistent' } };
  await handle.sql`insert into repositories (name, kind, path) values ('configs', 'git', '/nonexistent/configs')`;
  await handle.sql`insert into devices (name, host, backup_method) values ('sw-1', '127.0.0.1', 'cisco-ios')`;
  await handle.sql.unsafe(`
    create function refuse_run_devices() returns trigger language plpgsql as $$
    begin raise exception 'injected failure: run_devices refuses rows'; end $$;
    create trigger refuse_run_devices before insert on run_devices for each statement execute function refuse_run_devices();`);
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const attempt = (attempts: number, maxAttempts = 5) => ({ job: { id: '1', attempts, max_attempts: maxAttempts } }) as unknown as JobHelpers;

describe('start-run', () => {
  it('throws for a retry while attempts are left, then ends the run failed on the last one', async () => {
    const run = await startRun({ ctx, input: { selection: { all: true } } });
    const task = startRunTask(deps);

    await expect(task({ runId: run.id }, attempt(1))).rejects.toThrow('injected failure: run_devices refuses rows');
    expect((await handle.sql`select status from runs where id = ${run.id}`)[0].status).toBe('queued');

    await task({ runId: run.id }, attempt(5));
    const [ended] = await handle.sql`select status, error, finished_at from runs where id = ${run.id}`;
    expect(ended).toMatchObject({ status: 'failed', error: 'starting the run failed 5 times: injected failure: run_devices refuses rows' });
    expect(ended.finished_at).not.toBeNull();
    const events = await handle.sql`select type, payload->>'message' as message from run_events where run_id = ${run.id} order by seq`;
    expect(events).toEqual([{ type: 'run-finished', message: `Run failed: ${ended.error}` }]);
  });
});
