/**
 * NetBox over its REST API (4.x): devices from `GET /api/dcim/devices/` with `limit`/`offset`
 * pagination (following `next`), filters as repeated query parameters, the location path from
 * regions, the site and nested locations, and custom fields written with bulk `PATCH`.
 * Tokens: v1 keys go as `Authorization: Token <key>`, v2 tokens (`nbt_<key>.<secret>`, NetBox
 * 4.5+) as `Authorization: Bearer nbt_…`.
 */
import { apiUrl, clientDefaults, createInventoryHttp, type InventoryClientOptions, type InventoryHttp } from './http.ts';
import { InventoryError, type InventoryClient, type InventoryConnection, type InventoryDevice, type InventoryFilter } from './types.ts';
import { writeCustomFieldInBatches } from './write-back.ts';

const product = 'NetBox';

/** Device filters of NetBox's DeviceFilterSet that select devices by what they are or where they stand. */
const filterKeys = new Set([
  'id', 'name', 'q', 'site', 'site_id', 'site_group', 'site_group_id', 'region', 'region_id', 'location', 'location_id',
  'rack_id', 'role', 'role_id', 'tag', 'tag_id', 'status', 'tenant', 'tenant_id', 'tenant_group', 'tenant_group_id',
  'platform', 'platform_id', 'manufacturer', 'manufacturer_id', 'device_type', 'device_type_id', 'serial', 'asset_tag',
  'has_primary_ip', 'cluster_id', 'config_template_id', 'contact', 'contact_role', 'contact_group',
]);
const lookupSuffix = /__(n|ic|nic|isw|nisw|iew|niew|ie|nie|empty|regex|iregex|lt|lte|gt|gte)$/;

export function netboxAuthorization(token: string): string {
  const bare = token.trim().replace(/^(Token|Bearer)\s+/i, '');
  return bare.startsWith('nbt_') ? `Bearer ${bare}` : `Token ${bare}`;
}

export function netboxFilterQuery(filter: InventoryFilter): [string, string][] {
  const query: [string, string][] = [];
  for (const [key, values] of Object.entries(filter)) {
    const base = key.replace(lookupSuffix, '');
    if (!filterKeys.has(base) && !/^cf_[A-Za-z0-9_]+$/.test(base)) {
      throw new InventoryError('INVENTORY_FILTER_INVALID', `NetBox has no device filter "${key}"; use one of location, role, tag, status, tenant, site, region, platform, name or cf_<custom field>`);
    }
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw new InventoryError('INVENTORY_FILTER_INVALID', `Filter "${key}" must be a list of strings`);
    }
    for (const value of values) query.push([key, value]);
  }
  return query;
}

interface NestedRef {
  id: number;
  name?: string;
  slug?: string;
}

interface NetboxDevice {
  id: number;
  name: string | null;
  primary_ip?: { address?: string } | null;
  primary_ip4?: { address?: string } | null;
  primary_ip6?: { address?: string } | null;
  platform?: NestedRef | null;
  device_type?: { model?: string | null } | null;
  site?: NestedRef | null;
  location?: NestedRef | null;
  role?: NestedRef | null;
  device_role?: NestedRef | null;
  status?: { value?: string } | string | null;
  tenant?: NestedRef | null;
  tags?: { name?: string; slug?: string }[];
  custom_fields?: Record<string, unknown> | null;
}

interface Page<T> {
  count: number;
  next: string | null;
  results: T[];
}

/** Names of regions, sites and locations, to turn a device's site and location into a path. */
interface Places {
  regions: Map<number, { name: string; parent: number | null }>;
  sites: Map<number, { name: string; region: number | null }>;
  locations: Map<number, { name: string; parent: number | null }>;
}

