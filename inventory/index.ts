import type { InventoryClientOptions } from './http.ts';
import { createNautobotClient } from './nautobot.ts';
import { createNetboxClient } from './netbox.ts';
import type { InventoryClient, InventoryConnection } from './types.ts';

export * from './types.ts';
export type { InventoryClientOptions } from './http.ts';

export function createInventoryClient(connection: InventoryConnection, options: InventoryClientOptions = {}): InventoryClient {
  switch (connection.kind) {
    case 'nautobot':
      return createNautobotClient(connection, options);
    case 'netbox':
      return createNetboxClient(connection, options);
  }
}
