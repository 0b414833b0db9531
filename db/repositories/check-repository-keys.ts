import { inArray } from 'drizzle-orm';
import { ValidationError } from '../../infra/errors.ts';
import { isSshRemote, parseSshRemote } from '../../storage/git-remote.ts';
import type { Tx } from '../client.ts';
import { credentialSets } from '../credential-sets/schema.ts';

/**
 * What an SSH remote and signing need: an SSH remote logs in with a credential set's private key
 * (a token is for http remotes only), and commits are signed with a set's private key.
 */
export async function checkRepositoryKeys(
  tx: Tx,
  repository: { remoteUrl: string | null; remoteTokenSealed: string | null; remoteCredentialSetId: string | null; signingCredentialSetId: string | null },
): Promise<void> {
  const ssh = repository.remoteUrl ? isSshRemote(repository.remoteUrl) : false;
  if (ssh && !repository.remoteCredentialSetId) {
    throw new ValidationError('remoteCredentialSetId: an SSH remote needs a credential set with a private key', { field: 'remoteCredentialSetId' });
  }
  if (ssh && repository.remoteTokenSealed) {
    throw new ValidationError('remoteToken: an SSH remote logs in with the credential set\'s key; clear the token', { field: 'remoteToken' });
  }
  if (!ssh && repository.remoteCredentialSetId) {
    throw new ValidationError('remoteCredentialSetId: only an SSH remote logs in with a credential set', { field: 'remoteCredentialSetId' });
  }
  const wanted = { remoteCredentialSetId: repository.remoteCredentialSetId, signingCredentialSetId: repository.signingCredentialSetId };
  const ids = Object.values(wanted).filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  const sets = await tx
    .select({ id: credentialSets.id, name: credentialSets.name, privateKeySealed: credentialSets.privateKeySealed })
    .from(credentialSets)
    .where(inArray(credentialSets.id, ids));
  for (const [field, id] of Object.entries(wanted)) {
    if (!id) continue;
    const set = sets.find((row) => row.id === id);
    if (!set) throw new ValidationError(`${field}: no credential set has this id`, { field });
    if (!set.privateKeySealed) throw new ValidationError(`${field}: the credential set "${set.name}" has no private key`, { field });
  }
}

/** Whether two remote URLs reach the same SSH server (host and port), so a pinned host key still applies. */
export function sameSshServer(a: string | null, b: string | null): boolean {
  const left = a ? parseSshRemote(a) : null;
  const right = b ? parseSshRemote(b) : null;
  return left !== null && right !== null && left.host.toLowerCase() === right.host.toLowerCase() && (left.port ?? 22) === (right.port ?? 22);
}
