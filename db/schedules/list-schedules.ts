import { asc } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { schedules, type Schedule } from './schema.ts';

export async function listSchedules({ ctx }: { ctx: Ctx }): Promise<Schedule[]> {
  requireRole(ctx.caller, 'viewer');
  return ctx.db.select().from(schedules).orderBy(asc(schedules.name));
}
