import { eq } from 'drizzle-orm';
import { changedFields } from '../audit/changed-fields.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput, checkId } from '../validation.ts';
import { checkCredentialScope } from './check-credential-scope.ts';
import { checkSyncedFields } from '../inventory-sources/synced-fields.ts';
import { checkDeviceReferences } from './check-references.ts';
import { updateDeviceInput, type UpdateDeviceInput } from './device-input.ts';
import { hostKeyFingerprint } from './host-key.ts';
import { devices } from './schema.ts';
import { setDeviceCredentialSets } from './set-device-credential-sets.ts';
import { credentialSetIdsColumn, type DeviceView } from './view.ts';

export async function updateDevice({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateDeviceInput }): Promise<DeviceView> {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  const data = parseInput(updateDeviceInput, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [current] = await tx.select({ device: devices, credentialSetIds: credentialSetIdsColumn }).from(devices).where(eq(devices.id, id)).for('update', { of: devices });
      if (!current) throw new NotFoundError('Device', id);
      await checkSyncedFields(tx, { ...current.device, credentialSetIds: current.credentialSetIds }, data);
      await checkDeviceReferences(tx, data, current.device);
      const { credentialSetIds, ...columns } = data;
      const changed = changedFields({ ...current.device, credentialSetIds: current.credentialSetIds }, data);
      // Forms and scripts resend every field; an update that changes none is neither written nor audited.
      if (changed.length === 0) return { ...current.device, credentialSetIds: current.credentialSetIds };
      if (data.host !== undefined || data.port !== undefined || data.tags !== undefined || credentialSetIds !== undefined) {
        const target = { host: data.host ?? current.device.host, port: data.port ?? current.device.port, tags: data.tags ?? current.device.tags };
        await checkCredentialScope(tx, target, credentialSetIds ?? current.credentialSetIds);
      }
      // A key trusted at one address says nothing of another: the next connection trusts on first use again.
      const moved =
        (data.host !== undefined && data.host.toLowerCase() !== current.device.host.toLowerCase()) || (data.port !== undefined && data.port !== current.device.port);
      await tx
        .update(devices)
        .set({ ...columns, ...(moved ? { hostKey: null, pendingHostKey: null } : {}), updatedAt: new Date() })
        .where(eq(devices.id, id));
      if (credentialSetIds) await setDeviceCredentialSets(tx, id, credentialSetIds);
      await recordAudit(tx, ctx.caller, {
        action: 'update-device',
        targetType: 'device',
        targetId: id,
        details: { changed, ...(moved && current.device.hostKey ? { hostKeyCleared: hostKeyFingerprint(current.device.hostKey) } : {}) },
      });
      const [device] = await tx.select({ device: devices, credentialSetIds: credentialSetIdsColumn }).from(devices).where(eq(devices.id, id));
      return { ...device.device, credentialSetIds: device.credentialSetIds };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError(`name: a device named "${data.name}" already exists`, { field: 'name' });
    }
    throw error;
  }
}
