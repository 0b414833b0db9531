import { Kind, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { Ctx } from '../../db/context.ts';
import { getDashboard, type Dashboard } from '../../db/dashboard/get-dashboard.ts';
import { listLastChangedAt } from '../../db/dashboard/list-last-changed-at.ts';
import { listMostChangedDevices, type DeviceChanges } from '../../db/dashboard/list-most-changed-devices.ts';
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

const mostChangedSince = () => new Date(Date.now() - 30 * DAY_MS);

/**
 * The arguments of a `mostChangedDevices` selected right under this `dashboard` field, or
 * undefined when the query does not select it there (or only in a fragment).
 */
function selectedMostChanged(info: GraphQLResolveInfo): { first?: number | null } | undefined {
  const field = (info.schema.getType('Dashboard') as GraphQLObjectType).getFields().mostChangedDevices;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== 'mostChangedDevices' || selection.directives?.length) continue;
      return getArgumentValues(field, selection, info.variableValues) as { first?: number | null };
    }
  }
  return undefined;
}

/**
 * Most changed devices read at the same time as the dashboard's counts instead of after them, by
 * the dashboard they were read for. A read that failed is not kept: the field reads again, so its
 * error lands on the field as before.
 */
const prefetchedMostChanged = new WeakMap<Dashboard, { first?: number | null; rows: DeviceChanges[] }>();

export const dashboardResolvers = {
  Query: {
    dashboard: async (_, { staleHours }, ctx, info) => {
      const selected = selectedMostChanged(info);
      if (!selected) return getDashboard({ ctx, input: { staleHours } });
      const { first } = selected;
      const [dashboard, rows] = await Promise.all([
        getDashboard({ ctx, input: { staleHours } }),
        listMostChangedDevices({ ctx, input: { since: mostChangedSince(), first } }).catch(() => undefined),
      ]);
      if (rows) prefetchedMostChanged.set(dashboard, { first, rows });
      return dashboard;
    },
  },
  Dashboard: {
    mostChangedDevices: (dashboard, { first }, ctx) => {
      const prefetched = prefetchedMostChanged.get(dashboard);
      if (prefetched && prefetched.first === first) return prefetched.rows;
      return listMostChangedDevices({ ctx, input: { since: mostChangedSince(), first } });
    },
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
