/**
 * Nautobot (2.x): devices from its GraphQL API (`POST /api/graphql/`), paged with the `limit` and
 * `offset` arguments Nautobot adds to every list query, filtered by the same arguments as its
 * device filter set; custom fields written with bulk `PATCH /api/dcim/devices/`.
 * Tokens go as `Authorization: Token <key>`.
 */
import { apiUrl, clientDefaults, createInventoryHttp, type InventoryClientOptions, type InventoryHttp } from './http.ts';
import { InventoryError, type InventoryClient, type InventoryConnection, type InventoryDevice, type InventoryFilter } from './types.ts';
import { writeCustomFieldInBatches } from './write-back.ts';

const product = 'Nautobot';

/** Our filter key → the argument of Nautobot's `devices` query. */
const filterArguments: Record<string, string> = {
  id: 'id',
  name: 'name',
  location: 'location',
  role: 'role',
  tag: 'tags',
  tags: 'tags',
  status: 'status',
  tenant: 'tenant',
  tenant_group: 'tenant_group',
  platform: 'platform',
  manufacturer: 'manufacturer',
  device_type: 'device_type',
  rack: 'rack',
  serial: 'serial',
  q: 'q',
};

/** Deep enough for region › country › city › site › building › floor › room › row. */
const locationDepth = 8;

function locationSelection(depth: number): string {
  return depth === 0 ? 'name' : `name parent { ${locationSelection(depth - 1)} }`;
}

const deviceSelection = `id name
  primary_ip4 { address } primary_ip6 { address }
  platform { name network_driver }
  device_type { model }
  location { ${locationSelection(locationDepth - 1)} }
  role { name } status { name } tenant { name } tags { name }
  _custom_field_data`;

/** A `devices` query with one `[String]` variable per filter used, so unused filters are not sent as null. */
export function nautobotDevicesQuery(filter: InventoryFilter): { query: string; variables: Record<string, string[]> } {
  const variables: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(filter)) {
    const argument = filterArguments[key] ?? (/^cf_[A-Za-z0-9_]+$/.test(key) ? key : undefined);
    if (!argument) {
      throw new InventoryError('INVENTORY_FILTER_INVALID', `Nautobot has no device filter "${key}"; use one of location, role, tag, status, tenant, platform, name or cf_<custom field key>`);
    }
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw new InventoryError('INVENTORY_FILTER_INVALID', `Filter "${key}" must be a list of strings`);
    }
    variables[argument] = [...(variables[argument] ?? []), ...values];
  }
  const names = Object.keys(variables);
  const declarations = ['$limit: Int', '$offset: Int', ...names.map((name) => `$${name}: [String]`)].join(', ');
  const argumentsList = ['limit: $limit', 'offset: $offset', ...names.map((name) => `${name}: $${name}`)].join(', ');
  return { query: `query TidemarkDevices(${declarations}) { devices(${argumentsList}) { ${deviceSelection} } }`, variables };
}

interface Named {
  name?: string | null;
}

interface NautobotLocation extends Named {
  parent?: NautobotLocation | null;
}

interface NautobotDevice {
  id: string;
  name: string | null;
  primary_ip4?: { address?: string } | null;
  primary_ip6?: { address?: string } | null;
  platform?: { name?: string | null; network_driver?: string | null } | null;
  device_type?: { model?: string | null } | null;
  location?: NautobotLocation | null;
  role?: Named | null;
  status?: Named | null;
  tenant?: Named | null;
  tags?: Named[] | null;
  _custom_field_data?: Record<string, unknown> | null;
}

