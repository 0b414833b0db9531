import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { checkCron, checkTimeZone, currentSlot } from '../schedules/cron.ts';
import { ValidationError } from '../../infra/errors.ts';

/** The credential set and repository a source names must exist. */
export async function checkSourceReferences(tx: Tx, data: { credentialSetId?: string | null; repositoryId?: string | null }): Promise<void> {
  if (data.credentialSetId) {
    const [set] = await tx.select({ id: credentialSets.id }).from(credentialSets).where(eq(credentialSets.id, data.credentialSetId));
    if (!set) throw new ValidationError(`credentialSetId: no credential set ${data.credentialSetId}`, { field: 'credentialSetId' });
  }
  if (data.repositoryId) {
    const [repository] = await tx.select({ id: repositories.id }).from(repositories).where(eq(repositories.id, data.repositoryId));
    if (!repository) throw new ValidationError(`repositoryId: no repository ${data.repositoryId}`, { field: 'repositoryId' });
  }
}

/**
 * The sync schedule, checked with the schedules' rules; a new one starts from its next fire
 * time, so the slot that just passed is marked as claimed rather than synced late.
 */
export function checkSyncSchedule(cron: string | null, timeZone: string, now = new Date()): { syncCron: string | null; syncTimeZone: string; lastSyncSlotAt: Date | null } {
  const syncTimeZone = checkTimeZone(timeZone, 'syncTimeZone');
  const syncCron = cron?.trim() ? checkCron(cron, 'syncCron') : null;
  return { syncCron, syncTimeZone, lastSyncSlotAt: syncCron ? currentSlot(syncCron, syncTimeZone, now) : null };
}
