import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../client.ts';
import { requireRole, type Caller, type Ctx } from '../context.ts';
import { addJob } from '../jobs/add-job.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { inventorySources, inventorySyncs, type InventorySync } from './schema.ts';

/** Syncs of one source run one at a time, in order. */
export const syncQueue = (sourceId: string) => `inventory-sync:${sourceId}`;

/** Queues a sync, or with `dryRun` a preview, of the source; the worker runs it (sync-inventory). */
export async function requestInventorySync({ ctx, sourceId, dryRun }: { ctx: Ctx; sourceId: string; dryRun: boolean }): Promise<InventorySync> {
  requireRole(ctx.caller, 'admin');
  checkId(sourceId, 'sourceId');
  return ctx.db.transaction(async (tx) => {
    const [source] = await tx.select({ id: inventorySources.id, name: inventorySources.name }).from(inventorySources).where(eq(inventorySources.id, sourceId));
    if (!source) throw new NotFoundError('Inventory source', sourceId);
    return insertInventorySync(tx, ctx.caller, { sourceId, dryRun });
  });
}

/** Records a sync and enqueues its job in the caller's transaction (a sync tick claims its slot in the same one). */
export async function insertInventorySync(tx: Tx, caller: Caller, input: { sourceId: string; dryRun: boolean }): Promise<InventorySync> {
  const trigger = caller.kind === 'system' ? 'schedule' : caller.kind === 'user' && caller.via === 'token' ? 'api' : 'manual';
  const [sync] = await tx
    .insert(inventorySyncs)
    .values({ sourceId: input.sourceId, dryRun: input.dryRun, trigger, requestedBy: caller.kind === 'user' ? caller.userId : null })
    .returning();
  await addJob(tx, 'sync-inventory', { syncId: sync.id, sourceId: input.sourceId, dryRun: input.dryRun }, { queueName: syncQueue(input.sourceId), maxAttempts: 1 });
  await recordAudit(tx, caller, {
    action: input.dryRun ? 'preview-inventory-sync' : 'sync-inventory-source',
    targetType: 'inventory-source',
    targetId: input.sourceId,
    details: { syncId: sync.id, trigger },
  });
  return sync;
}

export async function getInventorySync({ ctx, id }: { ctx: Ctx; id: string }): Promise<InventorySync | null> {
  requireRole(ctx.caller, 'viewer');
  checkId(id);
  const [sync] = await ctx.db.select().from(inventorySyncs).where(eq(inventorySyncs.id, id));
  return sync ?? null;
}

/** The source's latest sync that applied (not a preview), finished or not. */
export async function lastInventorySync(tx: Tx, sourceId: string): Promise<InventorySync | null> {
  const [sync] = await tx
    .select()
    .from(inventorySyncs)
    .where(and(eq(inventorySyncs.sourceId, sourceId), eq(inventorySyncs.dryRun, false)))
    .orderBy(desc(inventorySyncs.createdAt))
    .limit(1);
  return sync ?? null;
}
