import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { schedules } from './schema.ts';

/** Removes the schedule; the runs it started stay, no longer linked to it. */
export async function deleteSchedule({ ctx, id }: { ctx: Ctx; id: string }): Promise<boolean> {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(schedules).where(eq(schedules.id, id)).returning({ name: schedules.name, cron: schedules.cron });
    if (!row) throw new NotFoundError('Schedule', id);
    await recordAudit(tx, ctx.caller, { action: 'delete-schedule', targetType: 'schedule', targetId: id, details: row });
    return true;
  });
}
