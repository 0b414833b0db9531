export type InventoryKind = 'nautobot' | 'netbox';

export interface InventoryConnection {
  kind: InventoryKind;
  url: string;
  token: string;
  verifyTls: boolean;
  caBundle: string | null;
}

/** Filter: NetBox query parameters / Nautobot GraphQL variables, e.g. { location: ['dc1'], role: ['core'], tag: ['backup'], status: ['active'], tenant: [...] } */
export type InventoryFilter = Record<string, string[]>;

export interface InventoryDevice {
  /** The source's id (uuid for Nautobot, integer as string for NetBox). */
  sourceId: string;
  name: string;
  /** Primary IP without prefix length, or null when the device has none. */
  primaryIp: string | null;
  /** Platform slug/network_driver as the source spells it (e.g. cisco_ios), or null. */
  platform: string | null;
  /** The device type's model, e.g. "C9300-48P", or null. */
  model: string | null;
  /** Location hierarchy from root to leaf, e.g. ['Europe', 'Berlin', 'DC1']. */
  locationPath: string[];
  role: string | null;
  status: string | null;
  tenant: string | null;
  tags: string[];
  customFields: Record<string, unknown>;
}

export interface InventoryPage {
  devices: InventoryDevice[];
  total: number | null;
}

export interface InventoryClient {
  /** Checks URL, TLS and token: returns the server's version string or throws InventoryError. */
  test(): Promise<{ version: string }>;
  /** Streams the filtered devices page by page (bounded memory; pageSize default 500), retrying each page 3 times with backoff. */
  devices(
    filter: InventoryFilter,
    options?: { pageSize?: number; signal?: AbortSignal },
  ): AsyncIterable<InventoryDevice[]>;
  /** Looks up devices by name (run-time lookup); absent names are simply missing from the result. */
  devicesByName(names: string[]): Promise<InventoryDevice[]>;
  /** Writes `value` into custom field `field` for each device (bulk PATCH in batches); never throws for per-device failures. */
  writeCustomField(
    field: string,
    updates: { sourceId: string; value: string }[],
  ): Promise<{ updated: number; failed: number; errors: { sourceId: string; message: string }[] }>;
}

export type InventoryErrorCode =
  | 'INVENTORY_UNREACHABLE'
  | 'INVENTORY_TOKEN_REJECTED'
  | 'INVENTORY_TLS'
  | 'INVENTORY_BAD_RESPONSE'
  | 'INVENTORY_FILTER_INVALID';

export class InventoryError extends Error {
  constructor(
    public code: InventoryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InventoryError';
  }
}
