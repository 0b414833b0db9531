import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { checkSourceReferences, checkSyncSchedule } from './check-source-settings.ts';
import { inventorySources } from './schema.ts';
import { createInventorySourceInput, type CreateInventorySourceInput } from './source-input.ts';
import { TOKEN_PURPOSE, toInventorySourceView, type InventorySourceView } from './view.ts';

export async function createInventorySource({ ctx, input }: { ctx: Ctx; input: CreateInventorySourceInput }): Promise<InventorySourceView> {
  requireRole(ctx.caller, 'admin');
  const { token, syncCron, syncTimeZone, ...data } = parseInput(createInventorySourceInput, input);
  const schedule = checkSyncSchedule(syncCron, syncTimeZone);
  try {
    return await ctx.db.transaction(async (tx) => {
      await checkSourceReferences(tx, data);
      const [row] = await tx
        .insert(inventorySources)
        .values({ ...data, ...schedule, tokenSealed: ctx.keyring.seal(token, TOKEN_PURPOSE) })
        .returning();
      await recordAudit(tx, ctx.caller, {
        action: 'create-inventory-source',
        targetType: 'inventory-source',
        targetId: row.id,
        details: { name: row.name, kind: row.kind, url: row.url, secretsSet: ['token'] },
      });
      return toInventorySourceView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: an inventory source named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
