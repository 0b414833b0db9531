import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../db/client.ts';
import { createLogger } from '../../infra/log.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { appendRunEvent } from '../../db/runs/run-events.ts';
import { runs, type RunEvent } from '../../db/runs/schema.ts';
import { RunEventHub } from './run-event-hub.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 4 });
});
afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('following every run', () => {
  it('delivers an event that commits after a later-numbered event of another run', async () => {
    const [runA, runB] = await handle.db.insert(runs).values([{ trigger: 'api' }, { trigger: 'api' }]).returning({ id: runs.id });
    const hub = new RunEventHub(handle.db, handle.sql, createLogger({ level: 'silent' }));
    const stop = new AbortController();
    const received: RunEvent[] = [];
    const following = (async () => {
      for await (const event of hub.follow({}, stop.signal)) received.push(event);
    })();

    // Run A's event gets its id first but commits last.
    let inserted!: () => void;
    const insertedA = new Promise<void>((resolve) => (inserted = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const transactionA = handle.db.transaction(async (tx) => {
      await appendRunEvent(tx, runA.id, 'run-started', { current: 0, total: 1, message: 'A' });
      inserted();
      await released;
    });
    await insertedA;
    await appendRunEvent(handle.db, runB.id, 'run-started', { current: 0, total: 1, message: 'B' });
    await until(() => received.some((event) => event.runId === runB.id), "run B's event");

    release();
    await transactionA;
    await until(() => received.some((event) => event.runId === runA.id), "run A's event, committed late");
    const idOf = (runId: string) => received.find((event) => event.runId === runId)!.id;
    expect(idOf(runA.id)).toBeLessThan(idOf(runB.id));

    // Each run goes on from its own number; nothing is delivered twice.
    await appendRunEvent(handle.db, runA.id, 'device-started', { current: 0, total: 1, message: 'A2' });
    await until(() => received.length === 3, 'the next event of run A');
    expect(received.map((event) => (event.payload as { message: string }).message)).toEqual(['B', 'A', 'A2']);

    stop.abort();
    await hub.close();
    await following;
  });

  it('gives a client coming back after afterId the events of runs that finished while it was away', async () => {
    const [{ id: lastSeenId }] = await handle.sql<{ id: number }[]>`select coalesce(max(id), 0)::int as id from run_events`;
    const [run] = await handle.db.insert(runs).values({ trigger: 'api' }).returning({ id: runs.id });
    await appendRunEvent(handle.db, run.id, 'run-started', { current: 0, total: 1, message: 'started' });
    await appendRunEvent(handle.db, run.id, 'run-finished', { current: 1, total: 1, message: 'finished' });
    await handle.sql`update runs set status = 'succeeded', finished_at = now() - interval '10 minutes' where id = ${run.id}`;

    const hub = new RunEventHub(handle.db, handle.sql, createLogger({ level: 'silent' }));
    const stop = new AbortController();
    const received: RunEvent[] = [];
    const following = (async () => {
      for await (const event of hub.follow({ afterId: lastSeenId }, stop.signal)) received.push(event);
    })();
    await until(() => received.length === 2, 'the finished run\'s events');
    expect(received.map((event) => [event.runId, event.type])).toEqual([
      [run.id, 'run-started'],
      [run.id, 'run-finished'],
    ]);
    stop.abort();
    await hub.close();
    await following;
  });
});
