import { createSchedule } from '../../db/schedules/create-schedule.ts';
import { nextFireTimes } from '../../db/schedules/cron.ts';
import { deleteSchedule } from '../../db/schedules/delete-schedule.ts';
import { describeCron } from '../../db/schedules/describe-cron.ts';
import { getLastRun } from '../../db/schedules/get-last-run.ts';
import { getSchedule } from '../../db/schedules/get-schedule.ts';
import { listSchedules } from '../../db/schedules/list-schedules.ts';
import { checkCount, previewSchedule } from '../../db/schedules/preview-schedule.ts';
import type { CreateScheduleInput, UpdateScheduleInput } from '../../db/schedules/schedule-input.ts';
import type { Schedule } from '../../db/schedules/schema.ts';
import { updateSchedule } from '../../db/schedules/update-schedule.ts';
import { ValidationError } from '../../infra/errors.ts';
import type { GraphQLContext } from '../context.ts';

interface ScheduleArgs {
  name?: string | null;
  cron?: string | null;
  timeZone?: string | null;
  deviceIds?: string[] | null;
  selection?: { all?: boolean | null; tags?: string[] | null; backupMethods?: string[] | null; location?: string | null; enabledOnly?: boolean | null } | null;
  repositoryId?: string | null;
  mode?: 'sequential' | 'parallel' | null;
  concurrency?: number | null;
  enabled?: boolean | null;
}

function dropNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}

/** deviceIds and selection are two ways to say one thing: the verbs take a single selection. */
function toVerbInput({ deviceIds, selection, ...rest }: ScheduleArgs) {
  if (deviceIds && selection) throw new ValidationError('selection: give deviceIds or selection, not both', { field: 'selection' });
  const chosen = deviceIds ? { deviceIds } : selection ? dropNulls(selection) : undefined;
  return { ...dropNulls(rest), ...(chosen ? { selection: chosen } : {}) };
}

export const scheduleResolvers = {
  Query: {
    schedules: (_: unknown, __: unknown, ctx: GraphQLContext) => listSchedules({ ctx }),
    schedule: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => getSchedule({ ctx, id }),
    previewSchedule: (_: unknown, input: { cron: string; timeZone: string; count: number }, ctx: GraphQLContext) => previewSchedule({ ctx, input }),
  },
  Mutation: {
    createSchedule: (_: unknown, { input }: { input: ScheduleArgs }, ctx: GraphQLContext) =>
      createSchedule({ ctx, input: toVerbInput(input) as CreateScheduleInput }),
    updateSchedule: (_: unknown, { id, input }: { id: string; input: ScheduleArgs }, ctx: GraphQLContext) =>
      updateSchedule({ ctx, id, input: toVerbInput(input) as UpdateScheduleInput }),
    deleteSchedule: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => deleteSchedule({ ctx, id }),
  },
  Schedule: {
    description: (schedule: Schedule) => describeCron(schedule.cron),
    nextRuns: (schedule: Schedule, { count }: { count: number }) =>
      schedule.enabled ? nextFireTimes(schedule.cron, schedule.timeZone, new Date(), checkCount(count)) : [],
    repository: (schedule: Schedule, _: unknown, ctx: GraphQLContext) => (schedule.repositoryId ? ctx.loaders.repository(schedule.repositoryId) : null),
    lastRun: (schedule: Schedule, _: unknown, ctx: GraphQLContext) => getLastRun({ ctx, scheduleId: schedule.id }),
  },
};
