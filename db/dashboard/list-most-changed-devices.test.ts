/**
 * The most changed devices, counted from the kept `initial` flag and ranked with names only at the
 * cutoff, are those a count that probes for earlier backups row by row finds, ties included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../client.ts';
import type { Ctx } from '../context.ts';
import { systemTestContext } from '../testing.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { listMostChangedDevices } from './list-most-changed-devices.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
let ctx: Ctx;
const since = new Date('2026-03-01T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 2 });
  ctx = systemTestContext(handle.db);
  // Device n has backups on days 1 to 2 + n % 4 of March, each changed when (n + day) % 3 <> 0; an
  // older first backup for the even devices (so their first March backup is a real change), and
  // the same times across devices, so that counts and last changes tie.
  await handle.sql`insert into devices (name, host, backup_method) select 'sw-' || (20 - i), '127.0.0.1', 'cisco-ios' from generate_series(1, 12) as i`;
  await handle.sql`
    insert into backups (device_id, artifact, is_text, size, sha256, changed, storage_ref, created_at)
    select d.id, a.artifact, true, 1, 'x', day = 0 or (n + day) % 3 <> 0, '{"kind":"filesystem","path":"x"}',
           case when day = 0 then '2026-02-01T00:00:00Z'::timestamptz else '2026-03-01T00:00:00Z'::timestamptz + make_interval(days => day - 1, hours => a.hour) end
    from (select id, substr(name, 4)::int as n from devices) as d
    cross join (values ('running-config', 1), ('startup-config', 2)) as a(artifact, hour)
    cross join lateral generate_series(case when n % 2 = 0 then 0 else 1 end, 2 + n % 4) as day`;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

/** The ranking as it reads without the kept flag: a probe for an earlier backup per changed backup. */
async function probed(first: number) {
  const rows = await handle.sql`
    select d.name, count(*)::int as changes, max(b.created_at) as last
    from backups b join devices d on d.id = b.device_id
    where b.changed and b.created_at >= ${since.toISOString()}::timestamptz
      and exists (select 1 from backups e where e.device_id = b.device_id and e.artifact = b.artifact and e.created_at < b.created_at)
    group by d.id order by changes desc, last desc, d.name limit ${first}`;
  return rows.map((row) => [row.name as string, row.changes as number, new Date(row.last as string).toISOString()]);
}

describe('listMostChangedDevices', () => {
  it('ranks devices as counting with probes does, for every page size', async () => {
    const all = await probed(100);
    expect(all.length).toBeGreaterThan(6);
    // Ties on both the count and the time of the last change, decided by name.
    expect(new Set(all.map(([, changes, last]) => `${changes} ${last}`)).size).toBeLessThan(all.length);
    for (const first of [1, 2, 3, 4, 5, 7, 12, 100]) {
      const listed = await listMostChangedDevices({ ctx, input: { since, first } });
      expect(listed.map((row) => [row.device.name, row.changes, row.lastChangedAt.toISOString()])).toEqual(await probed(first));
    }
    expect(await listMostChangedDevices({ ctx, input: { since, first: 0 } })).toEqual([]);
  });
});
