import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../client.ts';
import { requireRole, type Caller, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { checkCredentialScope } from './check-credential-scope.ts';
import { checkDeviceReferences } from './check-references.ts';
import { createDeviceInput, type CreateDeviceInput } from './device-input.ts';
import { devices } from './schema.ts';
import { setDeviceCredentialSets } from './set-device-credential-sets.ts';
import type { DeviceView } from './view.ts';

export async function createDevice({ ctx, input }: { ctx: Ctx; input: CreateDeviceInput }): Promise<DeviceView> {
  requireRole(ctx.caller, 'operator');
  return ctx.db.transaction((tx) => insertDevice(tx, ctx.caller, input));
}

/** Validates and inserts one device inside the caller's transaction (shared with CSV import). */
export async function insertDevice(tx: Tx, caller: Caller, input: CreateDeviceInput): Promise<DeviceView> {
  const data = parseInput(createDeviceInput, input);
  await checkDeviceReferences(tx, data);
  await checkCredentialScope(tx, data, data.credentialSetIds);
  const { credentialSetIds, ...columns } = data;
  let device;
  try {
    // A savepoint, so a duplicate name leaves the surrounding transaction usable for reporting.
    [device] = await tx.transaction((sp) => sp.insert(devices).values(columns).returning());
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError(`name: a device named "${data.name}" already exists`, { field: 'name' });
    }
    throw error;
  }
  await setDeviceCredentialSets(tx, device.id, credentialSetIds);
  await recordAudit(tx, caller, {
    action: 'create-device',
    targetType: 'device',
    targetId: device.id,
    details: { name: device.name, host: device.host, port: device.port, backupMethod: device.backupMethod },
  });
  return { ...device, credentialSetIds };
}
