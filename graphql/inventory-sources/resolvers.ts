import { defaultPlatformMap } from '../../db/inventory-sources/platform-map.ts';
import { createInventorySource } from '../../db/inventory-sources/create-inventory-source.ts';
import type { CreateInventorySourceInput, UpdateInventorySourceInput as UpdateInventorySourceVerbInput } from '../../db/inventory-sources/source-input.ts';
import { deleteInventorySource } from '../../db/inventory-sources/delete-inventory-source.ts';
import { getInventorySource, listInventorySources } from '../../db/inventory-sources/list-inventory-sources.ts';
import { getInventorySync, lastInventorySync, requestInventorySync } from '../../db/inventory-sources/request-inventory-sync.ts';
import { inventorySourceKinds, inventorySyncStatuses, orphanPolicies, writeBackFormats } from '../../db/inventory-sources/schema.ts';
import { syncedFields } from '../../db/inventory-sources/synced-fields.ts';
import { testInventorySource } from '../../db/inventory-sources/test-inventory-source.ts';
import { updateInventorySource } from '../../db/inventory-sources/update-inventory-source.ts';
import { nextFireTimes } from '../../db/schedules/cron.ts';
import { graphqlEnum } from '../enums.ts';
import type { CreateInventorySourceInput as CreateInventorySourceGraphQLInput, Resolvers, UpdateInventorySourceInput } from '../generated/resolvers.ts';
import { checkedByVerb, withoutNulls } from '../input.ts';
import { listBounds } from '../limits.ts';

/** Optional settings an empty string leaves unset (GraphQL's null means "not given"). */
const clearable = ['caBundle', 'locationField', 'portField', 'credentialSetField', 'credentialSetId', 'repositoryId', 'writeBackField', 'syncCron'] as const;

function verbInput<T extends CreateInventorySourceGraphQLInput | UpdateInventorySourceInput>(input: T) {
  const given = withoutNulls(input) as Record<string, unknown>;
  for (const field of clearable) if (given[field] === '') given[field] = null;
  return checkedByVerb(given as typeof input);
}

export const inventorySourceResolvers = {
  InventorySourceKind: graphqlEnum(inventorySourceKinds),
  OrphanPolicy: graphqlEnum(orphanPolicies),
  WriteBackFormat: graphqlEnum(writeBackFormats),
  InventorySyncStatus: graphqlEnum(inventorySyncStatuses),
  Query: {
    inventorySources: async (_, __, ctx) => (await listInventorySources({ ctx })).slice(0, listBounds['Query.inventorySources']),
    inventorySource: (_, { id }, ctx) => getInventorySource({ ctx, id }),
    inventorySync: (_, { id }, ctx) => getInventorySync({ ctx, id }),
    inventoryPlatformDefaults: (_, __, ctx) => {
      if (ctx.caller.kind === 'anonymous') return [];
      return Object.entries(defaultPlatformMap)
        .map(([slug, backupMethod]) => ({ slug, backupMethod }))
        .slice(0, listBounds['Query.inventoryPlatformDefaults']);
    },
  },
  Mutation: {
    createInventorySource: (_, { input }, ctx) => createInventorySource({ ctx, input: verbInput(input) as CreateInventorySourceInput }),
    updateInventorySource: (_, { id, input }, ctx) => updateInventorySource({ ctx, id, input: verbInput(input) as UpdateInventorySourceVerbInput }),
    deleteInventorySource: (_, { id }, ctx) => deleteInventorySource({ ctx, id }),
    testInventorySource: (_, { id }, ctx) => testInventorySource({ ctx, id }),
    previewInventorySync: (_, { sourceId }, ctx) => requestInventorySync({ ctx, sourceId, dryRun: true }),
    syncInventorySource: (_, { sourceId }, ctx) => requestInventorySync({ ctx, sourceId, dryRun: false }),
  },
  InventorySource: {
    credentialSet: async (source, _, ctx) => (source.credentialSetId ? ((await ctx.loaders.credentialSet(source.credentialSetId)) ?? null) : null),
    repository: async (source, _, ctx) => (source.repositoryId ? ((await ctx.loaders.repository(source.repositoryId)) ?? null) : null),
    nextSyncAt: (source) => (source.syncCron ? (nextFireTimes(source.syncCron, source.syncTimeZone, new Date(), 1)[0] ?? null) : null),
    deviceCount: async (source, _, ctx) => (await ctx.loaders.inventorySourceDeviceCount(source.id)) ?? 0,
    lastSync: (source, _, ctx) => lastInventorySync(ctx.db, source.id),
  },
  InventorySync: {
    source: async (sync, _, ctx) => (await ctx.loaders.inventorySource(sync.sourceId)) ?? null,
    counts: (sync) => sync.result?.counts ?? null,
    created: (sync) => sync.result?.created ?? [],
    updated: (sync) => sync.result?.updated ?? [],
    orphans: (sync) => sync.result?.orphans ?? [],
    conflicts: (sync) => sync.result?.conflicts ?? [],
    durationMs: (sync) => sync.result?.durationMs ?? null,
  },
  Device: {
    source: async (device, _, ctx) => {
      if (!device.sourceId) return null;
      const source = await ctx.loaders.inventorySource(device.sourceId);
      if (!source) return null;
      return { id: source.id, name: source.name, kind: source.kind, sourceDeviceId: device.sourceDeviceId ?? '', syncedFields: syncedFields(source) };
    },
  },
  Run: {
    timestampUpdate: (run) => run.timestampUpdate ?? null,
  },
} satisfies Resolvers;

