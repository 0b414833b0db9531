/**
 * Retention on a git repository with 1,000 versions and on a filesystem repository, against real
 * PostgreSQL and real git (checked with the git CLI): the dry run lists exactly what the policies
 * say (an independent reckoning below), apply removes exactly that, and no change, no latest
 * backup and no commit is ever removed.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../client.ts';
import type { Ctx } from '../context.ts';
import { systemTestContext } from '../testing.ts';
import { createTestDatabase, type TestDatabase } from '../../infra/postgres/test-database.ts';
import { openRepository } from '../../storage/index.ts';
import type { StorageRef } from '../../storage/types.ts';
import { insertBackups, type NewBackup } from '../backups/insert-backups.ts';
import { applyRetention } from './apply-retention.ts';
import { setRetentionPolicy } from './set-retention-policy.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const asOf = new Date('2026-06-15T12:00:00.000Z');

let database: TestDatabase;
let handle: DatabaseHandle;
let ctx: Ctx;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 3 });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tidemark-retention-'));
  ctx = systemTestContext(handle.db, folder);
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
  await fs.rm(folder, { recursive: true, force: true });
});

interface SeededBackup {
  id?: string;
  deviceId: string;
  artifact: string;
  createdAt: Date;
  changed: boolean;
}

/**
 * 250 backups per series (device, artifact), oldest first: 150 three days apart, then 100 five
 * hours apart up to `asOf`; every 7th and the first is a change, each stored as a real version.
 */
async function seedRepository(kind: 'git' | 'filesystem', name: string, devices: { name: string; tags: string[] }[], perSeries = 250) {
  const repoPath = path.join(folder, name);
  const [{ id: repositoryId }] = await handle.sql`insert into repositories (name, kind, path) values (${name}, ${kind}, ${repoPath}) returning id`;
  const deviceIds: string[] = [];
  for (const device of devices) {
    const [{ id }] = await handle.sql`insert into devices (name, host, backup_method, tags, repository_id) values (${device.name}, '127.0.0.1', 'cisco-ios', ${device.tags}, ${repositoryId}) returning id`;
    deviceIds.push(id);
  }
  const times: Date[] = [];
  for (let k = 0; k < perSeries; k++) {
    const fromEnd = perSeries - 1 - k;
    times.push(new Date(asOf.getTime() - 1_000 - (fromEnd < 100 ? fromEnd * 5 * HOUR : 100 * 5 * HOUR + (fromEnd - 99) * 3 * DAY)));
  }
  const store = openRepository({ kind, path: repoPath, remoteUrl: null, remoteToken: null, branch: 'main', authorName: 'Tidemark', authorEmail: 'tidemark@localhost' });
  await store.ensure();
  const rows: NewBackup[] = [];
  const lastRef = new Map<string, StorageRef>();
  for (const [k, createdAt] of times.entries()) {
    const changed = k % 7 === 0;
    const series = deviceIds.flatMap((deviceId, d) => ['running-config', 'startup-config'].map((artifact) => ({ deviceId, artifact, path: `${devices[d].name}/${artifact}` })));
    if (changed) {
      const stored = await store.store(
        series.map((s) => ({ path: s.path, source: { kind: 'text', content: `hostname ${s.path}\n! version ${k}\n` } })),
        { message: `version ${k}`, date: createdAt },
      );
      for (const s of series) lastRef.set(s.path, stored.refs[s.path]);
    }
    for (const s of series) {
      rows.push({ deviceId: s.deviceId, repositoryId, artifact: s.artifact, isText: true, size: 1, sha256: `sha-${k}`, changed, storageRef: lastRef.get(s.path)!, createdAt });
    }
  }
  await insertBackups(handle.db, rows);
  return { repositoryId, repoPath, deviceIds };
}

/** UTC calendar arithmetic as PostgreSQL does it for `timestamp - interval`: months first, then days. */
function back(from: Date, months: number, days: number): Date {
  const date = new Date(from);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return new Date(date.getTime() - days * DAY);
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const weekKey = (d: Date) => dayKey(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7))));
const monthKey = (d: Date) => d.toISOString().slice(0, 7);

interface Policy {
  keepAllDays: number;
  keepDailyDays: number;
  keepWeeklyWeeks: number;
  keepMonthlyMonths: number;
}

