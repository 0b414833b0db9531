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

describe('many followers', () => {
  /** The database, counting the reads made through it. */
  function countingDb() {
    const counter = { selects: 0 };
    const db = new Proxy(handle.db, {
      get(target, property, receiver) {
        if (property === 'select') counter.selects += 1;
        return Reflect.get(target, property, receiver);
      },
    });
    return { db, counter };
  }

  it('followers of a run woken by the same event share one read of it', async () => {
    const [run] = await handle.db.insert(runs).values({ trigger: 'api' }).returning({ id: runs.id });
    const { db, counter } = countingDb();
    const hub = new RunEventHub(db, handle.sql, createLogger({ level: 'silent' }));
    const stop = new AbortController();
    const followers = 5;
    const received: RunEvent[][] = Array.from({ length: followers }, () => []);
    const following = received.map(async (events) => {
      for await (const event of hub.follow({ runId: run.id }, stop.signal)) events.push(event);
    });
    await until(() => counter.selects >= followers, 'every follower to read once');

    const before = counter.selects;
    await appendRunEvent(handle.db, run.id, 'run-started', { current: 0, total: 1, message: 'started' });
    await until(() => received.every((events) => events.length === 1), 'the event at every follower');
    expect(counter.selects - before).toBeLessThan(followers);
    expect(received.map((events) => events[0].seq)).toEqual(Array(followers).fill(1));

    stop.abort();
    await hub.close();
    await Promise.all(following);
  });

  it('a read cut short by closing the hub ends its followers without an error', async () => {
    let cut!: (error: Error) => void;
    const cutShort = new Promise<never>((_, reject) => (cut = reject));
    // Every read hangs until the pool goes away under it, as on shutdown.
    const chain: Record<string, unknown> = {};
    for (const step of ['select', 'from', 'leftJoin', 'innerJoin', 'where', 'orderBy', 'limit']) chain[step] = () => chain;
    chain.then = (resolve: (value: never) => void, reject: (error: unknown) => void) => cutShort.then(resolve, reject);
    const hub = new RunEventHub(chain as never, handle.sql, createLogger({ level: 'silent' }));
    const stop = new AbortController();
    const outcome = (async () => {
      for await (const event of hub.follow({ runId: '00000000-0000-0000-0000-000000000000' }, stop.signal)) void event;
      return 'ended';
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = hub.close();
    cut(new Error('write CONNECTION_ENDED'));
    await closing;
    await expect(outcome).resolves.toBe('ended');
  });
});