export function createNetboxClient(connection: InventoryConnection, clientOptions: InventoryClientOptions = {}): InventoryClient {
  const options = { ...clientDefaults, ...clientOptions };
  const http = createInventoryHttp(connection, product, netboxAuthorization(connection.token), options);

  async function getPage<T>(url: URL, signal?: AbortSignal): Promise<Page<T>> {
    const response = await http.sendWithRetries('GET', url, undefined, signal);
    if (response.status === 400) {
      throw new InventoryError('INVENTORY_FILTER_INVALID', `NetBox refused the filter: ${describeFilterErrors(response.body)}`);
    }
    const body = response.body as Partial<Page<T>> | null;
    if (response.status !== 200 || !body || !Array.isArray(body.results) || typeof body.count !== 'number') {
      throw new InventoryError('INVENTORY_BAD_RESPONSE', `NetBox answered GET ${url.pathname} with HTTP ${response.status} and no result list`);
    }
    return { count: body.count, next: body.next ?? null, results: body.results };
  }

  /** Every page of a list endpoint; `next` is followed by its path and query only, since a proxy may rewrite its scheme or host. */
  async function* pages<T>(url: URL, signal?: AbortSignal): AsyncGenerator<Page<T>> {
    let current: URL | null = url;
    let seen = 0;
    while (current) {
      const page: Page<T> = await getPage<T>(current, signal);
      seen += page.results.length;
      yield page;
      if (!page.next) break;
      if (page.results.length === 0) {
        throw new InventoryError('INVENTORY_BAD_RESPONSE', `NetBox sent an empty page before the end of the list (${seen} of ${page.count})`);
      }
      const next: URL = new URL(page.next, current);
      current = new URL(`${next.pathname}${next.search}`, http.baseUrl);
    }
  }

  async function loadPlaces(signal?: AbortSignal): Promise<Places> {
    const places: Places = { regions: new Map(), sites: new Map(), locations: new Map() };
    const limit: [string, string] = ['limit', '1000'];
    for await (const page of pages<{ id: number; name: string; parent?: NestedRef | null }>(apiUrl(http.baseUrl, 'api/dcim/regions/', [limit]), signal)) {
      for (const region of page.results) places.regions.set(region.id, { name: region.name, parent: region.parent?.id ?? null });
    }
    for await (const page of pages<{ id: number; name: string; region?: NestedRef | null }>(apiUrl(http.baseUrl, 'api/dcim/sites/', [limit]), signal)) {
      for (const site of page.results) places.sites.set(site.id, { name: site.name, region: site.region?.id ?? null });
    }
    for await (const page of pages<{ id: number; name: string; parent?: NestedRef | null }>(apiUrl(http.baseUrl, 'api/dcim/locations/', [limit]), signal)) {
      for (const location of page.results) places.locations.set(location.id, { name: location.name, parent: location.parent?.id ?? null });
    }
    return places;
  }

  function chain<T extends { name: string }>(map: Map<number, T>, start: number | null, parentOf: (item: T) => number | null): string[] {
    const path: string[] = [];
    const visited = new Set<number>();
    for (let id = start; id !== null && !visited.has(id); ) {
      visited.add(id);
      const item = map.get(id);
      if (!item) break;
      path.unshift(item.name);
      id = parentOf(item);
    }
    return path;
  }

  function toDevice(device: NetboxDevice, places: Places): InventoryDevice {
    const address = device.primary_ip?.address ?? device.primary_ip4?.address ?? device.primary_ip6?.address ?? null;
    const site = device.site ? places.sites.get(device.site.id) : undefined;
    const locationPath = [
      ...chain(places.regions, site?.region ?? null, (region) => region.parent),
      ...(device.site ? [site?.name ?? device.site.name ?? String(device.site.id)] : []),
      ...(device.location ? chain(places.locations, device.location.id, (location) => location.parent) : []),
    ];
    if (device.location && !places.locations.has(device.location.id) && device.location.name) locationPath.push(device.location.name);
    const role = device.role ?? device.device_role ?? null;
    const status = typeof device.status === 'string' ? device.status : (device.status?.value ?? null);
    return {
      sourceId: String(device.id),
      name: device.name ?? '',
      primaryIp: address ? address.replace(/\/\d+$/, '') : null,
      platform: device.platform?.slug ?? null,
      model: device.device_type?.model || null,
      locationPath,
      role: role?.name ?? null,
      status,
      tenant: device.tenant?.name ?? null,
      tags: (device.tags ?? []).map((tag) => tag.name ?? tag.slug ?? '').filter(Boolean),
      customFields: device.custom_fields ?? {},
    };
  }

  async function* devices(filter: InventoryFilter, iterationOptions: { pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<InventoryDevice[]> {
    const query = netboxFilterQuery(filter);
    const pageSize = Math.max(1, Math.floor(iterationOptions.pageSize ?? 500));
    const { signal } = iterationOptions;
    const places = await loadPlaces(signal);
    const url = apiUrl(http.baseUrl, 'api/dcim/devices/', [...query, ['limit', String(pageSize)], ['offset', '0']]);
    // Offset paging over a list that changes meanwhile can show a device twice; it is yielded once.
    const seen = new Set<number>();
    for await (const page of pages<NetboxDevice>(url, signal)) {
      const fresh = page.results.filter((device) => !seen.has(device.id) && seen.add(device.id));
      if (fresh.length > 0) yield fresh.map((device) => toDevice(device, places));
    }
  }

  return {
    async test() {
      const response = await http.sendWithRetries('GET', apiUrl(http.baseUrl, 'api/status/'));
      const version = (response.body as Record<string, unknown> | null)?.['netbox-version'];
      if (response.status !== 200 || typeof version !== 'string') {
        throw new InventoryError('INVENTORY_BAD_RESPONSE', `${connection.url} answered /api/status/ without a NetBox version: is it NetBox?`);
      }
      // The status page may be open to anonymous users; reading one device proves the token.
      await getPage(apiUrl(http.baseUrl, 'api/dcim/devices/', [['limit', '1'], ['brief', '1']]));
      return { version };
    },

    devices,

    async devicesByName(names) {
      const unique = [...new Set(names.filter((name) => name.length > 0))];
      if (unique.length === 0) return [];
      const places = await loadPlaces();
      const found: InventoryDevice[] = [];
      for (let start = 0; start < unique.length; start += 50) {
        const query: [string, string][] = unique.slice(start, start + 50).map((name) => ['name', name]);
        for await (const page of pages<NetboxDevice>(apiUrl(http.baseUrl, 'api/dcim/devices/', [...query, ['limit', '1000']]))) {
          for (const device of page.results) found.push(toDevice(device, places));
        }
      }
      return found;
    },

    writeCustomField(field, updates) {
      return writeCustomFieldInBatches(http, product, field, updates, {
        batchSize: options.writeBatchSize,
        toPayloadId: (sourceId) => (/^[1-9]\d{0,17}$/.test(sourceId) ? Number(sourceId) : null),
        checkField: () => checkCustomField(http, field),
      });
    },
  };
}

async function checkCustomField(http: InventoryHttp, field: string): Promise<string | null> {
  try {
    const response = await http.sendWithRetries('GET', apiUrl(http.baseUrl, 'api/extras/custom-fields/', [['name', field], ['limit', '10']]));
    const results = (response.body as { results?: { name?: string; object_types?: string[]; content_types?: string[] }[] } | null)?.results;
    if (response.status !== 200 || !Array.isArray(results)) return null;
    const definition = results.find((item) => item.name === field);
    if (!definition) return `NetBox has no custom field "${field}"`;
    const types = definition.object_types ?? definition.content_types;
    if (Array.isArray(types) && !types.includes('dcim.device')) return `NetBox custom field "${field}" does not apply to devices`;
    return null;
  } catch (error) {
    // A token may write devices without being allowed to read custom field definitions.
    if (error instanceof InventoryError && error.code === 'INVENTORY_TOKEN_REJECTED') return null;
    throw error;
  }
}

function describeFilterErrors(body: unknown): string {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    return Object.entries(body as Record<string, unknown>)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`)
      .join('; ');
  }
  return String(body);
}
