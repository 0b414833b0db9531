/**
 * A fake NetBox 4.x REST API, stateful, over HTTPS on 127.0.0.1, written from NetBox's API
 * documentation: token authentication (`Token <v1 key>` or `Bearer nbt_<key>.<secret>`, errors
 * as `403 {"detail": …}`), `limit`/`offset` pagination with `count`/`next`/`previous`/`results`
 * (50 per page by default, at most 1000), device filters, regions/sites/locations, custom-field
 * definitions and validation, and bulk `PATCH /api/dcim/devices/` that is atomic per request
 * (one invalid item rolls the batch back; `errors: [{id, errors}]`; unknown ids are skipped).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  completeDevice,
  defaultCustomFields,
  platformNames,
  seedInventory,
  slugify,
  startFakeHttpsServer,
  validateCustomFieldValue,
  type CustomFieldDefinition,
  type FakeDeviceInput,
  type FakeInventoryDevice,
  type FakeServerControls,
} from './inventory-fake.ts';

export interface FakeNetboxDevice extends FakeInventoryDevice {
  id: number;
}

export interface FakeNetbox extends FakeServerControls {
  url: string;
  /** As the client sends it after `Token ` or `Bearer ` (v2: `nbt_<key>.<secret>`). */
  token: string;
  /** The server's self-signed certificate, for the client's CA bundle. */
  caPem: string;
  version: string;
  devices(): FakeNetboxDevice[];
  device(name: string): FakeNetboxDevice | undefined;
  addDevice(input: FakeDeviceInput): FakeNetboxDevice;
  updateDevice(name: string, changes: Partial<FakeInventoryDevice>): void;
  removeDevice(name: string): void;
  stop(): Promise<void>;
}

export interface FakeNetboxOptions {
  /** How many seeded devices, or the devices themselves. Default 0. */
  devices?: number | FakeDeviceInput[];
  /** Default: a new random token of `tokenVersion`. */
  token?: string;
  tokenVersion?: 'v1' | 'v2';
  /** A second token that may read but not write. */
  readOnlyToken?: string;
  customFields?: CustomFieldDefinition[];
  version?: string;
  port?: number;
}

const statusLabels: Record<string, string> = {
  offline: 'Offline',
  active: 'Active',
  planned: 'Planned',
  staged: 'Staged',
  failed: 'Failed',
  inventory: 'Inventory',
  decommissioning: 'Decommissioning',
};
const defaultPageSize = 50;
const maxPageSize = 1000;
const dateMessages = {
  date: 'Date values must be in ISO 8601 format (YYYY-MM-DD).',
  datetime: 'Date and time values must be in ISO 8601 format (YYYY-MM-DD HH:MM:SS).',
};

