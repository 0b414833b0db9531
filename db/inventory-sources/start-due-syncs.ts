import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { currentSlot, localMinute } from '../schedules/cron.ts';
import { insertInventorySync } from './request-inventory-sync.ts';
import { inventorySources, type InventorySource } from './schema.ts';

/**
 * Queues a sync for every source whose sync schedule has a slot newer than the last one claimed,
 * with the schedules' rules (db/schedules/start-due-runs.ts): one conditional update claims the
 * slot in the transaction that records the sync, so any number of ticks start it once.
 */
export async function startDueSyncs({ ctx, now }: { ctx: Ctx; now: Date }): Promise<{ sourceId: string; syncId: string }[]> {
  const scheduled = await ctx.db.select().from(inventorySources).where(isNotNull(inventorySources.syncCron));
  const started: { sourceId: string; syncId: string }[] = [];
  for (const source of scheduled) {
    const slot = dueSlot(source, now);
    if (!slot) continue;
    try {
      const syncId = await ctx.db.transaction(async (tx) => {
        const [claimed] = await tx
          .update(inventorySources)
          .set({ lastSyncSlotAt: slot })
          .where(
            and(
              eq(inventorySources.id, source.id),
              eq(inventorySources.syncCron, source.syncCron!),
              eq(inventorySources.syncTimeZone, source.syncTimeZone),
              or(isNull(inventorySources.lastSyncSlotAt), lt(inventorySources.lastSyncSlotAt, slot)),
            ),
          )
          .returning({ id: inventorySources.id });
        if (!claimed) return null;
        return (await insertInventorySync(tx, ctx.caller, { sourceId: source.id, dryRun: false })).id;
      });
      if (syncId) started.push({ sourceId: source.id, syncId });
    } catch (err) {
      ctx.log.error({ err, sourceId: source.id, slot }, 'could not start a scheduled inventory sync');
    }
  }
  return started;
}

function dueSlot(source: InventorySource, now: Date): Date | null {
  const slot = currentSlot(source.syncCron!, source.syncTimeZone, now);
  if (!slot || slot < source.createdAt) return null;
  if (source.lastSyncSlotAt && slot <= source.lastSyncSlotAt) return null;
  if (source.lastSyncSlotAt && localMinute(source.lastSyncSlotAt, source.syncTimeZone) === localMinute(slot, source.syncTimeZone)) return null;
  return slot;
}
