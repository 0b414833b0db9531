import { count, inArray } from 'drizzle-orm';
import { users, type User } from '../db/auth/schema.ts';
import { listCredentialSetDevices } from '../db/dashboard/list-credential-set-devices.ts';
import { getDevices } from '../db/devices/get-devices.ts';
import type { DeviceView } from '../db/devices/view.ts';
import { getRuns } from '../db/runs/get-runs.ts';
import { listRunDevicePages } from '../db/runs/list-run-device-pages.ts';
import { listRunEventPages } from '../db/runs/list-run-event-pages.ts';
import type { Run, RunDevice, RunEvent } from '../db/runs/schema.ts';
import { listLastRuns } from '../db/schedules/list-last-runs.ts';
import { getSchedules } from '../db/schedules/get-schedules.ts';
import type { Schedule } from '../db/schedules/schema.ts';
import { listCredentialSets } from '../db/credential-sets/list-credential-sets.ts';
import type { CredentialSetView } from '../db/credential-sets/view.ts';
import type { Ctx } from '../db/context.ts';
import { deviceCredentialSets, devices } from '../db/devices/schema.ts';
import { countRunDevices } from '../db/runs/list-runs.ts';
import { countRunChanges, type RunChangeCounts } from '../db/changes/count-run-changes.ts';
import { listInitialBackups } from '../db/changes/list-initial-backups.ts';
import { listRepositories } from '../db/repositories/list-repositories.ts';
import type { RepositoryView } from '../db/repositories/view.ts';
import { countEffectiveDevices, getDefaultRepositoryId } from '../db/repositories/effective-repository.ts';
import { countDevicesByBackupMethod } from '../db/devices/count-by-backup-method.ts';
import { countSourceDevices, getInventorySources } from '../db/inventory-sources/list-inventory-sources.ts';
import type { InventorySourceView } from '../db/inventory-sources/view.ts';

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

/** A batchLoader per distinct page: siblings that ask for the same page of their lists share one query. */
function pagedBatchLoader<P, V>(load: (keys: readonly string[], page: P) => Promise<Map<string, V>>) {
  const byPage = new Map<string, (key: string) => Promise<V | undefined>>();
  return (key: string, page: P): Promise<V | undefined> => {
    const id = JSON.stringify(page);
    let loader = byPage.get(id);
    if (!loader) {
      loader = batchLoader<V>((keys) => load(keys, page));
      byPage.set(id, loader);
    }
    return loader(key);
  };
}

export function createLoaders(ctx: Ctx) {
  return {
    device: batchLoader<DeviceView>((ids) => getDevices({ ctx, ids })),
    run: batchLoader<Run>((ids) => getRuns({ ctx, ids })),
    /** Users by id, for names shown beside runs and tokens (no role needed: see Run.requestedBy). */
    user: batchLoader<User>(async (ids) => {
      const rows = await ctx.db.select().from(users).where(inArray(users.id, [...ids]));
      return new Map(rows.map((u) => [u.id, u]));
    }),
    lastRunOfSchedule: batchLoader<Run>((scheduleIds) => listLastRuns({ ctx, scheduleIds })),
    schedule: batchLoader<Schedule>((ids) => getSchedules({ ctx, ids })),
    runDevices: pagedBatchLoader<
      { first: number; offset: number; deviceIds?: readonly string[] | null; statuses?: readonly RunDevice['status'][] | null; failedFirst?: boolean | null },
      RunDevice[]
    >((runIds, page) =>
      listRunDevicePages({ ctx, input: { runIds, ...page } }),
    ),
    runEvents: pagedBatchLoader<{ afterSeq: number; first: number }, RunEvent[]>((runIds, page) => listRunEventPages({ ctx, input: { runIds, ...page } })),
    credentialSetDevices: pagedBatchLoader<{ first: number; offset: number }, DeviceView[]>((credentialSetIds, page) =>
      listCredentialSetDevices({ ctx, input: { credentialSetIds, ...page } }),
    ),
    credentialSet: batchLoader<CredentialSetView>(async (ids) => {
      const rows = await listCredentialSets({ ctx, input: { ids } });
      return new Map(rows.map((r) => [r.id, r]));
    }),
    inventorySource: batchLoader<InventorySourceView>((ids) => getInventorySources({ ctx, ids })),
    inventorySourceDeviceCount: batchLoader<number>((ids) => countSourceDevices({ ctx, ids })),
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
    runCounts: batchLoader<{ completed: number; succeeded: number; failed: number; collected: number }>(async (ids) => {
      const rows = await countRunDevices({ ctx, runIds: ids });
      return new Map(rows.map((r) => [r.runId, r]));
    }),
    runChangeCounts: batchLoader<RunChangeCounts>((runIds) => countRunChanges({ ctx, runIds })),
    backupInitial: batchLoader<boolean>((ids) => listInitialBackups({ ctx, ids })),
    repositoryDeviceCount: batchLoader<number>(async (ids) => {
      const rows = await ctx.db
        .select({ id: devices.repositoryId, total: count() })
        .from(devices)
        .where(inArray(devices.repositoryId, [...ids]))
        .groupBy(devices.repositoryId);
      return new Map(rows.map((r) => [r.id as string, r.total]));
    }),
    /** Once per request: a page of devices or the repository list asks many times. */
    defaultRepositoryId: once(() => getDefaultRepositoryId({ ctx })),
    effectiveDeviceCounts: once(() => countEffectiveDevices({ ctx })),
    deviceCountsByBackupMethod: once(() => countDevicesByBackupMethod({ ctx })),
  };
}

/** The first call's promise, shared by every later call. */
function once<V>(load: () => Promise<V>): () => Promise<V> {
  let promise: Promise<V> | null = null;
  return () => (promise ??= load());
}

export type Loaders = ReturnType<typeof createLoaders>;
