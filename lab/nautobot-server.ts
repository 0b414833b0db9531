/**
 * A fake Nautobot 2.x, stateful, over HTTPS on 127.0.0.1, written from Nautobot's API
 * documentation: `Authorization: Token <key>` (errors as `403 {"detail": …}`), the GraphQL API at
 * `POST /api/graphql/` with a `devices` query taking `limit`/`offset` and the device filter set's
 * arguments (a filter value that names nothing is a GraphQL error; `location` takes descendants
 * too; `tags` wants every tag), locations as one tree (region › country › site › building),
 * custom-field definitions and validation, and bulk `PATCH /api/dcim/devices/` that is atomic
 * (the first invalid item fails the request and rolls it back; unknown ids are skipped).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { buildSchema, graphql, GraphQLError, parse, validate } from 'graphql';
import {
  completeDevice,
  defaultCustomFields,
  platformNames,
  seedInventory,
  startFakeHttpsServer,
  validateCustomFieldValue,
  type CustomFieldDefinition,
  type FakeDeviceInput,
  type FakeInventoryDevice,
  type FakeServerControls,
} from './inventory-fake.ts';

export interface FakeNautobotDevice extends FakeInventoryDevice {
  /** UUID. */
  id: string;
}

export interface FakeNautobot extends FakeServerControls {
  url: string;
  token: string;
  /** The server's self-signed certificate, for the client's CA bundle. */
  caPem: string;
  version: string;
  devices(): FakeNautobotDevice[];
  device(name: string): FakeNautobotDevice | undefined;
  addDevice(input: FakeDeviceInput): FakeNautobotDevice;
  updateDevice(name: string, changes: Partial<FakeInventoryDevice>): void;
  removeDevice(name: string): void;
  stop(): Promise<void>;
}

export interface FakeNautobotOptions {
  /** How many seeded devices, or the devices themselves. Default 0. */
  devices?: number | FakeDeviceInput[];
  /** Default: a new random 40-hex-digit token. */
  token?: string;
  /** A second token that may read but not write. */
  readOnlyToken?: string;
  /** Nautobot has no date-time type: default is the date, integer and text fields. */
  customFields?: CustomFieldDefinition[];
  version?: string;
  port?: number;
}

const dateMessages = { date: 'Date values must be in the format YYYY-MM-DD.', datetime: 'Date and time values must be in the format YYYY-MM-DD HH:MM:SS.' };
const statusNames: Record<string, string> = { active: 'Active', planned: 'Planned', staged: 'Staged', failed: 'Failed', offline: 'Offline', inventory: 'Inventory', decommissioning: 'Decommissioning' };

