import { desc } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { apiTokens } from './schema.ts';

export async function listApiTokens({ ctx }: { ctx: Ctx }) {
  requireRole(ctx.caller, 'admin');
  return ctx.db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
}
