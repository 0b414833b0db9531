import type { Task } from 'graphile-worker';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../db/context.ts';
import { applyRetention } from '../../db/retention/apply-retention.ts';
import { retentionPolicies } from '../../db/retention/schema.ts';
import type { WorkerDeps } from '../deps.ts';

/** Daily from the crontab: applies the retention policies of every repository that has one enabled. */
export const applyRetentionTask =
  (deps: WorkerDeps): Task<'apply-retention'> =>
  async (_payload, helpers) => {
    const ctx: Ctx = {
      db: deps.db,
      caller: { kind: 'system', name: 'retention' },
      keyring: deps.keyring,
      log: deps.log.child({ task: 'apply-retention', jobId: helpers.job.id }),
      settings: { dataDir: deps.dataDir },
    };
    const rows = await deps.db.selectDistinct({ repositoryId: retentionPolicies.repositoryId }).from(retentionPolicies).where(eq(retentionPolicies.enabled, true));
    for (const { repositoryId } of rows) {
      const outcome = await applyRetention({ ctx, input: { repositoryId, dryRun: false } });
      helpers.logger.info(`retention removed ${outcome.removals.length} of ${outcome.backupCount} backups of repository ${repositoryId}`);
    }
  };