/** A UUID derived from a name, so a seeded inventory keeps its ids across starts. */
function uuidFor(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((Number.parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function startFakeNautobot(options: FakeNautobotOptions = {}): Promise<FakeNautobot> {
  const version = options.version ?? '2.3.16';
  const token = options.token ?? randomBytes(20).toString('hex');
  const customFields = options.customFields ?? defaultCustomFields.filter((field) => field.type !== 'datetime');
  const fieldByKey = new Map(customFields.map((field) => [field.name, field]));

  const byId = new Map<string, FakeNautobotDevice>();
  let sorted: FakeNautobotDevice[] | null = null;
  const ordered = () => (sorted ??= [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  const findByName = (name: string) => ordered().find((device) => device.name === name);
  const add = (input: FakeDeviceInput): FakeNautobotDevice => {
    let id = uuidFor(`device:${input.name}`);
    for (let n = 2; byId.has(id); n++) id = uuidFor(`device:${input.name}:${n}`);
    const device = { ...completeDevice(input), id };
    byId.set(device.id, device);
    sorted = null;
    return device;
  };
  for (const input of typeof options.devices === 'number' ? seedInventory(options.devices) : (options.devices ?? [])) add(input);

  /** Region, country, site, building, floor: one location tree. */
  const locationChain = (device: FakeInventoryDevice) => [...device.region, device.site, ...device.location];

  function renderLocation(chain: string[]): unknown {
    if (chain.length === 0) return null;
    return { id: uuidFor(`location:${chain.join('/')}`), name: chain.at(-1), parent: renderLocation(chain.slice(0, -1)) };
  }

  function renderForGraphql(device: FakeNautobotDevice) {
    return {
      id: device.id,
      name: device.name,
      primary_ip4: device.primaryIp4 ? { address: device.primaryIp4 } : null,
      primary_ip6: device.primaryIp6 ? { address: device.primaryIp6 } : null,
      platform: device.platform ? { name: platformNames[device.platform] ?? device.platform, network_driver: device.platform } : null,
      device_type: { model: device.model },
      location: renderLocation(locationChain(device)),
      role: { name: device.role },
      status: { name: statusNames[device.status] ?? device.status },
      tenant: device.tenant ? { name: device.tenant } : null,
      tags: device.tags.map((name) => ({ name })),
      _custom_field_data: Object.fromEntries(customFields.map((field) => [field.name, device.customFields[field.name] ?? null])),
    };
  }

  function renderRest(origin: string, device: FakeNautobotDevice) {
    return {
      id: device.id,
      object_type: 'dcim.device',
      display: device.name,
      url: `${origin}/api/dcim/devices/${device.id}/`,
      natural_slug: `${device.name}_${device.id.slice(0, 4)}`,
      name: device.name,
      custom_fields: Object.fromEntries(customFields.map((field) => [field.name, device.customFields[field.name] ?? null])),
    };
  }

  const filterArguments = ['id', 'name', 'location', 'role', 'tags', 'status', 'tenant', 'tenant_group', 'platform', 'manufacturer', 'device_type', 'rack', 'serial', 'q', ...customFields.map((field) => `cf_${field.name}`)];
  const schema = buildSchema(`
    scalar GenericScalar
    type IPAddressType { address: String }
    type PlatformType { name: String network_driver: String }
    type LocationType { id: ID! name: String parent: LocationType }
    type RoleType { name: String }
    type StatusType { name: String }
    type TenantType { name: String }
    type TagType { name: String }
    type DeviceTypeType { model: String }
    type DeviceType {
      id: ID!
      name: String
      primary_ip4: IPAddressType
      primary_ip6: IPAddressType
      platform: PlatformType
      device_type: DeviceTypeType
      location: LocationType
      role: RoleType
      status: StatusType
      tenant: TenantType
      tags: [TagType]
      _custom_field_data: GenericScalar
    }
    type Query {
      devices(limit: Int, offset: Int, ${filterArguments.map((name) => `${name}: [String]`).join(', ')}): [DeviceType]
    }
  `);

  function resolveDevices(args: Record<string, unknown>) {
    let devices = ordered();
    const values = (key: string) => (Array.isArray(args[key]) ? (args[key] as string[]) : args[key] === undefined || args[key] === null ? [] : [String(args[key])]);
    const everything = [...byId.values()];
    const errors: Record<string, string[]> = {};
    const choose = (key: string, known: Set<string>, pick: (device: FakeNautobotDevice) => (string | null)[], conjoined = false) => {
      const wanted = values(key);
      if (wanted.length === 0) return;
      const bad = wanted.find((value) => !known.has(value));
      if (bad !== undefined) {
        errors[key] = [`Select a valid choice. ${bad} is not one of the available choices.`];
        return;
      }
      devices = devices.filter((device) => {
        const have = pick(device);
        return conjoined ? wanted.every((value) => have.includes(value)) : wanted.some((value) => have.includes(value));
      });
    };
    const namesOf = (pick: (device: FakeNautobotDevice) => (string | null)[]) => new Set(everything.flatMap(pick).filter((value): value is string => value !== null));
    if (values('location').length > 0) {
      const chainIds = (device: FakeNautobotDevice) => locationChain(device).flatMap((name, index, chain) => [name, uuidFor(`location:${chain.slice(0, index + 1).join('/')}`)]);
      choose('location', namesOf(chainIds), chainIds);
    }
    if (values('role').length > 0) choose('role', namesOf((device) => [device.role]), (device) => [device.role]);
    if (values('status').length > 0) choose('status', new Set(Object.values(statusNames)), (device) => [statusNames[device.status] ?? device.status]);
    if (values('tenant').length > 0) choose('tenant', namesOf((device) => [device.tenant]), (device) => [device.tenant]);
    if (values('tags').length > 0) choose('tags', namesOf((device) => device.tags), (device) => device.tags, true);
    if (values('platform').length > 0) {
      const platformOf = (device: FakeNautobotDevice) => (device.platform ? [platformNames[device.platform] ?? device.platform] : []);
      choose('platform', namesOf(platformOf), platformOf);
    }
    if (Object.keys(errors).length > 0) {
      throw new GraphQLError(`{${Object.entries(errors).map(([key, messages]) => `'${key}': [${messages.map((message) => `'${message}'`).join(', ')}]`).join(', ')}}`);
    }
    if (values('name').length > 0) devices = devices.filter((device) => values('name').includes(device.name));
    if (values('id').length > 0) devices = devices.filter((device) => values('id').includes(device.id));
    const q = values('q')[0];
    if (q) devices = devices.filter((device) => device.name.toLowerCase().includes(q.toLowerCase()));
    for (const field of customFields) {
      const wanted = values(`cf_${field.name}`);
      if (wanted.length > 0) devices = devices.filter((device) => wanted.includes(String(device.customFields[field.name] ?? '')));
    }
    const offset = typeof args.offset === 'number' && args.offset > 0 ? args.offset : 0;
    const limit = typeof args.limit === 'number' && args.limit >= 0 ? args.limit : undefined;
    return devices.slice(offset, limit === undefined ? undefined : offset + limit).map(renderForGraphql);
  }

  async function runGraphql(body: unknown): Promise<{ status: number; body: unknown }> {
    const request = body as { query?: unknown; variables?: unknown } | undefined;
    if (!request || typeof request.query !== 'string') return { status: 400, body: { errors: [{ message: 'Must provide query string.' }] } };
    let document;
    try {
      document = parse(request.query);
    } catch (error) {
      return { status: 400, body: { errors: [{ message: (error as Error).message }] } };
    }
    const problems = validate(schema, document);
    if (problems.length > 0) return { status: 400, body: { errors: problems.map((problem) => ({ message: problem.message, locations: problem.locations })) } };
    const result = await graphql({
      schema,
      source: request.query,
      variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
      rootValue: { devices: resolveDevices },
    });
    return { status: 200, body: result.errors ? { data: result.data ?? null, errors: result.errors.map((error) => error.toJSON()) } : { data: result.data } };
  }

  const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  function bulkUpdate(origin: string, body: unknown): { status: number; body: unknown } {
    if (!Array.isArray(body)) return { status: 400, body: { non_field_errors: ['Expected a list of items but got type "dict".'] } };
    const idErrors = body.map((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' && uuidPattern.test((item as { id: string }).id) ? {} : { id: ['Must be a valid UUID.'] }));
    if (idErrors.some((error) => Object.keys(error).length > 0)) return { status: 400, body: idErrors };
    const updates = new Map<string, Record<string, unknown>>(body.map((item: { id: string } & Record<string, unknown>) => [item.id.toLowerCase(), item]));
    const staged: [FakeNautobotDevice, Record<string, unknown>][] = [];
    // Unknown ids drop out, as in Nautobot's queryset filter; the first invalid item fails the whole request.
    for (const device of ordered().filter((candidate) => updates.has(candidate.id))) {
      const changes = updates.get(device.id)?.custom_fields;
      if (changes === undefined) {
        staged.push([device, device.customFields]);
        continue;
      }
      if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return { status: 400, body: { custom_fields: ['Value must be a dictionary.'] } };
      const merged = { ...device.customFields };
      for (const [key, value] of Object.entries(changes as Record<string, unknown>)) {
        const definition = fieldByKey.get(key);
        if (!definition) return { status: 400, body: { __all__: [`Unknown field key '${key}' in custom field data for ${device.name}.`] } };
        const checked = validateCustomFieldValue(definition, value, dateMessages);
        if ('error' in checked) return { status: 400, body: { __all__: [`Invalid value for custom field '${key}': ${checked.error}`] } };
        merged[key] = checked.value;
      }
      staged.push([device, merged]);
    }
    for (const [device, merged] of staged) device.customFields = merged;
    return { status: 200, body: staged.map(([device]) => renderRest(origin, device)) };
  }

  function authenticate(request: IncomingMessage, write: boolean): { status: number; body: unknown } | null {
    const match = /^Token\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return { status: 403, body: { detail: 'Authentication credentials were not provided.' } };
    if (match[1] !== token && match[1] !== options.readOnlyToken) return { status: 403, body: { detail: 'Invalid token' } };
    if (write && match[1] !== token) return { status: 403, body: { detail: 'You do not have permission to perform this action.' } };
    return null;
  }

  const server = await startFakeHttpsServer(
    async (request, url, body) => {
      const method = request.method ?? 'GET';
      const route = `${method} ${url.pathname}`;
      // GraphQL reads with POST; only the REST writes need a write-enabled token.
      const denied = authenticate(request, method !== 'GET' && route !== 'POST /api/graphql/');
      if (denied) return denied;
      switch (route) {
        case 'GET /api/status/':
          return { status: 200, body: { 'django-version': '4.2.17', 'installed-apps': {}, 'nautobot-version': version, plugins: {}, 'python-version': '3.11.11', 'celery-workers-running': 1 } };
        case 'POST /api/graphql/':
          return runGraphql(body);
        case 'PATCH /api/dcim/devices/':
          return bulkUpdate(url.origin, body);
        case 'GET /api/extras/custom-fields/': {
          const keys = url.searchParams.getAll('key');
          const results = customFields
            .filter((field) => keys.length === 0 || keys.includes(field.name))
            .map((field) => ({ id: uuidFor(`custom-field:${field.name}`), object_type: 'extras.customfield', display: field.name, key: field.name, label: field.name, type: { value: field.type, label: field.type }, content_types: ['dcim.device'], required: false }));
          return { status: 200, body: { count: results.length, next: null, previous: null, results } };
        }
        default:
          return { status: 404, body: { detail: 'Not found.' } };
      }
    },
    { port: options.port, errorPage: (status) => `<!DOCTYPE html><html><head><title>Server Error</title></head><body><h1>Server Error (${status})</h1><p>Nautobot could not answer this request.</p></body></html>` },
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
    addDevice(input) {
      if (findByName(input.name)) throw new Error(`A device named ${input.name} exists`);
      return { ...add(input) };
    },
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
