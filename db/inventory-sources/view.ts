import type { InventorySource } from './schema.ts';

/** What may leave the database layer: whether a token is set, never the token. */
export type InventorySourceView = Omit<InventorySource, 'tokenSealed'> & { hasToken: boolean };

export function toInventorySourceView({ tokenSealed, ...source }: InventorySource): InventorySourceView {
  return { ...source, hasToken: tokenSealed.length > 0 };
}

/** The purpose the token is sealed for (infra/keyring.ts). */
export const TOKEN_PURPOSE = 'inventory-source.token';
