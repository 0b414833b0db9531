import { eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { InventoryError } from '../../inventory/index.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { openInventoryClient } from './open-client.ts';
import { inventorySources } from './schema.ts';

export interface InventorySourceTest {
  ok: boolean;
  /** The server's version when it answered. */
  version: string | null;
  /** An InventoryError code: INVENTORY_UNREACHABLE, INVENTORY_TOKEN_REJECTED, INVENTORY_TLS, … */
  code: string | null;
  message: string;
}

/** Reaches the source with its URL, TLS settings and token, and reads nothing else. */
export async function testInventorySource({ ctx, id }: { ctx: Ctx; id: string }): Promise<InventorySourceTest> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const [source] = await ctx.db.select().from(inventorySources).where(eq(inventorySources.id, id));
  if (!source) throw new NotFoundError('Inventory source', id);
  try {
    const { version } = await openInventoryClient(ctx.keyring, source).test();
    return { ok: true, version, code: null, message: `Connected to ${source.kind === 'nautobot' ? 'Nautobot' : 'NetBox'} ${version}` };
  } catch (error) {
    if (!(error instanceof InventoryError)) throw error;
    return { ok: false, version: null, code: error.code, message: error.message };
  }
}
