import { asc, count, eq, inArray } from 'drizzle-orm';
import { devices } from '../devices/schema.ts';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { inventorySources } from './schema.ts';
import { toInventorySourceView, type InventorySourceView } from './view.ts';

/** At most 200, by name. */
export async function listInventorySources({ ctx }: { ctx: Ctx }): Promise<InventorySourceView[]> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db.select().from(inventorySources).orderBy(asc(inventorySources.name)).limit(200);
  return rows.map(toInventorySourceView);
}

export async function getInventorySource({ ctx, id }: { ctx: Ctx; id: string }): Promise<InventorySourceView | null> {
  requireRole(ctx.caller, 'viewer');
  checkId(id);
  const [row] = await ctx.db.select().from(inventorySources).where(eq(inventorySources.id, id));
  return row ? toInventorySourceView(row) : null;
}

/** Sources by id, for devices that show their owner. */
export async function getInventorySources({ ctx, ids }: { ctx: Ctx; ids: readonly string[] }): Promise<Map<string, InventorySourceView>> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db.select().from(inventorySources).where(inArray(inventorySources.id, [...ids]));
  return new Map(rows.map((row) => [row.id, toInventorySourceView(row)]));
}

/** How many devices each source owns. */
export async function countSourceDevices({ ctx, ids }: { ctx: Ctx; ids: readonly string[] }): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select({ sourceId: devices.sourceId, n: count() })
    .from(devices)
    .where(inArray(devices.sourceId, [...ids]))
    .groupBy(devices.sourceId);
  return new Map(rows.map((row) => [row.sourceId!, row.n]));
}