export async function startFakeNetbox(options: FakeNetboxOptions = {}): Promise<FakeNetbox> {
  const version = options.version ?? '4.3.2';
  const token = options.token ?? (options.tokenVersion === 'v2' ? `nbt_${randomBytes(6).toString('hex')}.${randomBytes(20).toString('hex')}` : randomBytes(20).toString('hex'));
  const customFields = options.customFields ?? defaultCustomFields;
  const fieldByName = new Map(customFields.map((field) => [field.name, field]));

  const byId = new Map<number, FakeNetboxDevice>();
  let nextId = 1;
  let sorted: FakeNetboxDevice[] | null = null;
  /** Ids of regions (by chain), sites and locations (by site and chain), kept stable as devices come and go. */
  const placeIds = new Map<string, number>();
  const placeId = (key: string) => {
    let id = placeIds.get(key);
    if (id === undefined) placeIds.set(key, (id = placeIds.size + 1));
    return id;
  };

  const add = (input: FakeDeviceInput): FakeNetboxDevice => {
    if (findByName(input.name)) throw new Error(`A device named ${input.name} exists`);
    const device = { ...completeDevice(input), id: nextId++ };
    byId.set(device.id, device);
    sorted = null;
    return device;
  };
  const initial = typeof options.devices === 'number' ? seedInventory(options.devices) : (options.devices ?? []);
  for (const input of initial) {
    const device = { ...completeDevice(input), id: nextId++ };
    byId.set(device.id, device);
  }
  const ordered = () => (sorted ??= [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id)));
  const findByName = (name: string) => ordered().find((device) => device.name === name);

  const ref = (origin: string, path: string, id: number, name: string, extra: Record<string, unknown> = {}) => ({
    id,
    url: `${origin}/api/${path}/${id}/`,
    display: name,
    name,
    slug: slugify(name),
    ...extra,
  });

  const regionRefs = (device: FakeInventoryDevice) => device.region.map((name, index) => ({ key: `region:${device.region.slice(0, index + 1).join('/')}`, name }));
  const locationRefs = (device: FakeInventoryDevice) => device.location.map((name, index) => ({ key: `location:${device.site}/${device.location.slice(0, index + 1).join('/')}`, name }));

  function renderIp(origin: string, address: string | null, family: 4 | 6) {
    if (!address) return null;
    const id = placeId(`ip:${address}`);
    return { id, url: `${origin}/api/ipam/ip-addresses/${id}/`, display: address, family: { value: family, label: `IPv${family}` }, address, description: '' };
  }

  function renderDevice(origin: string, device: FakeNetboxDevice) {
    const locations = locationRefs(device);
    const location = locations.at(-1);
    const primary4 = renderIp(origin, device.primaryIp4, 4);
    const primary6 = renderIp(origin, device.primaryIp6, 6);
    const platformName = device.platform ? (platformNames[device.platform] ?? device.platform) : null;
    return {
      id: device.id,
      url: `${origin}/api/dcim/devices/${device.id}/`,
      display: device.name,
      name: device.name,
      device_type: {
        id: placeId(`device-type:${device.model}`),
        url: `${origin}/api/dcim/device-types/${placeId(`device-type:${device.model}`)}/`,
        display: device.model,
        manufacturer: { id: 1, url: `${origin}/api/dcim/manufacturers/1/`, display: 'Generic', name: 'Generic', slug: 'generic' },
        model: device.model,
        slug: slugify(device.model),
      },
      role: ref(origin, 'dcim/device-roles', placeId(`role:${device.role}`), device.role),
      tenant: device.tenant ? ref(origin, 'tenancy/tenants', placeId(`tenant:${device.tenant}`), device.tenant) : null,
      platform: device.platform && platformName ? { ...ref(origin, 'dcim/platforms', placeId(`platform:${device.platform}`), platformName), slug: device.platform } : null,
      serial: '',
      asset_tag: null,
      site: ref(origin, 'dcim/sites', placeId(`site:${device.site}`), device.site),
      location: location ? ref(origin, 'dcim/locations', placeId(location.key), location.name, { _depth: locations.length - 1 }) : null,
      rack: null,
      position: null,
      face: null,
      status: { value: device.status, label: statusLabels[device.status] ?? device.status },
      airflow: null,
      primary_ip: primary4 ?? primary6,
      primary_ip4: primary4,
      primary_ip6: primary6,
      oob_ip: null,
      cluster: null,
      virtual_chassis: null,
      vc_position: null,
      vc_priority: null,
      description: '',
      comments: '',
      config_template: null,
      local_context_data: null,
      tags: device.tags.map((tag) => ({ ...ref(origin, 'extras/tags', placeId(`tag:${tag}`), tag), color: '9e9e9e' })),
      custom_fields: Object.fromEntries(customFields.map((field) => [field.name, device.customFields[field.name] ?? null])),
      created: '2024-01-01T00:00:00.000000Z',
      last_updated: '2024-01-01T00:00:00.000000Z',
    };
  }

  function authenticate(request: IncomingMessage, write: boolean): { status: number; body: unknown } | null {
    const header = request.headers.authorization ?? '';
    const match = /^(Token|Bearer)\s+(\S+)$/i.exec(header);
    if (!match) return { status: 403, body: { detail: 'Authentication credentials were not provided.' } };
    const [, scheme, presented] = match;
    const v2 = scheme.toLowerCase() === 'bearer';
    if (v2 && !presented.startsWith('nbt_')) return { status: 403, body: { detail: 'Invalid v2 token' } };
    if (presented !== token && presented !== options.readOnlyToken) return { status: 403, body: { detail: v2 ? 'Invalid v2 token' : 'Invalid v1 token' } };
    if (presented.startsWith('nbt_') !== v2) return { status: 403, body: { detail: v2 ? 'Invalid v2 token' : 'Invalid v1 token' } };
    if (write && presented !== token) return { status: 403, body: { detail: 'You do not have permission to perform this action.' } };
    return null;
  }

  function paginate<T>(url: URL, items: T[], render: (item: T) => unknown) {
    const requested = url.searchParams.get('limit');
    let limit = requested === null ? defaultPageSize : Number.parseInt(requested, 10);
    if (!Number.isFinite(limit) || limit < 0) limit = defaultPageSize;
    limit = limit === 0 ? maxPageSize : Math.min(limit, maxPageSize);
    let offset = Number.parseInt(url.searchParams.get('offset') ?? '0', 10);
    if (!Number.isFinite(offset) || offset < 0) offset = 0;
    const count = items.length;
    const link = (nextOffset: number | null) => {
      const target = new URL(url);
      target.searchParams.set('limit', String(limit));
      if (nextOffset === null || nextOffset <= 0) target.searchParams.delete('offset');
      else target.searchParams.set('offset', String(nextOffset));
      return target.toString();
    };
    return {
      count,
      next: offset + limit < count ? link(offset + limit) : null,
      previous: offset <= 0 ? null : link(offset - limit),
      results: items.slice(offset, offset + limit).map(render),
    };
  }

  const invalidChoice = (key: string, value: string) => ({ status: 400, body: { [key]: [`Select a valid choice. ${value} is not one of the available choices.`] } });

  function filterDevices(url: URL): FakeNetboxDevice[] | { status: number; body: unknown } {
    let devices = ordered();
    const params = url.searchParams;
    const all = (key: string) => params.getAll(key);
    const everything = [...byId.values()];
    const slugs = (pick: (device: FakeNetboxDevice) => (string | null)[]) => new Set(everything.flatMap(pick).filter((value): value is string => value !== null).map(slugify));
    const choices: Record<string, () => Set<string>> = {
      site: () => slugs((device) => [device.site]),
      region: () => slugs((device) => device.region),
      location: () => slugs((device) => device.location),
      role: () => slugs((device) => [device.role]),
      tenant: () => slugs((device) => [device.tenant]),
      tag: () => slugs((device) => device.tags),
      platform: () => new Set(everything.map((device) => device.platform).filter((value): value is string => value !== null)),
      status: () => new Set(Object.keys(statusLabels)),
    };
    for (const [key, values] of Object.entries(choices)) {
      if (!params.has(key)) continue;
      const valid = values();
      const bad = all(key).find((value) => !valid.has(value));
      if (bad !== undefined) return invalidChoice(key, bad);
    }
    const anyOf = (key: string, pick: (device: FakeNetboxDevice) => (string | null)[]) => {
      const wanted = all(key);
      if (wanted.length > 0) devices = devices.filter((device) => pick(device).some((value) => value !== null && wanted.includes(slugify(value))));
    };
    if (all('name').length > 0) devices = devices.filter((device) => all('name').includes(device.name));
    anyOf('site', (device) => [device.site]);
    anyOf('region', (device) => device.region);
    anyOf('location', (device) => device.location);
    anyOf('role', (device) => [device.role]);
    anyOf('tenant', (device) => [device.tenant]);
    if (all('platform').length > 0) devices = devices.filter((device) => device.platform !== null && all('platform').includes(device.platform));
    if (all('status').length > 0) devices = devices.filter((device) => all('status').includes(device.status));
    // NetBox's tag filter is conjoined: a device must carry every tag asked for.
    for (const tag of all('tag')) devices = devices.filter((device) => device.tags.some((name) => slugify(name) === tag));
    const q = params.get('q');
    if (q) devices = devices.filter((device) => device.name.toLowerCase().includes(q.toLowerCase()));
    const hasIp = params.get('has_primary_ip');
    if (hasIp === 'true' || hasIp === 'false') devices = devices.filter((device) => (device.primaryIp4 !== null || device.primaryIp6 !== null) === (hasIp === 'true'));
    for (const [key, value] of params) {
      if (key.startsWith('cf_')) devices = devices.filter((device) => String(device.customFields[key.slice(3)] ?? '') === value);
    }
    return devices;
  }

  function bulkUpdate(origin: string, body: unknown): { status: number; body: unknown } {
    if (!Array.isArray(body)) return { status: 400, body: { non_field_errors: ['Expected a list of items but got type "dict".'] } };
    const idErrors = body.map((item) => (item && typeof item === 'object' && Number.isInteger((item as { id?: unknown }).id) ? {} : { id: ['A valid integer is required.'] }));
    if (idErrors.some((error) => Object.keys(error).length > 0)) return { status: 400, body: idErrors };
    const updates = new Map<number, Record<string, unknown>>(body.map((item: { id: number } & Record<string, unknown>) => [item.id, item]));
    // Unknown ids drop out here, as in NetBox's queryset filter.
    const targets = ordered().filter((device) => updates.has(device.id));
    const staged: [FakeNetboxDevice, Record<string, unknown>][] = [];
    const errors: { id: number; errors: Record<string, string[]> }[] = [];
    for (const device of targets) {
      const update = updates.get(device.id) ?? {};
      const changes = update.custom_fields;
      if (changes === undefined) {
        staged.push([device, device.customFields]);
        continue;
      }
      if (!changes || typeof changes !== 'object' || Array.isArray(changes)) {
        errors.push({ id: device.id, errors: { custom_fields: ['Invalid data format. Custom field data must be passed as a dictionary mapping field names to their values.'] } });
        continue;
      }
      const merged = { ...device.customFields };
      let problem: string | null = null;
      for (const [name, value] of Object.entries(changes as Record<string, unknown>)) {
        const definition = fieldByName.get(name);
        if (!definition) {
          problem = `Unknown field name '${name}' in custom field data.`;
          break;
        }
        const checked = validateCustomFieldValue(definition, value, dateMessages);
        if ('error' in checked) {
          problem = `Invalid value for custom field '${name}': ${checked.error}`;
          break;
        }
        merged[name] = checked.value;
      }
      if (problem) errors.push({ id: device.id, errors: { __all__: [problem] } });
      else staged.push([device, merged]);
    }
    if (errors.length > 0) {
      return { status: 400, body: { detail: `${errors.length} of ${staged.length + errors.length} objects failed validation.`, errors } };
    }
    for (const [device, merged] of staged) device.customFields = merged;
    return { status: 200, body: staged.map(([device]) => renderDevice(origin, device)) };
  }

  function places(kind: 'regions' | 'sites' | 'locations', origin: string) {
    const seen = new Map<number, unknown>();
    for (const device of ordered()) {
      if (kind === 'regions') {
        regionRefs(device).forEach((region, index, chain) => {
          const id = placeId(region.key);
          const parent = index > 0 ? chain[index - 1] : null;
          if (!seen.has(id)) seen.set(id, { ...ref(origin, 'dcim/regions', id, region.name), parent: parent ? ref(origin, 'dcim/regions', placeId(parent.key), parent.name, { _depth: index - 1 }) : null, _depth: index });
        });
      } else if (kind === 'sites') {
        const id = placeId(`site:${device.site}`);
        const region = regionRefs(device).at(-1);
        if (!seen.has(id)) seen.set(id, { ...ref(origin, 'dcim/sites', id, device.site), status: { value: 'active', label: 'Active' }, region: region ? ref(origin, 'dcim/regions', placeId(region.key), region.name, { _depth: device.region.length - 1 }) : null });
      } else {
        locationRefs(device).forEach((location, index, chain) => {
          const id = placeId(location.key);
          const parent = index > 0 ? chain[index - 1] : null;
          if (!seen.has(id)) {
            seen.set(id, {
              ...ref(origin, 'dcim/locations', id, location.name),
              site: ref(origin, 'dcim/sites', placeId(`site:${device.site}`), device.site),
              parent: parent ? ref(origin, 'dcim/locations', placeId(parent.key), parent.name, { _depth: index - 1 }) : null,
              _depth: index,
            });
          }
        });
      }
    }
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
  }

  const server = await startFakeHttpsServer(
    (request, url, body) => {
      const origin = url.origin;
      const method = request.method ?? 'GET';
      const denied = authenticate(request, method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS');
      if (denied) return denied;
      switch (`${method} ${url.pathname}`) {
        case 'GET /api/status/':
          return { status: 200, body: { 'django-version': '5.1.6', 'installed-apps': {}, 'netbox-version': version, 'netbox-full-version': `${version}-Docker`, plugins: {}, 'python-version': '3.12.3', 'rq-workers-running': 1 } };
        case 'GET /api/dcim/devices/': {
          const devices = filterDevices(url);
          if (!Array.isArray(devices)) return devices;
          const brief = ['1', 'true', 'True'].includes(url.searchParams.get('brief') ?? '');
          return {
            status: 200,
            body: paginate(url, devices, (device) => (brief ? { id: device.id, url: `${origin}/api/dcim/devices/${device.id}/`, display: device.name, name: device.name, description: '' } : renderDevice(origin, device))),
          };
        }
        case 'PATCH /api/dcim/devices/':
          return bulkUpdate(origin, body);
        case 'GET /api/dcim/regions/':
          return { status: 200, body: paginate(url, places('regions', origin), (item) => item) };
        case 'GET /api/dcim/sites/':
          return { status: 200, body: paginate(url, places('sites', origin), (item) => item) };
        case 'GET /api/dcim/locations/':
          return { status: 200, body: paginate(url, places('locations', origin), (item) => item) };
        case 'GET /api/extras/custom-fields/': {
          const names = url.searchParams.getAll('name');
          const fields = customFields.filter((field) => names.length === 0 || names.includes(field.name));
          return {
            status: 200,
            body: paginate(url, fields, (field) => ({
              id: customFields.indexOf(field) + 1,
              url: `${origin}/api/extras/custom-fields/${customFields.indexOf(field) + 1}/`,
              display: field.name,
              object_types: ['dcim.device'],
              type: { value: field.type, label: field.type[0].toUpperCase() + field.type.slice(1) },
              name: field.name,
              label: '',
              required: false,
            })),
          };
        }
        default:
          return { status: 404, body: { detail: 'Not found.' } };
      }
    },
    { port: options.port, errorPage: (status) => `<!DOCTYPE html><html><head><title>Server Error</title></head><body><h1>Server Error (${status})</h1><p>There was a problem with your request.</p></body></html>` },
  );

  return {
    url: server.url,
    token,
    caPem: server.caPem,
    version,
    inject: server.inject,
    clearFaults: server.clearFaults,
    requests: server.requests,
    stop: server.stop,
    devices: () => ordered().map((device) => ({ ...device, customFields: { ...device.customFields } })),
    device(name) {
      const device = findByName(name);
      return device ? { ...device, customFields: { ...device.customFields } } : undefined;
    },
    addDevice: (input) => ({ ...add(input) }),
    updateDevice(name, changes) {
      const device = findByName(name);
      if (!device) throw new Error(`No device named ${name}`);
      Object.assign(device, changes, { id: device.id });
      sorted = null;
    },
    removeDevice(name) {
      const device = findByName(name);
      if (!device) throw new Error(`No device named ${name}`);
      byId.delete(device.id);
      sorted = null;
    },
  };
}
