import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import type { Device } from '../devices/schema.ts';
import { ValidationError } from '../../infra/errors.ts';
import { inventorySources, type InventorySource } from './schema.ts';

/** The fields a source sets on the devices it owns. */
export type SyncedField = 'name' | 'host' | 'port' | 'backupMethod' | 'location' | 'tags' | 'model' | 'variables' | 'credentialSetIds';

export function syncedFields(source: Pick<InventorySource, 'portField' | 'credentialSetField' | 'variableFields'>): SyncedField[] {
  return [
    'name',
    'host',
    'backupMethod',
    'location',
    'tags',
    'model',
    ...(source.portField ? (['port'] as const) : []),
    ...(source.credentialSetField ? (['credentialSetIds'] as const) : []),
    ...(source.variableFields.length > 0 ? (['variables'] as const) : []),
  ];
}

/** JSON with object keys in order: variables are the same set whatever order their names come in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

/**
 * Refuses a change to a field the device's source owns: the next sync would undo it. Giving the
 * value it already has is no change, so a form that sends every field still saves the others.
 */
export async function checkSyncedFields(
  tx: Tx,
  current: Device & { credentialSetIds: string[] },
  changes: Partial<Record<SyncedField, unknown>>,
): Promise<void> {
  if (!current.sourceId) return;
  const [source] = await tx.select().from(inventorySources).where(eq(inventorySources.id, current.sourceId));
  if (!source) return;
  for (const field of syncedFields(source)) {
    const value = changes[field];
    if (value === undefined || canonical(value) === canonical(current[field])) continue;
    throw new ValidationError(`${field}: synced from inventory source "${source.name}"; change it there, or delete the source to manage the device here`, {
      field,
      details: { sourceId: source.id },
    });
  }
}
