import { and, count, desc, eq, gte, ilike, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ValidationError } from '../../infra/errors.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import { backups, type Backup } from '../backups/schema.ts';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { pageWindow, toPage } from '../pagination.ts';
import { sqlArray } from '../sql-lists.ts';
import { checkId } from '../validation.ts';

export interface ChangeFilter {
  deviceId?: string | null;
  runId?: string | null;
  /** A platform id (`cisco-ios`): devices whose backup method it provides. */
  platform?: string | null;
  /** The location and everything below it. */
  location?: string | null;
  tag?: string | null;
  since?: Date | null;
  /** Also list each artifact's first backup (default: real changes only). */
  includeInitial?: boolean | null;
}

/** A stored new version of an artifact, with the backup it replaced (none for an artifact's first). */
export interface ChangeView {
  backup: Backup;
  previous: Backup | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function platformMethods(platform: string): string[] {
  const keys = listBackupMethods()
    .filter((method) => method.platform === platform)
    .map((method) => method.key);
  if (keys.length === 0) throw new ValidationError(`filter.platform: no platform "${platform}"`, { field: 'filter.platform' });
  return keys;
}

const previous = alias(backups, 'previous');

/**
 * Changed backups, newest first: every new version a run stored, with the version it replaced.
 * An artifact's first backup is left out unless `includeInitial`. Counting them all reads every
 * match, so with `countTotal: false` (a list that shows no total) they are not counted and
 * `totalCount` is 0.
 */
export async function listChanges({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { first?: number | null; after?: string | null; filter?: ChangeFilter | null; countTotal?: boolean };
}) {
  requireRole(ctx.caller, 'viewer');
  const window = pageWindow(input);
  const filter = input.filter ?? {};
  // The backup each one replaced: the latest of the same device and artifact before it.
  const previousId = sql`(select p.id from ${backups} as p
    where p.device_id = ${backups.deviceId} and p.artifact = ${backups.artifact} and p.created_at < ${backups.createdAt}
    order by p.created_at desc limit 1)`;
  const conditions: (SQL | undefined)[] = [eq(backups.changed, true)];
  if (filter.deviceId) conditions.push(eq(backups.deviceId, checkId(filter.deviceId, 'filter.deviceId')));
  if (filter.runId) conditions.push(eq(backups.runId, checkId(filter.runId, 'filter.runId')));
  if (filter.since) conditions.push(gte(backups.createdAt, filter.since));
  if (filter.platform) conditions.push(sql`${devices.backupMethod} = any(${sqlArray(platformMethods(filter.platform), 'text')})`);
  if (filter.tag) conditions.push(sql`${filter.tag} = any(${devices.tags})`);
  if (filter.location) conditions.push(or(eq(devices.location, filter.location), ilike(devices.location, `${escapeLike(filter.location)}/%`)));
  if (!filter.includeInitial) conditions.push(isNotNull(previous.id));
  const where = and(...conditions);

  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({ backup: backups, previous })
      .from(backups)
      .innerJoin(devices, eq(devices.id, backups.deviceId))
      .leftJoin(previous, eq(previous.id, previousId))
      .where(where)
      .orderBy(desc(backups.createdAt), desc(backups.id))
      .limit(window.first + 1)
      .offset(window.offset),
    input.countTotal === false
      ? [{ total: 0 }]
      : ctx.db.select({ total: count() }).from(backups).innerJoin(devices, eq(devices.id, backups.deviceId)).leftJoin(previous, eq(previous.id, previousId)).where(where),
  ]);
  const changes: ChangeView[] = rows.map((row) => ({ backup: row.backup, previous: row.previous }));
  return toPage(changes, window, total);
}
