import { makeWorkerUtils } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../client.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { countLiveWorkers, recordWorkerHeartbeat, releaseDeadWorkers } from './heartbeats.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 2 });
});
afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

async function lockedJob(lockedBy: string, lockedSecondsAgo: number): Promise<string> {
  const utils = await makeWorkerUtils({ connectionString: database.url });
  try {
    const job = await utils.addJob('release-dead-workers', {});
    await handle.sql`update graphile_worker._private_jobs set locked_by = ${lockedBy}, locked_at = now() - make_interval(secs => ${lockedSecondsAgo}) where id = ${job.id}`;
    return job.id;
  } finally {
    await utils.release();
  }
}

const lockOf = async (id: string) => (await handle.sql`select locked_by from graphile_worker._private_jobs where id = ${id}`)[0].locked_by;

describe('worker heartbeats', () => {
  it('release the jobs of a worker that stopped beating, and only those', async () => {
    await recordWorkerHeartbeat(handle.db, { id: 'pool-alive', hostname: 'a', pid: 1 });
    await recordWorkerHeartbeat(handle.db, { id: 'pool-dead', hostname: 'b', pid: 2 });
    await handle.sql`update workers set last_seen_at = now() - interval '5 minutes' where id = 'pool-dead'`;
    const alive = await lockedJob('pool-alive', 600);
    const dead = await lockedJob('pool-dead', 600);
    const unknownOld = await lockedJob('pool-never-registered', 600);
    const unknownNew = await lockedJob('pool-just-started', 1);

    expect((await releaseDeadWorkers(handle.db)).sort()).toEqual(['pool-dead', 'pool-never-registered']);
    expect(await lockOf(alive)).toBe('pool-alive');
    expect(await lockOf(dead)).toBeNull();
    expect(await lockOf(unknownOld)).toBeNull();
    expect(await lockOf(unknownNew)).toBe('pool-just-started');
    expect(await countLiveWorkers(handle.db)).toMatchObject({ count: 1 });
  });
});
