import { count, inArray } from 'drizzle-orm';
import { listCredentialSets } from '../db/credential-sets/list-credential-sets.ts';
import type { CredentialSetView } from '../db/credential-sets/view.ts';
import type { Ctx } from '../db/context.ts';
import { deviceCredentialSets, devices } from '../db/devices/schema.ts';
import { countRunDevices } from '../db/runs/list-runs.ts';
import { listRepositories } from '../db/repositories/list-repositories.ts';
import type { RepositoryView } from '../db/repositories/view.ts';

/** Collects the keys asked for in one tick and loads them with one query. */
function batchLoader<V>(load: (keys: readonly string[]) => Promise<Map<string, V>>) {
  let pending: { keys: Set<string>; promise: Promise<Map<string, V>> } | null = null;
  return (key: string): Promise<V | undefined> => {
    if (!pending) {
      const batch = { keys: new Set<string>(), promise: null as unknown as Promise<Map<string, V>> };
      batch.promise = new Promise((resolve) => setImmediate(resolve)).then(() => {
        pending = null;
        return load([...batch.keys]);
      });
      pending = batch;
    }
    pending.keys.add(key);
    return pending.promise.then((map) => map.get(key));
  };
}

export function createLoaders(ctx: Ctx) {
  return {
    credentialSet: batchLoader<CredentialSetView>(async (ids) => {
      const rows = await listCredentialSets({ ctx, input: { ids } });
      return new Map(rows.map((r) => [r.id, r]));
    }),
    repository: batchLoader<RepositoryView>(async (ids) => {
      const rows = await listRepositories({ ctx, input: { ids } });
      return new Map(rows.map((r) => [r.id, r]));
    }),
    credentialSetDeviceCount: batchLoader<number>(async (ids) => {
      const rows = await ctx.db
        .select({ id: deviceCredentialSets.credentialSetId, total: count() })
        .from(deviceCredentialSets)
        .where(inArray(deviceCredentialSets.credentialSetId, [...ids]))
        .groupBy(deviceCredentialSets.credentialSetId);
      return new Map(rows.map((r) => [r.id, r.total]));
    }),
    runCounts: batchLoader<{ completed: number; succeeded: number; failed: number }>(async (ids) => {
      const rows = await countRunDevices({ ctx, runIds: ids });
      return new Map(rows.map((r) => [r.runId, r]));
    }),
    repositoryDeviceCount: batchLoader<number>(async (ids) => {
      const rows = await ctx.db
        .select({ id: devices.repositoryId, total: count() })
        .from(devices)
        .where(inArray(devices.repositoryId, [...ids]))
        .groupBy(devices.repositoryId);
      return new Map(rows.map((r) => [r.id as string, r.total]));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
