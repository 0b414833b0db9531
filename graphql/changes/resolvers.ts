import { changeKinds } from '../../db/changes/change-kinds.ts';
import { listChanges, type ChangeFilter, type ChangeView } from '../../db/changes/list-changes.ts';
import { listDeviceVersions } from '../../db/changes/list-versions.ts';
import { requireRole } from '../../db/context.ts';
import { MAX_PAGE } from '../../db/pagination.ts';
import type { GraphQLContext } from '../context.ts';
import { selectsField, toConnection } from '../connection.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** The changes each run that ends from now on stored, as its backups are recorded, that match the filter. */
async function* followChanges(ctx: GraphQLContext, filter: ChangeFilter): AsyncGenerator<ChangeView> {
  const stop = new AbortController();
  try {
    for await (const runId of ctx.changes.followEndedRuns(stop.signal)) {
      if (filter.runId && filter.runId !== runId) continue;
      let after: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listChanges>> = await listChanges({ ctx, input: { first: MAX_PAGE, after, filter: { ...filter, runId }, countTotal: false } });
        // Oldest first, as they would have arrived one by one.
        for (const edge of [...page.edges].reverse()) yield edge.node;
        after = page.hasNextPage ? (page.edges.at(-1)?.cursor ?? null) : null;
      } while (after);
    }
  } finally {
    stop.abort();
  }
}

export const changeResolvers = {
  ChangeKind: graphqlEnum(changeKinds),
  Query: {
    changes: async (_, args, ctx, info) => toConnection(await listChanges({ ctx, input: { ...args, countTotal: selectsField(info, 'totalCount') } })),
  },
  Subscription: {
    changesAdded: {
      subscribe: (_, args, ctx) => {
        requireRole(ctx.caller, 'viewer');
        return followChanges(ctx, args.filter ?? {});
      },
      resolve: (change: ChangeView) => change,
    },
  },
  Device: {
    versions: async (device, args, ctx) => toConnection(await listDeviceVersions({ ctx, deviceId: device.id, input: args })),
  },
  Run: {
    changedArtifacts: async (run, _, ctx) => (await ctx.loaders.runChangeCounts(run.id))?.changed ?? 0,
    initialArtifacts: async (run, _, ctx) => (await ctx.loaders.runChangeCounts(run.id))?.initial ?? 0,
  },
  Change: {
    id: (change) => change.backup.id,
    device: async (change, _, ctx) => (await ctx.loaders.device(change.backup.deviceId)) ?? null,
    run: async (change, _, ctx) => (change.backup.runId ? ((await ctx.loaders.run(change.backup.runId)) ?? null) : null),
    artifact: (change) => change.backup.artifact,
    change: (change) => (change.previous ? 'changed' : 'initial'),
    at: (change) => change.backup.createdAt,
    addedLines: (change) => change.backup.addedLines,
    removedLines: (change) => change.backup.removedLines,
  },
  Version: {
    id: (version) => version.backup.id,
    artifact: (version) => version.backup.artifact,
    change: (version) => (version.initial ? 'initial' : 'changed'),
    addedLines: (version) => version.backup.addedLines,
    removedLines: (version) => version.backup.removedLines,
  },
} satisfies Resolvers;
