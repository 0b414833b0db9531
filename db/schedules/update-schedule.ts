import { eq } from 'drizzle-orm';
import { changedFields } from '../audit/changed-fields.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { checkId, isUniqueViolation, parseInput } from '../validation.ts';
import { checkScheduleRepository } from './check-repository.ts';
import { checkCron, checkTimeZone, currentSlot } from './cron.ts';
import { updateScheduleInput, type UpdateScheduleInput } from './schedule-input.ts';
import { schedules, type Schedule } from './schema.ts';

export async function updateSchedule({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateScheduleInput }): Promise<Schedule> {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  const data = parseInput(updateScheduleInput, input);
  const changes: Partial<typeof schedules.$inferInsert> = { ...data };
  if (data.cron !== undefined) changes.cron = checkCron(data.cron);
  if (data.timeZone !== undefined) changes.timeZone = checkTimeZone(data.timeZone);
  try {
    return await ctx.db.transaction(async (tx) => {
      // The row lock orders this change with a tick claiming a slot of the same schedule.
      const [current] = await tx.select().from(schedules).where(eq(schedules.id, id)).for('update');
      if (!current) throw new NotFoundError('Schedule', id);
      if (data.repositoryId) await checkScheduleRepository(tx, data.repositoryId);
      const cron = changes.cron ?? current.cron;
      const timeZone = changes.timeZone ?? current.timeZone;
      const enabled = changes.enabled ?? current.enabled;
      // New times, or switching back on, start from the next slot: the one that just passed was
      // not due under the old settings and is marked as passed rather than started late.
      if (cron !== current.cron || timeZone !== current.timeZone || (enabled && !current.enabled)) {
        const slot = currentSlot(cron, timeZone, new Date());
        if (slot && (!current.lastSlotAt || slot > current.lastSlotAt)) changes.lastSlotAt = slot;
      }
      const [schedule] = await tx
        .update(schedules)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(schedules.id, id))
        .returning();
      await recordAudit(tx, ctx.caller, { action: 'update-schedule', targetType: 'schedule', targetId: id, details: { changed: changedFields(current, data) } });
      return schedule;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: a schedule named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
