import { countSelectionDevices } from '../../db/runs/count-selection-devices.ts';
import { createSchedule } from '../../db/schedules/create-schedule.ts';
import { nextFireTimes } from '../../db/schedules/cron.ts';
import { deleteSchedule } from '../../db/schedules/delete-schedule.ts';
import { describeCron } from '../../db/schedules/describe-cron.ts';
import { getSchedule } from '../../db/schedules/get-schedule.ts';
import { listSchedules } from '../../db/schedules/list-schedules.ts';
import { checkCount, previewSchedule } from '../../db/schedules/preview-schedule.ts';
import { updateSchedule } from '../../db/schedules/update-schedule.ts';
import { ValidationError } from '../../infra/errors.ts';
import type { CreateScheduleInput, Resolvers, UpdateScheduleInput } from '../generated/resolvers.ts';
import { withoutNulls } from '../input.ts';
import { listBounds } from '../limits.ts';

/** deviceIds and selection are two ways to say one thing: the verbs take a single selection. */
function toVerbInput<T extends CreateScheduleInput | UpdateScheduleInput>({ deviceIds, selection, ...rest }: T) {
  if (deviceIds && selection) throw new ValidationError('selection: give deviceIds or selection, not both', { field: 'selection' });
  const chosen = deviceIds ? { deviceIds } : selection ? withoutNulls(selection) : undefined;
  return { ...withoutNulls(rest), ...(chosen ? { selection: chosen } : {}) };
}

export const scheduleResolvers = {
  Query: {
    schedules: async (_, __, ctx) => (await listSchedules({ ctx })).slice(0, listBounds['Query.schedules']),
    schedule: (_, { id }, ctx) => getSchedule({ ctx, id }),
    previewSchedule: (_, input, ctx) => previewSchedule({ ctx, input }),
  },
  Mutation: {
    createSchedule: (_, { input }, ctx) => {
      const { selection, ...rest } = toVerbInput(input);
      // Undefined when neither deviceIds nor selection is given: the verb refuses it, field `selection`.
      return createSchedule({ ctx, input: { ...rest, selection: selection! } });
    },
    updateSchedule: (_, { id, input }, ctx) => updateSchedule({ ctx, id, input: toVerbInput(input) }),
    deleteSchedule: (_, { id }, ctx) => deleteSchedule({ ctx, id }),
  },
  Schedule: {
    description: (schedule) => describeCron(schedule.cron),
    deviceCount: (schedule, _, ctx) => countSelectionDevices({ ctx, input: { selection: schedule.selection } }),
    nextRuns: (schedule, { count }) => (schedule.enabled ? nextFireTimes(schedule.cron, schedule.timeZone, new Date(), checkCount(count)) : []),
    repository: (schedule, _, ctx) => (schedule.repositoryId ? ctx.loaders.repository(schedule.repositoryId) : null),
    lastRun: async (schedule, _, ctx) => (await ctx.loaders.lastRunOfSchedule(schedule.id)) ?? null,
  },
} satisfies Resolvers;
