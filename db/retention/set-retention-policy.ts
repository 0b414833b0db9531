import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { repositories } from '../repositories/schema.ts';
import { parseInput } from '../validation.ts';
import { retentionPolicyInput } from './retention-policy-input.ts';
import { retentionPolicies, type RetentionPolicy } from './schema.ts';

/** Creates or replaces the policy of a repository (or of one device tag in it). */
export async function setRetentionPolicy({ ctx, input }: { ctx: Ctx; input: z.input<typeof retentionPolicyInput> }): Promise<RetentionPolicy> {
  requireRole(ctx.caller, 'admin');
  const data = parseInput(retentionPolicyInput, input);
  return ctx.db.transaction(async (tx) => {
    const [repository] = await tx.select({ id: repositories.id }).from(repositories).where(eq(repositories.id, data.repositoryId));
    if (!repository) throw new NotFoundError('Repository', data.repositoryId);
    const periods = {
      keepAllDays: data.keepAllDays,
      keepDailyDays: data.keepDailyDays,
      keepWeeklyWeeks: data.keepWeeklyWeeks,
      keepMonthlyMonths: data.keepMonthlyMonths,
      enabled: data.enabled ?? true,
    };
    const [row] = await tx
      .insert(retentionPolicies)
      .values({ repositoryId: data.repositoryId, deviceTag: data.deviceTag ?? null, ...periods })
      .onConflictDoUpdate({ target: [retentionPolicies.repositoryId, retentionPolicies.deviceTag], set: { ...periods, updatedAt: new Date() } })
      .returning();
    await recordAudit(tx, ctx.caller, { action: 'set-retention-policy', targetType: 'repository', targetId: data.repositoryId, details: { deviceTag: row.deviceTag, ...periods } });
    return row;
  });
}
