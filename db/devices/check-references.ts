import { eq, inArray } from 'drizzle-orm';
import { findBackupMethod } from '../../plugins/registry.ts';
import type { Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { ValidationError } from '../../infra/errors.ts';
import { repositories } from '../repositories/schema.ts';

/** Checks what a device input refers to: its backup method, credential sets and repository. */
export async function checkDeviceReferences(
  tx: Tx,
  input: { backupMethod?: string; options?: Record<string, unknown>; credentialSetIds?: string[]; repositoryId?: string | null },
  current?: { backupMethod: string; options: unknown },
): Promise<void> {
  const methodKey = input.backupMethod ?? current?.backupMethod;
  if (input.backupMethod !== undefined || input.options !== undefined) {
    const method = methodKey ? findBackupMethod(methodKey) : undefined;
    if (!method) {
      throw new ValidationError(`backupMethod: "${methodKey}" is not a known backup method`, { field: 'backupMethod' });
    }
    const options = input.options ?? current?.options ?? {};
    const parsed = method.optionsSchema?.safeParse(options);
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      const field = ['options', ...issue.path.map(String)].join('.');
      throw new ValidationError(`${field}: ${issue.message}`, { field });
    }
  }
  if (input.credentialSetIds?.length) {
    const found = await tx
      .select({ id: credentialSets.id })
      .from(credentialSets)
      .where(inArray(credentialSets.id, input.credentialSetIds));
    const missing = input.credentialSetIds.filter((id) => !found.some((row) => row.id === id));
    if (missing.length) {
      throw new ValidationError(`credentialSetIds: no credential set ${missing.join(', ')}`, { field: 'credentialSetIds' });
    }
  }
  if (input.repositoryId) {
    const [repository] = await tx.select({ id: repositories.id }).from(repositories).where(eq(repositories.id, input.repositoryId));
    if (!repository) throw new ValidationError(`repositoryId: no repository ${input.repositoryId}`, { field: 'repositoryId' });
  }
}
