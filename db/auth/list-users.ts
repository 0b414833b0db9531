import { asc } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { users } from './schema.ts';

export async function listUsers({ ctx }: { ctx: Ctx }) {
  requireRole(ctx.caller, 'admin');
  return ctx.db.select().from(users).orderBy(asc(users.username));
}
