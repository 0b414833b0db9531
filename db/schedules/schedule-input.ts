import { z } from 'zod';
import { runModes } from '../runs/schema.ts';
import { selectionSchema } from '../runs/types.ts';
import { DEFAULT_CONCURRENCY } from '../runs/start-run.ts';

/** `cron` and `timeZone` are checked further by checkCron and checkTimeZone. */
const fields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  cron: z.string(),
  timeZone: z.string(),
  selection: selectionSchema,
  repositoryId: z.string().uuid('is not a repository id'),
  mode: z.enum(runModes),
  concurrency: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500'),
  enabled: z.boolean(),
  resolveFromSource: z.boolean(),
};

export const createScheduleInput = z.object({
  ...fields,
  timeZone: fields.timeZone.default('UTC'),
  /** Defaults to the only repository when there is one. */
  repositoryId: fields.repositoryId.optional(),
  mode: fields.mode.default('parallel'),
  concurrency: fields.concurrency.default(DEFAULT_CONCURRENCY),
  enabled: fields.enabled.default(true),
  resolveFromSource: fields.resolveFromSource.default(false),
});
export type CreateScheduleInput = z.input<typeof createScheduleInput>;

export const updateScheduleInput = z.object(fields).partial();
export type UpdateScheduleInput = z.input<typeof updateScheduleInput>;