/** What the policies keep, reckoned in plain code over the rows: the ids a correct plan removes. */
function expectedRemovals(rows: SeededBackup[], policyOf: (deviceId: string) => Policy[]): Set<string> {
  const bySeries = new Map<string, SeededBackup[]>();
  for (const row of rows) bySeries.set(`${row.deviceId}/${row.artifact}`, [...(bySeries.get(`${row.deviceId}/${row.artifact}`) ?? []), row]);
  const removed = new Set<string>();
  for (const series of bySeries.values()) {
    series.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const lastOf = (key: (d: Date) => string) => {
      const seen = new Set<string>();
      const last = new Set<string>();
      for (const row of series) if (!seen.has(key(row.createdAt))) (seen.add(key(row.createdAt)), last.add(row.id!));
      return last;
    };
    const [days, weeks, months] = [lastOf(dayKey), lastOf(weekKey), lastOf(monthKey)];
    for (const [index, row] of series.entries()) {
      if (index === 0 || row.changed) continue;
      const policies = policyOf(row.deviceId);
      if (policies.length === 0) continue;
      const kept = policies.some((p) => {
        const t = row.createdAt.getTime();
        return (
          t >= back(asOf, 0, p.keepAllDays).getTime() ||
          (days.has(row.id!) && t >= back(asOf, 0, p.keepAllDays + p.keepDailyDays).getTime()) ||
          (weeks.has(row.id!) && t >= back(asOf, 0, p.keepAllDays + p.keepDailyDays + 7 * p.keepWeeklyWeeks).getTime()) ||
          (months.has(row.id!) && t >= back(asOf, p.keepMonthlyMonths, p.keepAllDays + p.keepDailyDays + 7 * p.keepWeeklyWeeks).getTime())
        );
      });
      if (!kept) removed.add(row.id!);
    }
  }
  return removed;
}

async function backupsOf(repositoryId: string) {
  const rows = await handle.sql`select id, device_id, artifact, created_at, changed, storage_ref from backups where repository_id = ${repositoryId}`;
  return rows.map((r) => ({ id: r.id as string, deviceId: r.device_id as string, artifact: r.artifact as string, createdAt: new Date(r.created_at), changed: r.changed as boolean, storageRef: r.storage_ref as StorageRef }));
}

