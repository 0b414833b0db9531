import { eq } from 'drizzle-orm';
import { users } from '../../db/auth/schema.ts';
import { requireRole } from '../../db/context.ts';
import { cancelRun } from '../../db/runs/cancel-run.ts';
import { getDevice } from '../../db/devices/get-device.ts';
import { runModes } from '../../db/runs/modes.ts';
import { getRun, listRunDevices, listRuns } from '../../db/runs/list-runs.ts';
import { listRunEvents } from '../../db/runs/run-events.ts';
import { runDeviceStatuses, runStatuses, runTriggers, type RunEvent as RunEventRow } from '../../db/runs/schema.ts';
import { startRun } from '../../db/runs/start-run.ts';
import { checkId } from '../../db/validation.ts';
import type { GraphQLContext } from '../context.ts';
import { toConnection } from '../connection.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers, RunEvent } from '../generated/resolvers.ts';
import { withoutNulls } from '../input.ts';

function eventView(event: RunEventRow): RunEvent {
  const payload = event.payload;
  return {
    id: String(event.id),
    runId: event.runId,
    seq: event.seq,
    type: event.type,
    at: event.createdAt,
    current: Number(payload.current ?? 0),
    total: Number(payload.total ?? 0),
    message: String(payload.message ?? ''),
    deviceId: payload.deviceId ?? null,
    deviceName: payload.deviceName ?? null,
    status: payload.status ?? null,
    code: payload.code ?? null,
    payload,
  };
}

async function* followEvents(ctx: GraphQLContext, filter: { runId?: string; afterSeq?: number; afterId?: number }) {
  const stop = new AbortController();
  try {
    for await (const event of ctx.runEvents.follow(filter, stop.signal)) yield eventView(event);
  } finally {
    stop.abort();
  }
}

export const runResolvers = {
  RunStatus: graphqlEnum(runStatuses),
  RunTrigger: graphqlEnum(runTriggers),
  RunMode: graphqlEnum(runModes),
  RunDeviceStatus: graphqlEnum(runDeviceStatuses),
  Query: {
    runs: async (_, args, ctx) => {
      const page = await listRuns({ ctx, input: args });
      return toConnection(page);
    },
    run: (_, { id }, ctx) => getRun({ ctx, id }),
  },
  Mutation: {
    startRun: (_, { input }, ctx) => {
      const { deviceIds, selection, ...rest } = input;
      return startRun({
        ctx,
        input: { ...withoutNulls(rest), selection: deviceIds ? { deviceIds } : withoutNulls(selection ?? {}) },
      });
    },
    backupDevice: (_, { id }, ctx) => startRun({ ctx, input: { selection: { deviceIds: [checkId(id)] }, mode: 'sequential' } }),
    cancelRun: (_, { id }, ctx) => cancelRun({ ctx, id }),
  },
  Subscription: {
    runProgress: {
      subscribe: (_, args, ctx) => {
        requireRole(ctx.caller, 'viewer');
        return followEvents(ctx, { runId: checkId(args.runId, 'runId'), afterSeq: args.afterSeq });
      },
      resolve: (event: RunEvent) => event,
    },
    runUpdates: {
      subscribe: (_, args, ctx) => {
        requireRole(ctx.caller, 'viewer');
        return followEvents(ctx, { afterId: args.afterId ? Number(args.afterId) : undefined });
      },
      resolve: (event: RunEvent) => event,
    },
  },
  Run: {
    completed: async (run, _, ctx) => (await ctx.loaders.runCounts(run.id))?.completed ?? 0,
    succeededCount: async (run, _, ctx) => (await ctx.loaders.runCounts(run.id))?.succeeded ?? 0,
    failedCount: async (run, _, ctx) => (await ctx.loaders.runCounts(run.id))?.failed ?? 0,
    durationMs: (run) => (run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null),
    requestedBy: async (run, _, ctx) => {
      if (!run.requestedBy) return null;
      const [user] = await ctx.db.select().from(users).where(eq(users.id, run.requestedBy));
      return user ?? null;
    },
    repository: (run, _, ctx) => (run.repositoryId ? ctx.loaders.repository(run.repositoryId) : null),
    devices: (run, _, ctx) => listRunDevices({ ctx, runIds: [run.id] }),
    events: async (run, { afterSeq }, ctx) =>
      (await listRunEvents(ctx.db, { runId: run.id, afterSeq, limit: 10_000 })).map(eventView),
  },
  RunResult: {
    repository: (result) => result.repository,
  },
  RunDevice: {
    device: (runDevice, _, ctx) => (runDevice.deviceId ? getDevice({ ctx, id: runDevice.deviceId }) : null),
    credentialSet: (runDevice, _, ctx) =>
      runDevice.credentialSetId ? ctx.loaders.credentialSet(runDevice.credentialSetId) : null,
  },
} satisfies Resolvers;
