import { asc, eq, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { retentionPolicies, type RetentionPolicy } from './schema.ts';

/** The repository's policy first, then the tags' policies by tag. */
export async function listRetentionPolicies({ ctx, repositoryId }: { ctx: Ctx; repositoryId: string }): Promise<RetentionPolicy[]> {
  requireRole(ctx.caller, 'viewer');
  checkId(repositoryId, 'repositoryId');
  return ctx.db
    .select()
    .from(retentionPolicies)
    .where(eq(retentionPolicies.repositoryId, repositoryId))
    .orderBy(sql`${retentionPolicies.deviceTag} is not null`, asc(retentionPolicies.deviceTag));
}
