import type { Ctx } from '../../db/context.ts';
import { getDashboard } from '../../db/dashboard/get-dashboard.ts';
import { listLastChangedAt } from '../../db/dashboard/list-last-changed-at.ts';
import { listMostChangedDevices } from '../../db/dashboard/list-most-changed-devices.ts';
import { listWindow } from '../../db/pagination.ts';
import type { GraphQLContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Collects the keys asked for in one tick of one request and loads them together. */
function perRequestLoader<V>(load: (ctx: Ctx, keys: readonly string[]) => Promise<Map<string, V>>) {
  const pendingByContext = new WeakMap<object, { keys: Set<string>; promise: Promise<Map<string, V>> }>();
  return (ctx: GraphQLContext, key: string): Promise<V | undefined> => {
    let batch = pendingByContext.get(ctx);
    if (!batch) {
      const keys = new Set<string>();
      const promise = new Promise((resolve) => setImmediate(resolve)).then(() => {
        pendingByContext.delete(ctx);
        return load(ctx, [...keys]);
      });
      batch = { keys, promise };
      pendingByContext.set(ctx, batch);
    }
    batch.keys.add(key);
    return batch.promise.then((map) => map.get(key));
  };
}

const lastChangedAt = perRequestLoader((ctx, deviceIds) => listLastChangedAt({ ctx, input: { deviceIds } }));

export const dashboardResolvers = {
  Query: {
    dashboard: (_, { staleHours }, ctx) => getDashboard({ ctx, input: { staleHours } }),
  },
  Dashboard: {
    mostChangedDevices: (_dashboard, { first }, ctx) =>
      listMostChangedDevices({ ctx, input: { since: new Date(Date.now() - 30 * DAY_MS), first } }),
  },
  DailySuccess: {
    rate: (day) => (day.succeeded + day.failed === 0 ? null : day.succeeded / (day.succeeded + day.failed)),
  },
  Device: {
    lastChangedAt: async (device, _, ctx) => (await lastChangedAt(ctx, device.id)) ?? null,
  },
  CredentialSet: {
    devices: async (set, args, ctx) => (await ctx.loaders.credentialSetDevices(set.id, listWindow(args, 100))) ?? [],
  },
} satisfies Resolvers;
