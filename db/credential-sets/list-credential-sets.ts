import { asc, count, eq, inArray } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { deviceCredentialSets } from '../devices/schema.ts';
import { credentialSets } from './schema.ts';
import { toCredentialSetView } from './view.ts';

export async function listCredentialSets({ ctx, input = {} }: { ctx: Ctx; input?: { ids?: readonly string[] } }) {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db
    .select()
    .from(credentialSets)
    .where(input.ids ? inArray(credentialSets.id, [...input.ids]) : undefined)
    .orderBy(asc(credentialSets.name));
  return rows.map(toCredentialSetView);
}

export async function countCredentialSetDevices({ ctx, id }: { ctx: Ctx; id: string }): Promise<number> {
  requireRole(ctx.caller, 'viewer');
  const [{ total }] = await ctx.db
    .select({ total: count() })
    .from(deviceCredentialSets)
    .where(eq(deviceCredentialSets.credentialSetId, id));
  return total;
}
