import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { checkId, isUniqueViolation, parseInput } from '../validation.ts';
import { checkSourceReferences, checkSyncSchedule } from './check-source-settings.ts';
import { inventorySources } from './schema.ts';
import { updateInventorySourceInput, type UpdateInventorySourceInput } from './source-input.ts';
import { TOKEN_PURPOSE, toInventorySourceView, type InventorySourceView } from './view.ts';

export async function updateInventorySource({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateInventorySourceInput }): Promise<InventorySourceView> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const { token, syncCron, syncTimeZone, ...data } = parseInput(updateInventorySourceInput, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      // The row lock orders this change with a sync tick claiming a slot of the same source.
      const [current] = await tx.select().from(inventorySources).where(eq(inventorySources.id, id)).for('update');
      if (!current) throw new NotFoundError('Inventory source', id);
      await checkSourceReferences(tx, data);
      const cron = syncCron === undefined ? current.syncCron : syncCron;
      const zone = syncTimeZone ?? current.syncTimeZone;
      const rescheduled = cron !== current.syncCron || zone !== current.syncTimeZone;
      const schedule = rescheduled ? checkSyncSchedule(cron, zone) : {};
      const [row] = await tx
        .update(inventorySources)
        .set({ ...data, ...schedule, ...(token !== undefined ? { tokenSealed: ctx.keyring.seal(token, TOKEN_PURPOSE) } : {}), updatedAt: new Date() })
        .where(eq(inventorySources.id, id))
        .returning();
      await recordAudit(tx, ctx.caller, {
        action: 'update-inventory-source',
        targetType: 'inventory-source',
        targetId: id,
        details: { name: row.name, changed: Object.keys(data).concat(rescheduled ? ['syncCron'] : []), secretsChanged: token !== undefined ? ['token'] : [] },
      });
      return toInventorySourceView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: an inventory source named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
