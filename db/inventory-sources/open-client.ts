import { createInventoryClient, type InventoryClient } from '../../inventory/index.ts';
import type { Keyring } from '../../infra/keyring.ts';
import type { InventorySource } from './schema.ts';
import { TOKEN_PURPOSE } from './view.ts';

/** A client of the source, with its token opened; the token goes nowhere else. */
export function openInventoryClient(keyring: Keyring, source: InventorySource): InventoryClient {
  return createInventoryClient({
    kind: source.kind,
    url: source.url,
    token: keyring.open(source.tokenSealed, TOKEN_PURPOSE),
    verifyTls: source.verifyTls,
    caBundle: source.caBundle,
  });
}
