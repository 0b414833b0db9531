import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { checkCron, checkTimeZone, nextFireTimes } from './cron.ts';
import { describeCron } from './describe-cron.ts';

export const MAX_NEXT_RUNS = 100;

export function checkCount(count: number, field = 'count'): number {
  if (!Number.isInteger(count) || count < 0 || count > MAX_NEXT_RUNS) {
    throw new ValidationError(`${field}: must be between 0 and ${MAX_NEXT_RUNS}`, { field });
  }
  return count;
}

/** What a cron expression means, before it is saved: in words and as the next fire times. */
export function previewSchedule({ ctx, input }: { ctx: Ctx; input: { cron: string; timeZone: string; count: number; now?: Date } }) {
  requireRole(ctx.caller, 'viewer');
  const cron = checkCron(input.cron);
  const timeZone = checkTimeZone(input.timeZone);
  const count = checkCount(input.count);
  return { cron, timeZone, description: describeCron(cron), nextRuns: nextFireTimes(cron, timeZone, input.now ?? new Date(), count) };
}
