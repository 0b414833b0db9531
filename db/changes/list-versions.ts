import { inArray, sql } from 'drizzle-orm';
import { backups, type Backup } from '../backups/schema.ts';
import { requireRole, type Ctx } from '../context.ts';
import { pageWindow, toPage } from '../pagination.ts';
import { checkId } from '../validation.ts';

/**
 * One distinct version of an artifact: the backup that stored it and the unchanged collections
 * after it, up to the next change (Unimus calls these configuration points).
 */
export interface VersionView {
  /** The version's first backup. */
  backup: Backup;
  /** The first backup of the version before; null for the artifact's first version. */
  previousId: string | null;
  initial: boolean;
  firstSeenAt: Date;
  lastConfirmedAt: Date;
  /** Backups folded into the version, its first included. */
  collections: number;
}

interface VersionRow extends Record<string, unknown> {
  id: string;
  previous_id: string | null;
  initial: boolean;
  last_confirmed_at: string | Date;
  collections: number;
  total: number;
}

/**
 * A device's versions, newest first: each starts at a changed backup (or the artifact's first) and
 * folds the unchanged backups up to the next one. Read from the backups rows as stored, a page at
 * a time: only the version starts are windowed over, and each page's versions are counted with
 * backups_device_artifact_idx.
 */
export async function listDeviceVersions({
  ctx,
  deviceId,
  input,
}: {
  ctx: Ctx;
  deviceId: string;
  input: { first?: number | null; after?: string | null; artifact?: string | null };
}) {
  requireRole(ctx.caller, 'viewer');
  const window = pageWindow(input);
  const device = checkId(deviceId);
  const artifact = input.artifact ?? null;
  const rows = await ctx.db.execute<VersionRow>(sql`
    with starts as (
      select b.id, b.artifact, b.created_at,
        lag(b.id) over artifact_versions as previous_id,
        lead(b.created_at) over artifact_versions as next_start,
        row_number() over artifact_versions = 1 as initial,
        count(*) over () as total
      from ${backups} b
      where b.device_id = ${device}
        and (${artifact}::text is null or b.artifact = ${artifact}::text)
        and (b.changed or not exists (
          select 1 from ${backups} earlier
          where earlier.device_id = b.device_id and earlier.artifact = b.artifact and earlier.created_at < b.created_at))
      window artifact_versions as (partition by b.artifact order by b.created_at, b.id)
    ),
    page as (
      select * from starts order by created_at desc, artifact, id limit ${window.first + 1} offset ${window.offset}
    )
    select page.id, page.previous_id, page.initial, page.total::int as total,
      folded.last_confirmed_at, folded.collections::int as collections
    from page
    cross join lateral (
      select max(c.created_at) as last_confirmed_at, count(*) as collections
      from ${backups} c
      where c.device_id = ${device} and c.artifact = page.artifact and c.created_at >= page.created_at
        and (page.next_start is null or c.created_at < page.next_start)
    ) folded
    order by page.created_at desc, page.artifact, page.id`);
  const ids = rows.map((row) => row.id);
  const stored = ids.length ? await ctx.db.select().from(backups).where(inArray(backups.id, ids)) : [];
  const byId = new Map(stored.map((backup) => [backup.id, backup]));
  const versions: VersionView[] = rows.flatMap((row) => {
    const backup = byId.get(row.id);
    if (!backup) return [];
    return [
      {
        backup,
        previousId: row.previous_id,
        initial: row.initial,
        firstSeenAt: backup.createdAt,
        lastConfirmedAt: new Date(row.last_confirmed_at),
        collections: row.collections,
      },
    ];
  });
  const total = rows[0]?.total ?? (window.offset > 0 ? await countVersions(ctx, device, artifact) : 0);
  return toPage(versions, window, total);
}

/** The number of versions, for a page past the last one (which has no row to carry the total). */
async function countVersions(ctx: Ctx, device: string, artifact: string | null): Promise<number> {
  const [row] = await ctx.db.execute<{ total: number }>(sql`
    select count(*)::int as total from ${backups} b
    where b.device_id = ${device} and (${artifact}::text is null or b.artifact = ${artifact}::text)
      and (b.changed or not exists (
        select 1 from ${backups} earlier
        where earlier.device_id = b.device_id and earlier.artifact = b.artifact and earlier.created_at < b.created_at))`);
  return row.total;
}
