import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { openCredentialSetsOfDevices } from '../credential-sets/open-credential-sets.ts';
import { devices } from '../devices/schema.ts';
import { hostKeyFingerprint } from '../devices/host-key.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { findBackupMethod } from '../../plugins/registry.ts';
import { checkId } from '../validation.ts';
import { checkConnection, failedCheck, type ConnectionCheck } from './check-connection.ts';

export interface DeviceConnectionCheck extends ConnectionCheck {
  /** The platform of the device's backup method, to compare with the detected one. */
  configuredPlatform: string | null;
}

/**
 * Logs in to a device with its address, SSH profile and credential sets as a backup would, and
 * recognises its platform; no backup, no configuration command. The host key is handled like a
 * backup's: trusted on first use, a changed one kept as pending for an operator to accept.
 */
export async function testDeviceConnection({ ctx, id }: { ctx: Ctx; id: string }): Promise<DeviceConnectionCheck> {
  requireRole(ctx.caller, 'operator');
  checkId(id);
  const [device] = await ctx.db.select().from(devices).where(eq(devices.id, id));
  if (!device) throw new NotFoundError('Device', id);
  const configuredPlatform = findBackupMethod(device.backupMethod)?.platform ?? null;
  const { sets, outOfScope } = (await openCredentialSetsOfDevices(ctx.db, ctx.keyring, [device])).get(device.id)!;

  let check: ConnectionCheck;
  if (sets.length === 0 && outOfScope.length > 0) {
    check = failedCheck('CREDENTIAL_OUT_OF_SCOPE', `${outOfScope.map((set) => set.reason).join('; ')}. Nothing was sent; an admin can widen the scope.`);
  } else {
    check = await checkConnection({
      device: { name: device.name, host: device.host, port: device.port, sshProfile: device.sshProfile, knownHostKey: device.hostKey, prompt: device.prompt },
      sets,
      expectedPlatform: configuredPlatform ?? undefined,
      log: ctx.log.child({ deviceId: device.id }),
    });
  }

  await ctx.db.transaction(async (tx) => {
    if (check.ok && check.hostKey && !device.hostKey) {
      const trusted = await tx
        .update(devices)
        .set({ hostKey: check.hostKey })
        .where(and(eq(devices.id, device.id), isNull(devices.hostKey)))
        .returning({ id: devices.id });
      if (trusted.length > 0) check = { ...check, hostKeyStatus: 'trusted-now' };
    }
    if (check.code === 'HOST_KEY_CHANGED' && check.hostKey) {
      await tx.update(devices).set({ pendingHostKey: check.hostKey }).where(eq(devices.id, device.id));
    }
    await recordAudit(tx, ctx.caller, {
      action: 'test-device-connection',
      targetType: 'device',
      targetId: device.id,
      details: {
        ok: check.ok,
        code: check.code,
        credentialSet: check.credentialSet,
        hostKey: hostKeyFingerprint(check.hostKey),
        detectedPlatform: check.detection?.platform ?? null,
      },
    });
  });
  return { ...check, configuredPlatform };
}
