import { asc, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { sqlArray } from '../sql-lists.ts';
import { checkId } from '../validation.ts';
import { deviceConditions, type DeviceFilter } from './list-devices.ts';
import { devices } from './schema.ts';
import { credentialSetIdsColumn, type DeviceView } from './view.ts';

/**
 * The devices a bulk change acts on: the ones ticked (`ids`), or every device a search and filter
 * match, as the device list shows them ("select all N matching"; an empty filter is the fleet).
 */
export interface DeviceSelection {
  ids?: readonly string[] | null;
  filter?: DeviceFilter | null;
  search?: string | null;
}

/** Ids one selection may name; a larger set is chosen by its filter. */
export const MAX_SELECTED_IDS = 50_000;

/** How many devices an error message or an audit row names before it says "and N more". */
export const NAMED_DEVICES = 100;

/** "a, b, c and 17 more". */
export function nameDevices(names: readonly string[], shown = 10): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function selectionCondition(selection: DeviceSelection): SQL | undefined {
  const byIds = selection.ids != null;
  const byFilter = selection.filter != null || selection.search != null;
  if (byIds === byFilter) {
    throw new ValidationError('selection: give either ids or a filter and search (an empty filter selects every device)', { field: 'selection' });
  }
  if (!selection.ids) return deviceConditions(selection.search, selection.filter ?? {});
  if (selection.ids.length > MAX_SELECTED_IDS) {
    throw new ValidationError(`selection.ids: at most ${MAX_SELECTED_IDS} devices; select more with a filter`, { field: 'selection.ids' });
  }
  selection.ids.forEach((id) => checkId(id, 'selection.ids'));
  return sql`${devices.id} = any(${sqlArray(selection.ids, 'uuid')})`;
}

/**
 * The selected devices with their credential sets, in name order, locked until the transaction
 * ends. Named devices that are gone (deleted meanwhile) refuse the whole change.
 */
export async function lockSelectedDevices(tx: Tx, selection: DeviceSelection): Promise<DeviceView[]> {
  const rows = await tx
    .select({ device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(devices)
    .where(selectionCondition(selection))
    .orderBy(asc(devices.name))
    .for('update', { of: devices });
  if (selection.ids) {
    const found = new Set(rows.map((row) => row.device.id));
    const missing = [...new Set(selection.ids)].filter((id) => !found.has(id));
    if (missing.length) throw new NotFoundError('Device', nameDevices(missing, 5));
  }
  return rows.map((row) => ({ ...row.device, credentialSetIds: row.credentialSetIds }));
}

/** What an audit row keeps of a bulk change's devices: all of the count, the first ids. */
export function auditedDevices(rows: readonly { id: string }[]) {
  return { count: rows.length, deviceIds: rows.slice(0, NAMED_DEVICES).map((row) => row.id), ...(rows.length > NAMED_DEVICES ? { moreDevices: rows.length - NAMED_DEVICES } : {}) };
}
