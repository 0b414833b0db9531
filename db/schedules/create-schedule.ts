import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { checkScheduleRepository } from './check-repository.ts';
import { checkCron, checkTimeZone } from './cron.ts';
import { createScheduleInput, type CreateScheduleInput } from './schedule-input.ts';
import { schedules, type Schedule } from './schema.ts';

/** A new schedule fires from its first slot after now: never for a slot before it existed. */
export async function createSchedule({ ctx, input }: { ctx: Ctx; input: CreateScheduleInput }): Promise<Schedule> {
  requireRole(ctx.caller, 'operator');
  const data = parseInput(createScheduleInput, input);
  const cron = checkCron(data.cron);
  const timeZone = checkTimeZone(data.timeZone);
  try {
    return await ctx.db.transaction(async (tx) => {
      const repositoryId = await checkScheduleRepository(tx, data.repositoryId);
      const [schedule] = await tx
        .insert(schedules)
        .values({ ...data, cron, timeZone, repositoryId })
        .returning();
      await recordAudit(tx, ctx.caller, {
        action: 'create-schedule',
        targetType: 'schedule',
        targetId: schedule.id,
        details: { name: schedule.name, cron, timeZone, selection: data.selection, enabled: schedule.enabled },
      });
      return schedule;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: a schedule named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
