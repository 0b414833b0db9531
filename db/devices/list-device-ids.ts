import { asc } from 'drizzle-orm';
import { ValidationError } from '../../infra/errors.ts';
import { requireRole, type Ctx } from '../context.ts';
import { MAX_SELECTED_IDS } from './device-selection.ts';
import { deviceConditions, type DeviceFilter } from './list-devices.ts';
import { devices } from './schema.ts';

/** The ids of every device a search and filter match, in name order: "all matching" for verbs that take ids. */
export async function listDeviceIds({ ctx, input }: { ctx: Ctx; input: { search?: string | null; filter?: DeviceFilter | null } }): Promise<string[]> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db
    .select({ id: devices.id })
    .from(devices)
    .where(deviceConditions(input.search, input.filter ?? {}))
    .orderBy(asc(devices.name))
    .limit(MAX_SELECTED_IDS + 1);
  if (rows.length > MAX_SELECTED_IDS) {
    throw new ValidationError(`filter: more than ${MAX_SELECTED_IDS} devices match; narrow the filter`, { field: 'filter' });
  }
  return rows.map((row) => row.id);
}