describe('retention', () => {
  it('on a git repository with 1,000 versions: the dry run lists what the policies remove, apply removes exactly that, history stays', { timeout: 120_000 }, async () => {
    const { repositoryId, repoPath, deviceIds } = await seedRepository('git', 'gfs', [
      { name: 'edge-1', tags: [] },
      { name: 'core-1', tags: ['core'] },
    ]);
    const repositoryPolicy = { keepAllDays: 7, keepDailyDays: 14, keepWeeklyWeeks: 8, keepMonthlyMonths: 6 };
    const corePolicy = { keepAllDays: 3, keepDailyDays: 0, keepWeeklyWeeks: 0, keepMonthlyMonths: 12 };
    await setRetentionPolicy({ ctx, input: { repositoryId, ...repositoryPolicy } });
    await setRetentionPolicy({ ctx, input: { repositoryId, deviceTag: 'core', ...corePolicy } });

    const before = await backupsOf(repositoryId);
    expect(before).toHaveLength(1_000);
    const commitsBefore = execFileSync('git', ['--git-dir', repoPath, 'rev-list', '--count', 'main'], { encoding: 'utf8' }).trim();
    const [totalsBefore] = await handle.sql`select backups, changes from backup_totals`;

    const plan = await applyRetention({ ctx, input: { repositoryId, dryRun: true, asOf } });
    const expected = expectedRemovals(before, (deviceId) => (deviceId === deviceIds[1] ? [corePolicy] : [repositoryPolicy]));
    expect(plan.backupCount).toBe(1_000);
    expect(expected.size).toBeGreaterThan(300);
    expect(new Set(plan.removals.map((r) => r.id))).toEqual(expected);
    expect(plan.files).toEqual([]);
    expect(await backupsOf(repositoryId)).toHaveLength(1_000);

    const byId = new Map(before.map((row) => [row.id, row]));
    for (const removal of plan.removals) expect(byId.get(removal.id)!.changed).toBe(false);

    const applied = await applyRetention({ ctx, input: { repositoryId, dryRun: false, asOf } });
    expect(applied.removals.map((r) => r.id)).toEqual(plan.removals.map((r) => r.id));
    const after = await backupsOf(repositoryId);
    expect(after).toHaveLength(1_000 - plan.removals.length);
    expect(after.filter((row) => row.changed)).toHaveLength(before.filter((row) => row.changed).length);
    const left = new Set(after.map((row) => row.id));
    for (const row of before) if (!expected.has(row.id)) expect(left.has(row.id)).toBe(true);

    // The latest backup of every artifact is still there, and nothing more would go.
    const again = await applyRetention({ ctx, input: { repositoryId, dryRun: true, asOf } });
    expect(again.removals).toEqual([]);

    // Git: the same commits, and every version a backup left points at is readable.
    expect(execFileSync('git', ['--git-dir', repoPath, 'rev-list', '--count', 'main'], { encoding: 'utf8' }).trim()).toBe(commitsBefore);
    const blobs = [...new Set(after.map((row) => (row.storageRef.kind === 'git' ? row.storageRef.blob : '')))];
    execFileSync('git', ['--git-dir', repoPath, 'cat-file', '--batch-check'], { input: blobs.join('\n') + '\n', encoding: 'utf8' })
      .trim()
      .split('\n')
      .forEach((line) => expect(line).toMatch(/ blob \d+$/));
    execFileSync('git', ['--git-dir', repoPath, 'fsck', '--strict']);

    // Counters for /api/metrics never go down.
    const [totalsAfter] = await handle.sql`select backups, changes from backup_totals`;
    expect(totalsAfter).toEqual(totalsBefore);

    const audit = await handle.sql`select action, details from audit_log where target_id = ${repositoryId} and action in ('plan-retention', 'apply-retention') order by id`;
    expect(audit.map((a) => a.action)).toEqual(['plan-retention', 'apply-retention', 'plan-retention']);
    expect(audit[1].details).toMatchObject({ backups: 1_000, removed: plan.removals.length, files: 0 });
  });

  it('removes nothing of a repository without a policy, nor of devices no policy applies to', async () => {
    const { repositoryId } = await seedRepository('git', 'no-policy', [{ name: 'plain-1', tags: [] }], 40);
    expect((await applyRetention({ ctx, input: { repositoryId, dryRun: true, asOf } })).removals).toEqual([]);
    // A tag policy alone applies to that tag's devices only.
    await setRetentionPolicy({ ctx, input: { repositoryId, deviceTag: 'core', keepAllDays: 0, keepDailyDays: 0, keepWeeklyWeeks: 0, keepMonthlyMonths: 0 } });
    expect((await applyRetention({ ctx, input: { repositoryId, dryRun: true, asOf } })).removals).toEqual([]);
  });

  it('on a filesystem repository: keeps every version file a backup points at, removes those only removed backups used', async () => {
    const { repositoryId, repoPath, deviceIds } = await seedRepository('filesystem', 'fs-gfs', [{ name: 'fs-1', tags: [] }], 60);
    const versionsDir = path.join(repoPath, '.versions', 'fs-1', 'running-config');
    const versionFiles = (await fs.readdir(versionsDir)).sort();
    expect(versionFiles.length).toBe(Math.ceil(60 / 7));
    // A confirmation with a version file of its own that nothing else points at (as an earlier
    // version could leave): the one case where retention has a file to remove.
    const lonely = '2026-01-01T00-00-00.000Z';
    await fs.writeFile(path.join(versionsDir, lonely), 'lonely\n');
    const [{ id: lonelyId }] = await handle.sql`
      insert into backups (device_id, repository_id, artifact, is_text, size, sha256, changed, storage_ref, created_at)
      values (${deviceIds[0]}, ${repositoryId}, 'running-config', true, 7, 'lonely', false,
        ${JSON.stringify({ kind: 'filesystem', path: 'fs-1/running-config', version: lonely })}::jsonb, '2026-01-01T00:00:00Z')
      returning id`;
    await setRetentionPolicy({ ctx, input: { repositoryId, keepAllDays: 1, keepDailyDays: 0, keepWeeklyWeeks: 0, keepMonthlyMonths: 0 } });

    const plan = await applyRetention({ ctx, input: { repositoryId, dryRun: true, asOf } });
    expect(plan.removals.map((r) => r.id)).toContain(lonelyId);
    expect(plan.files).toEqual([{ path: 'fs-1/running-config', version: lonely }]);
    const applied = await applyRetention({ ctx, input: { repositoryId, dryRun: false, asOf } });
    expect(applied.removals.map((r) => r.id)).toEqual(plan.removals.map((r) => r.id));

    expect((await fs.readdir(versionsDir)).sort()).toEqual(versionFiles);
    for (const row of await backupsOf(repositoryId)) {
      const ref = row.storageRef as Extract<StorageRef, { kind: 'filesystem' }>;
      await expect(fs.stat(path.join(repoPath, '.versions', ...ref.path.split('/'), ref.version))).resolves.toBeTruthy();
    }
    // The current file is still the latest version.
    const latest = versionFiles[versionFiles.length - 1];
    expect(await fs.readFile(path.join(repoPath, 'fs-1', 'running-config'), 'utf8')).toBe(await fs.readFile(path.join(versionsDir, latest), 'utf8'));
  });
});
