import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { pageWindow, toPage } from '../pagination.ts';
import { checkId } from '../validation.ts';
import { devices } from './schema.ts';
import { credentialSetIdsColumn, type DeviceView } from './view.ts';

export interface DeviceFilter {
  backupMethod?: string | null;
  tag?: string | null;
  location?: string | null;
  enabled?: boolean | null;
  repositoryId?: string | null;
  lastStatus?: string | null;
}

export const deviceSortFields = ['name', 'host', 'backupMethod', 'location', 'lastBackupAt', 'lastStatus'] as const;
export type DeviceSortField = (typeof deviceSortFields)[number];

export interface ListDevicesInput {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  filter?: DeviceFilter | null;
  sort?: { field: DeviceSortField; descending?: boolean | null } | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereFor(search: string | null | undefined, filter: DeviceFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  const term = search?.trim();
  if (term) {
    const pattern = `%${escapeLike(term)}%`;
    conditions.push(
      or(
        ilike(devices.name, pattern),
        ilike(devices.host, pattern),
        ilike(devices.location, pattern),
        sql`${term} = any(${devices.tags})`,
      ),
    );
  }
  if (filter.backupMethod) conditions.push(eq(devices.backupMethod, filter.backupMethod));
  if (filter.tag) conditions.push(sql`${filter.tag} = any(${devices.tags})`);
  if (filter.location) {
    conditions.push(or(eq(devices.location, filter.location), ilike(devices.location, `${escapeLike(filter.location)}/%`)));
  }
  if (typeof filter.enabled === 'boolean') conditions.push(eq(devices.enabled, filter.enabled));
  if (filter.repositoryId) conditions.push(eq(devices.repositoryId, checkId(filter.repositoryId, 'filter.repositoryId')));
  if (filter.lastStatus) conditions.push(eq(devices.lastStatus, filter.lastStatus));
  return and(...conditions);
}

export async function listDevices({ ctx, input }: { ctx: Ctx; input: ListDevicesInput }) {
  requireRole(ctx.caller, 'viewer');
  const window = pageWindow(input);
  const where = whereFor(input.search, input.filter ?? {});
  const sortColumn = devices[input.sort?.field ?? 'name'];
  const direction = input.sort?.descending ? desc : asc;

  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({ device: devices, credentialSetIds: credentialSetIdsColumn })
      .from(devices)
      .where(where)
      .orderBy(direction(sortColumn), asc(devices.name), asc(devices.id))
      .limit(window.first + 1)
      .offset(window.offset),
    ctx.db.select({ total: count() }).from(devices).where(where),
  ]);
  const devicesWithSets: DeviceView[] = rows.map((r) => ({ ...r.device, credentialSetIds: r.credentialSetIds }));
  return toPage(devicesWithSets, window, total);
}
