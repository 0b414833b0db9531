import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import type { Tx } from '../client.ts';
import type { OpenedCredentialSet } from '../credential-sets/open-credential-sets.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { secretFields } from '../credential-sets/view.ts';
import { checkCredentialScope } from '../devices/check-credential-scope.ts';
import { deviceFields } from '../devices/device-input.ts';
import { hostKeyFingerprint } from '../devices/host-key.ts';
import { ValidationError } from '../../infra/errors.ts';
import type { Keyring } from '../../infra/keyring.ts';
import { parseInput } from '../validation.ts';
import { checkConnection, type ConnectionCheck } from './check-connection.ts';

export const detectPlatformInput = z.object({
  host: deviceFields.host,
  port: deviceFields.port.default(22),
  sshProfile: deviceFields.sshProfile.default('modern'),
  credentialSetIds: deviceFields.credentialSetIds.min(1, 'needs at least one credential set'),
  /** The device's tags, when its credential sets are scoped by tag. */
  tags: deviceFields.tags.default([]),
  prompt: deviceFields.prompt.default(null),
});
export type DetectPlatformInput = z.input<typeof detectPlatformInput>;

/** Credential sets by id, opened, in the order given; for the web process's own logins only. */
async function openCredentialSets(db: Tx, keyring: Keyring, ids: readonly string[]): Promise<OpenedCredentialSet[]> {
  const rows = await db.select().from(credentialSets).where(inArray(credentialSets.id, [...ids]));
  return ids.flatMap((id) => {
    const set = rows.find((row) => row.id === id);
    if (!set) return [];
    const open = (field: keyof typeof secretFields) => {
      const sealed = set[secretFields[field].column];
      return sealed ? keyring.open(sealed, secretFields[field].purpose) : undefined;
    };
    return [{ id: set.id, name: set.name, username: set.username, password: open('password'), enableSecret: open('enableSecret'), privateKey: open('privateKey'), passphrase: open('passphrase') }];
  });
}

/**
 * Logs in to an address that is not a device yet (the device form, the CSV import) and
 * recognises its platform. The credential sets must be allowed there, as for a device; the
 * host key is shown, not trusted: nothing is stored but the audit record.
 */
export async function detectPlatform({ ctx, input }: { ctx: Ctx; input: DetectPlatformInput }): Promise<ConnectionCheck> {
  requireRole(ctx.caller, 'operator');
  const target = parseInput(detectPlatformInput, input);
  await checkCredentialScope(ctx.db, target, target.credentialSetIds);
  const sets = await openCredentialSets(ctx.db, ctx.keyring, target.credentialSetIds);
  const missing = target.credentialSetIds.find((id) => !sets.some((set) => set.id === id));
  if (missing) throw new ValidationError(`credentialSetIds: no credential set ${missing}`, { field: 'credentialSetIds' });
  const check = await checkConnection({
    device: { name: target.host, host: target.host, port: target.port, sshProfile: target.sshProfile, knownHostKey: null, prompt: target.prompt },
    sets,
    log: ctx.log.child({ host: target.host }),
  });
  await recordAudit(ctx.db, ctx.caller, {
    action: 'detect-platform',
    targetType: 'host',
    targetId: null,
    details: { host: target.host, port: target.port, ok: check.ok, code: check.code, credentialSet: check.credentialSet, hostKey: hostKeyFingerprint(check.hostKey), detectedPlatform: check.detection?.platform ?? null },
  });
  return check;
}
