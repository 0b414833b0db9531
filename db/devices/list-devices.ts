import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { ValidationError } from '../../infra/errors.ts';
import { requireRole, type Ctx } from '../context.ts';
import { listWindow, pageWindow, toPage } from '../pagination.ts';
import { checkId } from '../validation.ts';
import { devices, deviceTotals } from './schema.ts';
import { credentialSetIdsColumn, type DeviceView } from './view.ts';

export interface DeviceFilter {
  backupMethod?: string | null;
  tag?: string | null;
  location?: string | null;
  /** A substring of the model, case-insensitively. */
  model?: string | null;
  enabled?: boolean | null;
  repositoryId?: string | null;
  lastStatus?: string | null;
  /** Enabled devices without a successful backup in the last `staleHours` (24 by default), as on the dashboard. */
  stale?: boolean | null;
  staleHours?: number | null;
}

export const DEFAULT_STALE_HOURS = 24;
const MAX_STALE_HOURS = 24 * 365;

export const deviceSortFields = ['name', 'host', 'backupMethod', 'location', 'lastBackupAt', 'lastStatus'] as const;
export type DeviceSortField = (typeof deviceSortFields)[number];

export interface ListDevicesInput {
  first?: number | null;
  after?: string | null;
  /** Devices to skip, instead of `after`: a page named by its number, as the list's address does. */
  offset?: number | null;
  search?: string | null;
  filter?: DeviceFilter | null;
  sort?: { field: DeviceSortField; descending?: boolean | null } | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function staleHoursOf(filter: DeviceFilter): number {
  const hours = filter.staleHours ?? DEFAULT_STALE_HOURS;
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_STALE_HOURS) {
    throw new ValidationError(`filter.staleHours: must be a whole number between 1 and ${MAX_STALE_HOURS}`, { field: 'filter.staleHours' });
  }
  return hours;
}

/**
 * The devices a search and a filter match: the list, bulk changes on "all matching" and the CSV
 * export read the same condition. A search matches name, host, location and tags as substrings,
 * case-insensitively.
 */
export function deviceConditions(search: string | null | undefined, filter: DeviceFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  const term = search?.trim().replace(/[\r\n]+/g, ' ');
  if (term) {
    const pattern = `%${escapeLike(term)}%`;
    conditions.push(
      or(
        ilike(devices.name, pattern),
        ilike(devices.host, pattern),
        ilike(devices.location, pattern),
        // One tag per line: a term without a line break cannot match across two tags. The same
        // expression as devices_tags_trgm_idx (migration 0019), so the index serves it.
        sql`device_tags_text(${devices.tags}) ilike ${pattern}`,
      ),
    );
  }
  if (filter.backupMethod) conditions.push(eq(devices.backupMethod, filter.backupMethod));
  if (filter.tag) conditions.push(sql`${filter.tag} = any(${devices.tags})`);
  if (filter.location) {
    conditions.push(or(eq(devices.location, filter.location), ilike(devices.location, `${escapeLike(filter.location)}/%`)));
  }
  const model = filter.model?.trim();
  if (model) conditions.push(ilike(devices.model, `%${escapeLike(model)}%`));
  if (typeof filter.enabled === 'boolean') conditions.push(eq(devices.enabled, filter.enabled));
  if (filter.repositoryId) conditions.push(eq(devices.repositoryId, checkId(filter.repositoryId, 'filter.repositoryId')));
  if (filter.lastStatus) conditions.push(eq(devices.lastStatus, filter.lastStatus));
  if (filter.stale) {
    const before = new Date(Date.now() - staleHoursOf(filter) * 60 * 60 * 1000);
    conditions.push(and(eq(devices.enabled, true), or(isNull(devices.lastSuccessAt), lt(devices.lastSuccessAt, before))));
  }
  return and(...conditions);
}

/** The whole fleet is counted by triggers (device_totals); a filtered list is counted exactly. */
async function countDevices(ctx: Ctx, where: SQL | undefined): Promise<number> {
  if (!where) {
    const [row] = await ctx.db.select({ total: deviceTotals.total }).from(deviceTotals);
    if (row) return row.total;
  }
  const [{ total }] = await ctx.db.select({ total: count() }).from(devices).where(where);
  return total;
}

type Direction = typeof asc;

function orderOf(field: DeviceSortField, direction: Direction) {
  // Names are unique, so they settle every tie; an index on the sort column then serves the order.
  return field === 'name' ? [direction(devices.name)] : [direction(devices[field]), asc(devices.name)];
}

function pageQuery(ctx: Ctx, where: SQL | undefined, order: SQL[], window: { limit: number | Placeholder; offset: number | Placeholder }) {
  const pageIds = ctx.db.select({ id: devices.id }).from(devices).where(where).orderBy(...order).limit(window.limit).offset(window.offset);
  return ctx.db
    .select({ device: devices, credentialSetIds: credentialSetIdsColumn })
    .from(devices)
    .where(inArray(devices.id, pageIds))
    .orderBy(...order);
}

/**
 * The whole fleet's pages (no search, no filter), the list a client pages through, are built
 * once per database and sort: building the query costs more than PostgreSQL takes to answer it.
 */
const unfilteredPages = new WeakMap<Ctx['db'], Map<string, ReturnType<ReturnType<typeof pageQuery>['prepare']>>>();

function unfilteredPage(ctx: Ctx, field: DeviceSortField, descending: boolean) {
  let byOrder = unfilteredPages.get(ctx.db);
  if (!byOrder) {
    byOrder = new Map();
    unfilteredPages.set(ctx.db, byOrder);
  }
  const key = `${field} ${descending ? 'desc' : 'asc'}`;
  let prepared = byOrder.get(key);
  if (!prepared) {
    const order = orderOf(field, descending ? desc : asc);
    prepared = pageQuery(ctx, undefined, order, { limit: sql.placeholder('limit'), offset: sql.placeholder('offset') }).prepare(`device_page_${field}_${descending ? 'desc' : 'asc'}`);
    byOrder.set(key, prepared);
  }
  return prepared;
}

/**
 * One page of devices. The page's ids are chosen first, and only its rows are read whole with
 * their credential sets: with the sets in the same select, PostgreSQL would gather them for every
 * row the offset skips too (10,000 lookups for the last page of a 10,000-device fleet).
 */
export async function listDevices({ ctx, input }: { ctx: Ctx; input: ListDevicesInput }) {
  requireRole(ctx.caller, 'viewer');
  const window = input.offset == null ? pageWindow(input) : listWindow({ first: input.first, offset: input.offset }, 50);
  const where = deviceConditions(input.search, input.filter ?? {});
  const field = input.sort?.field ?? 'name';
  const descending = Boolean(input.sort?.descending);
  const limit = window.first + 1;
  const rowsOfPage = where
    ? pageQuery(ctx, where, orderOf(field, descending ? desc : asc), { limit, offset: window.offset })
    : unfilteredPage(ctx, field, descending).execute({ limit, offset: window.offset });
  const [rows, total] = await Promise.all([rowsOfPage, countDevices(ctx, where)]);
  const devicesWithSets: DeviceView[] = rows.map((r) => ({ ...r.device, credentialSetIds: r.credentialSetIds }));
  return toPage(devicesWithSets, window, total);
}
