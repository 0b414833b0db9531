import pino from 'pino';
import type { JobHelpers } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../db/client.ts';
import { createKeyring } from '../../infra/keyring.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { applyRetentionTask } from './apply-retention.ts';

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

/** A repository with one device whose running-config was backed up daily for 60 days, one change. */
async function seed(name: string): Promise<string> {
  const [{ id: repositoryId }] = await handle.sql`insert into repositories (name, kind, path) values (${name}, 'git', ${`/nonexistent/${name}`}) returning id`;
  const [{ id: deviceId }] = await handle.sql`insert into devices (name, host, backup_method, repository_id) values (${`${name}-sw`}, '127.0.0.1', 'cisco-ios', ${repositoryId}) returning id`;
  await handle.sql`
    insert into backups (device_id, repository_id, artifact, is_text, size, sha256, changed, storage_ref, created_at)
    select ${deviceId}, ${repositoryId}, 'running-config', true, 1, 'x', i = 60,
      ${JSON.stringify({ kind: 'git', commit: 'c'.repeat(40), path: `${name}-sw/running-config`, blob: 'b'.repeat(40) })}::jsonb,
      now() - make_interval(days => i)
    from generate_series(0, 60) as i`;
  return repositoryId;
}

describe('apply-retention', () => {
  it('applies every enabled policy as the system, audited, and leaves repositories without one alone', async () => {
    const withPolicy = await seed('kept-short');
    const without = await seed('kept-all');
    const disabled = await seed('kept-off');
    await handle.sql`insert into retention_policies (repository_id, keep_all_days, keep_daily_days, keep_weekly_weeks, keep_monthly_months) values (${withPolicy}, 10, 0, 0, 0)`;
    await handle.sql`insert into retention_policies (repository_id, keep_all_days, keep_daily_days, keep_weekly_weeks, keep_monthly_months, enabled) values (${disabled}, 10, 0, 0, 0, false)`;

    const logged: string[] = [];
    const helpers = { job: { id: '1' }, logger: { info: (message: string) => logged.push(message) } } as unknown as JobHelpers;
    await applyRetentionTask({ db: handle.db, keyring: createKeyring(Buffer.alloc(32, 1)), log: pino({ level: 'silent' }), dataDir: '/nonexistent' })({}, helpers);

    const counts = Object.fromEntries(
      (await handle.sql`select repository_id, count(*)::int as n from backups group by 1`).map((r) => [r.repository_id as string, r.n as number]),
    );
    // Kept: days 0 to 9 (younger than 10 days when applied, the latest among them) and the change 60 days ago.
    expect(counts[withPolicy]).toBe(11);
    expect(counts[without]).toBe(61);
    expect(counts[disabled]).toBe(61);
    const audit = await handle.sql`select actor_type, actor_name, action, target_id, details from audit_log where action = 'apply-retention'`;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_type: 'system', actor_name: 'system:retention', target_id: withPolicy, details: { removed: 50 } });
    expect(logged).toEqual([`retention removed 50 of 61 backups of repository ${withPolicy}`]);
  });
});
