import { requireRole } from '../../db/context.ts';
import { cancelRun } from '../../db/runs/cancel-run.ts';
import { countSelectionDevices } from '../../db/runs/count-selection-devices.ts';
import { retryStore } from '../../db/runs/retry-store.ts';
import { retryFailedDevices } from '../../db/runs/retry-failed-devices.ts';
import { runModes } from '../../db/runs/modes.ts';
import { listWindow } from '../../db/pagination.ts';
import { getRun, listRuns } from '../../db/runs/list-runs.ts';
import { runDeviceStatuses, runStatuses, runTriggers, type RunEvent as RunEventRow } from '../../db/runs/schema.ts';
import { startRun } from '../../db/runs/start-run.ts';
import { checkId } from '../../db/validation.ts';
import type { GraphQLContext } from '../context.ts';
import { toConnection } from '../connection.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers, RunEvent } from '../generated/resolvers.ts';
import { withoutNulls } from '../input.ts';
import { listBounds, pageMaximums } from '../limits.ts';

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
    selectionDeviceCount: (_, { selection }, ctx) => countSelectionDevices({ ctx, input: { selection: withoutNulls(selection) } }),
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
    retryStore: (_, { runId }, ctx) => retryStore({ ctx, runId }),
    retryFailedDevices: (_, { runId }, ctx) => retryFailedDevices({ ctx, runId }),
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
    notStoredCount: async (run, _, ctx) => (await ctx.loaders.runCounts(run.id))?.collected ?? 0,
    durationMs: (run) => (run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null),
    requestedBy: async (run, _, ctx) => (run.requestedBy ? ((await ctx.loaders.user(run.requestedBy)) ?? null) : null),
    repository: (run, _, ctx) => (run.repositoryId ? ctx.loaders.repository(run.repositoryId) : null),
    devices: async (run, { deviceIds, status, failedFirst, ...page }, ctx) =>
      (await ctx.loaders.runDevices(run.id, { ...listWindow(page, 500), deviceIds, statuses: status, failedFirst })) ?? [],
    schedule: async (run, _, ctx) => (run.scheduleId ? ((await ctx.loaders.schedule(run.scheduleId)) ?? null) : null),
    events: async (run, { afterSeq, first }, ctx) => {
      const most = pageMaximums['Run.events'];
      const page = { afterSeq: afterSeq ?? 0, first: listWindow({ first }, most, most).first };
      return ((await ctx.loaders.runEvents(run.id, page)) ?? []).map(eventView);
    },
  },
  RunResult: {
    repository: (result) => result.repository,
    failedDevices: (result) => result.failedDevices.slice(0, listBounds['RunResult.failedDevices']),
    credentialInfo: (result) => result.credentialInfo.slice(0, listBounds['RunResult.credentialInfo']),
  },
  RunDevice: {
    device: async (runDevice, _, ctx) => (runDevice.deviceId ? ((await ctx.loaders.device(runDevice.deviceId)) ?? null) : null),
    stages: (runDevice) => runDevice.stages.slice(-listBounds['RunDevice.stages']),
    credentialSet: (runDevice, _, ctx) =>
      runDevice.credentialSetId ? ctx.loaders.credentialSet(runDevice.credentialSetId) : null,
  },
} satisfies Resolvers;
