import { and, asc, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { runDevices, type RunDevice } from './schema.ts';

/**
 * One page of the devices of each run, in position order (failed ones first with `failedFirst`),
 * in one query for all the runs: `first` of them after the first `offset`, only those in
 * `deviceIds` and with a status in `statuses` when given.
 */
export async function listRunDevicePages({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { runIds: readonly string[]; first: number; offset: number; deviceIds?: readonly string[] | null; statuses?: readonly RunDevice['status'][] | null; failedFirst?: boolean | null };
}): Promise<Map<string, RunDevice[]>> {
  requireRole(ctx.caller, 'viewer');
  const pages = new Map<string, RunDevice[]>();
  if (input.runIds.length === 0 || input.first === 0) return pages;
  const deviceIds = input.deviceIds?.map((id) => checkId(id, 'deviceIds'));
  const order = input.failedFirst ? sql`(${runDevices.status} = 'failed') desc, ${runDevices.position}` : sql`${runDevices.position}`;
  const ranked = ctx.db
    .select({ ...getTableColumns(runDevices), rank: sql<number>`row_number() over (partition by ${runDevices.runId} order by ${order})`.as('rank') })
    .from(runDevices)
    .where(
      and(
        inArray(runDevices.runId, [...input.runIds]),
        deviceIds ? inArray(runDevices.deviceId, deviceIds) : undefined,
        input.statuses ? inArray(runDevices.status, [...input.statuses]) : undefined,
      ),
    )
    .as('ranked');
  const rows = await ctx.db
    .select()
    .from(ranked)
    .where(and(gt(ranked.rank, input.offset), lte(ranked.rank, input.offset + input.first)))
    .orderBy(asc(ranked.runId), asc(ranked.rank));
  for (const { rank: _rank, ...row } of rows) {
    const page = pages.get(row.runId) ?? [];
    page.push(row);
    pages.set(row.runId, page);
  }
  return pages;
}
