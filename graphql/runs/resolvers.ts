import { eq } from 'drizzle-orm';
import { users } from '../../db/auth/schema.ts';
import { requireRole } from '../../db/context.ts';
import { cancelRun } from '../../db/runs/cancel-run.ts';
import { getDevice } from '../../db/devices/get-device.ts';
import { getRun, listRunDevices, listRuns, type RunFilter } from '../../db/runs/list-runs.ts';
import { listRunEvents } from '../../db/runs/run-events.ts';
import type { Run, RunDevice, RunEvent } from '../../db/runs/schema.ts';
import { startRun } from '../../db/runs/start-run.ts';
import { checkId } from '../../db/validation.ts';
import type { GraphQLContext } from '../context.ts';
import { toConnection } from '../connection.ts';

interface StartRunArgs {
  deviceIds?: string[] | null;
  selection?: { all?: boolean | null; tags?: string[] | null; backupMethods?: string[] | null; location?: string | null; enabledOnly?: boolean | null } | null;
  repositoryId?: string | null;
  mode: 'sequential' | 'parallel';
  concurrency: number;
  maxAttempts: number;
}

function dropNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}

function eventView(event: RunEvent) {
  const payload = event.payload as Record<string, unknown>;
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
  RunStatus: { QUEUED: 'queued', RUNNING: 'running', FINISHING: 'finishing', SUCCEEDED: 'succeeded', PARTIAL: 'partial', FAILED: 'failed', CANCELLED: 'cancelled' },
  RunTrigger: { MANUAL: 'manual', SCHEDULE: 'schedule', API: 'api' },
  RunMode: { SEQUENTIAL: 'sequential', PARALLEL: 'parallel' },
  RunDeviceStatus: { QUEUED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded', FAILED: 'failed', CANCELLED: 'cancelled' },
  Query: {
    runs: async (_: unknown, args: { first: number; after?: string; filter?: RunFilter }, ctx: GraphQLContext) => {
      const page = await listRuns({ ctx, input: args });
      return toConnection(page);
    },
    run: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => getRun({ ctx, id }),
  },
  Mutation: {
    startRun: (_: unknown, { input }: { input: StartRunArgs }, ctx: GraphQLContext) => {
      const { deviceIds, selection, ...rest } = input;
      return startRun({
        ctx,
        input: { ...dropNulls(rest), selection: deviceIds ? { deviceIds } : dropNulls(selection ?? {}) },
      });
    },
    backupDevice: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) =>
      startRun({ ctx, input: { selection: { deviceIds: [checkId(id)] }, mode: 'sequential' } }),
    cancelRun: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => cancelRun({ ctx, id }),
  },
  Subscription: {
    runProgress: {
      subscribe: (_: unknown, args: { runId: string; afterSeq: number }, ctx: GraphQLContext) => {
        requireRole(ctx.caller, 'viewer');
        return followEvents(ctx, { runId: checkId(args.runId, 'runId'), afterSeq: args.afterSeq });
      },
      resolve: (event: unknown) => event,
    },
    runUpdates: {
      subscribe: (_: unknown, args: { afterId?: string | null }, ctx: GraphQLContext) => {
        requireRole(ctx.caller, 'viewer');
        return followEvents(ctx, { afterId: args.afterId ? Number(args.afterId) : undefined });
      },
      resolve: (event: unknown) => event,
    },
  },
  Run: {
    completed: async (run: Run, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.runCounts(run.id))?.completed ?? 0,
    succeededCount: async (run: Run, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.runCounts(run.id))?.succeeded ?? 0,
    failedCount: async (run: Run, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.runCounts(run.id))?.failed ?? 0,
    durationMs: (run: Run) => (run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null),
    requestedBy: async (run: Run, _: unknown, ctx: GraphQLContext) => {
      if (!run.requestedBy) return null;
      const [user] = await ctx.db.select().from(users).where(eq(users.id, run.requestedBy));
      return user ?? null;
    },
    repository: (run: Run, _: unknown, ctx: GraphQLContext) => (run.repositoryId ? ctx.loaders.repository(run.repositoryId) : null),
    devices: (run: Run, _: unknown, ctx: GraphQLContext) => listRunDevices({ ctx, runIds: [run.id] }),
    events: async (run: Run, { afterSeq }: { afterSeq: number }, ctx: GraphQLContext) =>
      (await listRunEvents(ctx.db, { runId: run.id, afterSeq, limit: 10_000 })).map(eventView),
  },
  RunResult: {
    repository: (result: { repository: { kind: string } | null }) => result.repository,
  },
  RunDevice: {
    device: (runDevice: RunDevice, _: unknown, ctx: GraphQLContext) => (runDevice.deviceId ? getDevice({ ctx, id: runDevice.deviceId }) : null),
    credentialSet: (runDevice: RunDevice, _: unknown, ctx: GraphQLContext) =>
      runDevice.credentialSetId ? ctx.loaders.credentialSet(runDevice.credentialSetId) : null,
  },
};
