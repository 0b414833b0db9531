import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { removeVersionFiles } from '../../storage/remove-versions.ts';
import { backups } from '../backups/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { storageConfig } from '../repositories/storage-config.ts';
import { chunks, sqlArray } from '../sql-lists.ts';
import { checkId } from '../validation.ts';
import { planRetention, type RetentionPlan } from './plan-retention.ts';

/** Ids per delete statement: one array parameter each. */
const IDS_PER_DELETE = 10_000;

export interface RetentionOutcome extends RetentionPlan {
  dryRun: boolean;
  repositoryId: string;
}

/**
 * Lists (dry run) or removes what the repository's retention policies remove at `asOf` (now by
 * default): backups rows of unchanged confirmations and, in a filesystem repository, version files
 * no backup left points at. Apply removes exactly what the dry run at the same time lists, in one
 * transaction; both are audited. Git history is never rewritten: a git repository only loses rows.
 */
export async function applyRetention({ ctx, input }: { ctx: Ctx; input: { repositoryId: string; dryRun: boolean; asOf?: Date } }): Promise<RetentionOutcome> {
  requireRole(ctx.caller, 'admin');
  checkId(input.repositoryId, 'repositoryId');
  const asOf = input.asOf ?? new Date();
  const { plan, repository } = await ctx.db.transaction(async (tx) => {
    const [repository] = await tx.select().from(repositories).where(eq(repositories.id, input.repositoryId));
    if (!repository) throw new NotFoundError('Repository', input.repositoryId);
    // Two applies to one repository at once would each remove what the other already counted.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`retention:${repository.id}`}, 0))`);
    const plan = await planRetention(tx, repository.id, asOf);
    if (!input.dryRun) {
      for (const ids of chunks(plan.removals.map((r) => r.id), IDS_PER_DELETE)) {
        await tx.delete(backups).where(sql`${backups.id} = any(${sqlArray(ids, 'uuid')})`);
      }
    }
    await recordAudit(tx, ctx.caller, {
      action: input.dryRun ? 'plan-retention' : 'apply-retention',
      targetType: 'repository',
      targetId: repository.id,
      details: { asOf: asOf.toISOString(), backups: plan.backupCount, removed: plan.removals.length, files: plan.files.length },
    });
    return { plan, repository };
  });
  if (!input.dryRun && plan.files.length > 0) {
    // After the commit: a file left behind by a failure here is only space, a file gone with its row still there would be a lost version.
    const removed = await removeVersionFiles(storageConfig(repository, ctx.keyring), plan.files);
    ctx.log.info({ repositoryId: repository.id, files: removed.length }, 'retention removed version files');
  }
  if (!input.dryRun) ctx.log.info({ repositoryId: repository.id, removed: plan.removals.length }, 'retention applied');
  return { ...plan, dryRun: input.dryRun, repositoryId: repository.id };
}