function toDevice(device: NautobotDevice): InventoryDevice {
  const address = device.primary_ip4?.address ?? device.primary_ip6?.address ?? null;
  const locationPath: string[] = [];
  for (let location = device.location; location; location = location.parent) {
    if (location.name) locationPath.unshift(location.name);
  }
  return {
    sourceId: device.id,
    name: device.name ?? '',
    primaryIp: address ? address.replace(/\/\d+$/, '') : null,
    platform: device.platform?.network_driver || device.platform?.name || null,
    model: device.device_type?.model || null,
    locationPath,
    role: device.role?.name ?? null,
    status: device.status?.name ?? null,
    tenant: device.tenant?.name ?? null,
    tags: (device.tags ?? []).map((tag) => tag.name ?? '').filter(Boolean),
    customFields: device._custom_field_data ?? {},
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createNautobotClient(connection: InventoryConnection, clientOptions: InventoryClientOptions = {}): InventoryClient {
  const options = { ...clientDefaults, ...clientOptions };
  const token = connection.token.trim().replace(/^Token\s+/i, '');
  const http = createInventoryHttp(connection, product, `Token ${token}`, options);
  const graphqlUrl = apiUrl(http.baseUrl, 'api/graphql/');

  async function graphql(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const response = await http.sendWithRetries('POST', graphqlUrl, { query, variables }, signal);
    const body = response.body as { data?: Record<string, unknown> | null; errors?: { message?: string }[] } | null;
    const errors = Array.isArray(body?.errors) ? body.errors.map((error) => error.message ?? JSON.stringify(error)) : [];
    if (errors.length > 0) {
      const message = errors.join('; ');
      const filterProblem = /valid choice|Unknown argument|not a valid|does not exist|Enter a valid/i.test(message);
      throw new InventoryError(filterProblem ? 'INVENTORY_FILTER_INVALID' : 'INVENTORY_BAD_RESPONSE', `Nautobot GraphQL: ${message}`);
    }
    if (response.status !== 200 || !body?.data) {
      throw new InventoryError('INVENTORY_BAD_RESPONSE', `Nautobot answered its GraphQL API with HTTP ${response.status} and no data`);
    }
    return body.data;
  }

  function deviceList(data: Record<string, unknown>): NautobotDevice[] {
    if (!Array.isArray(data.devices)) throw new InventoryError('INVENTORY_BAD_RESPONSE', 'Nautobot GraphQL answered without a device list');
    return data.devices as NautobotDevice[];
  }

  async function* devices(filter: InventoryFilter, iterationOptions: { pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<InventoryDevice[]> {
    const { query, variables } = nautobotDevicesQuery(filter);
    const pageSize = Math.max(1, Math.floor(iterationOptions.pageSize ?? 500));
    // GraphQL gives no total, and a server may cap `limit` below ours: only an empty page ends the list.
    // Offset paging over a list that changes meanwhile can show a device twice; it is yielded once.
    const seen = new Set<string>();
    for (let offset = 0; ; ) {
      const page = deviceList(await graphql(query, { ...variables, limit: pageSize, offset }, iterationOptions.signal));
      if (page.length === 0) return;
      offset += page.length;
      const fresh = page.filter((device) => !seen.has(device.id) && seen.add(device.id));
      if (fresh.length > 0) yield fresh.map(toDevice);
    }
  }

  return {
    async test() {
      const response = await http.sendWithRetries('GET', apiUrl(http.baseUrl, 'api/status/'));
      const version = (response.body as Record<string, unknown> | null)?.['nautobot-version'];
      if (response.status !== 200 || typeof version !== 'string') {
        throw new InventoryError('INVENTORY_BAD_RESPONSE', `${connection.url} answered /api/status/ without a Nautobot version: is it Nautobot?`);
      }
      await graphql('query TidemarkTest { devices(limit: 1) { id } }', {});
      return { version };
    },

    devices,

    async devicesByName(names) {
      const unique = [...new Set(names.filter((name) => name.length > 0))];
      const found: InventoryDevice[] = [];
      for (let start = 0; start < unique.length; start += 200) {
        for await (const page of devices({ name: unique.slice(start, start + 200) }, { pageSize: 1000 })) found.push(...page);
      }
      return found;
    },

    writeCustomField(field, updates) {
      return writeCustomFieldInBatches(http, product, field, updates, {
        batchSize: options.writeBatchSize,
        toPayloadId: (sourceId) => (uuidPattern.test(sourceId) ? sourceId : null),
        checkField: () => checkCustomField(http, field),
      });
    },
  };
}

async function checkCustomField(http: InventoryHttp, field: string): Promise<string | null> {
  try {
    const response = await http.sendWithRetries('GET', apiUrl(http.baseUrl, 'api/extras/custom-fields/', [['key', field], ['limit', '10']]));
    const results = (response.body as { results?: { key?: string; content_types?: string[] }[] } | null)?.results;
    if (response.status !== 200 || !Array.isArray(results)) return null;
    const definition = results.find((item) => item.key === field);
    if (!definition) return `Nautobot has no custom field with key "${field}"`;
    if (Array.isArray(definition.content_types) && !definition.content_types.includes('dcim.device')) {
      return `Nautobot custom field "${field}" does not apply to devices`;
    }
    return null;
  } catch (error) {
    // A token may write devices without being allowed to read custom field definitions.
    if (error instanceof InventoryError && error.code === 'INVENTORY_TOKEN_REJECTED') return null;
    throw error;
  }
}
