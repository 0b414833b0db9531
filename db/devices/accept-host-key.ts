import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { isScoped } from '../credential-sets/scope.ts';
import { scopeOf } from '../credential-sets/view.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../infra/errors.ts';
import { checkId } from '../validation.ts';
import { isCertificatePin } from '../../plugins/https-api/pin.ts';
import { hostKeyFingerprint } from './host-key.ts';
import { deviceCredentialSets, devices } from './schema.ts';
import { getDevice } from './get-device.ts';

/**
 * Trusts the changed host key (or, for an HTTPS API device, TLS certificate) a device presented;
 * backups of it fail with HOST_KEY_CHANGED (TLS_CERT_CHANGED) until then. A changed key may be a
 * server that took the device's address, so for a device using a scoped credential set only an
 * admin may trust it: an operator could otherwise send the set to a host of their own.
 */
export async function acceptHostKey({ ctx, id }: { ctx: Ctx; id: string }) {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  await ctx.db.transaction(async (tx) => {
    const [device] = await tx.select().from(devices).where(eq(devices.id, id)).for('update');
    if (!device) throw new NotFoundError('Device', id);
    if (!device.pendingHostKey) throw new ConflictError('The device presented no new host key or certificate to accept');
    if (ctx.caller.kind === 'user' && ctx.caller.role !== 'admin') {
      const sets = await tx
        .select({ name: credentialSets.name, scopeHosts: credentialSets.scopeHosts, scopeTags: credentialSets.scopeTags, scopePorts: credentialSets.scopePorts })
        .from(deviceCredentialSets)
        .innerJoin(credentialSets, eq(credentialSets.id, deviceCredentialSets.credentialSetId))
        .where(eq(deviceCredentialSets.deviceId, id))
        .orderBy(deviceCredentialSets.position);
      const scoped = sets.find((set) => isScoped(scopeOf(set)));
      if (scoped) {
        throw new ForbiddenError(
          `${device.name} uses the scoped credential set "${scoped.name}": an admin must confirm its new ${isCertificatePin(device.pendingHostKey) ? 'certificate' : 'host key'} ${hostKeyFingerprint(device.pendingHostKey)}`,
        );
      }
    }
    await tx.update(devices).set({ hostKey: device.pendingHostKey, pendingHostKey: null, updatedAt: new Date() }).where(eq(devices.id, id));
    await recordAudit(tx, ctx.caller, {
      action: 'accept-host-key',
      targetType: 'device',
      targetId: id,
      details: { from: hostKeyFingerprint(device.hostKey), to: hostKeyFingerprint(device.pendingHostKey) },
    });
  });
  return (await getDevice({ ctx, id }))!;
}
