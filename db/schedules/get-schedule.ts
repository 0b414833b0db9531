import { eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { schedules, type Schedule } from './schema.ts';

export async function getSchedule({ ctx, id }: { ctx: Ctx; id: string }): Promise<Schedule | null> {
  requireRole(ctx.caller, 'viewer');
  checkId(id);
  const [schedule] = await ctx.db.select().from(schedules).where(eq(schedules.id, id));
  return schedule ?? null;
}
