import { eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from './schema.ts';
import { credentialSetIdsColumn, type DeviceView } from './view.ts';
import { checkId } from '../validation.ts';

export async function getDevice({ ctx, id }: { ctx: Ctx; id: string }): Promise<DeviceView | null> {
  requireRole(ctx.caller, 'viewer');
  checkId(id);
  const [row] = await ctx.db
    .select({ device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(devices)
    .where(eq(devices.id, id));
  return row ? { ...row.device, credentialSetIds: row.credentialSetIds } : null;
}
