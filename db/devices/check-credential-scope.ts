import { inArray } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { describeScope, describeTarget, scopeCovers, type ScopeTarget } from '../credential-sets/scope.ts';
import { scopeOf } from '../credential-sets/view.ts';
import { ValidationError } from '../../infra/errors.ts';

/**
 * Refuses a device whose credential sets may not be used where it points: an operator must not
 * aim a set at a server of their own. Admins are held to the scope too; they widen it instead.
 */
export async function checkCredentialScope(tx: Tx, target: ScopeTarget, credentialSetIds: readonly string[]): Promise<void> {
  if (credentialSetIds.length === 0) return;
  const rows = await tx
    .select({ id: credentialSets.id, name: credentialSets.name, scopeHosts: credentialSets.scopeHosts, scopeTags: credentialSets.scopeTags, scopePorts: credentialSets.scopePorts })
    .from(credentialSets)
    .where(inArray(credentialSets.id, [...credentialSetIds]));
  for (const id of credentialSetIds) {
    const set = rows.find((row) => row.id === id);
    if (!set || scopeCovers(scopeOf(set), target)) continue;
    throw new ValidationError(
      `credentialSetIds: the credential set "${set.name}" may not be used on ${describeTarget(target)}; its scope is ${describeScope(scopeOf(set))}. An admin can widen the scope.`,
      { field: 'credentialSetIds', details: { reason: 'CREDENTIAL_OUT_OF_SCOPE', credentialSetId: set.id, credentialSetName: set.name } },
    );
  }
}
