import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../client.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { backups } from '../backups/schema.ts';
import { addJob } from '../jobs/add-job.ts';
import { repositoryQueue } from '../jobs/queues.ts';
import { checkId } from '../validation.ts';
import { getDevice } from './get-device.ts';
import { devices } from './schema.ts';
import type { DeviceView } from './view.ts';

/**
 * Retires a device (`retired: true`) or restores it. A retired device is left out of every run, and
 * a `retire-device` job in each repository's queue (after any run being stored there) takes its
 * files out of the repository's current files; its backups and the history stay. Restoring puts
 * its latest versions back the same way.
 */
export async function setDeviceRetired({ ctx, id, retired }: { ctx: Ctx; id: string; retired: boolean }): Promise<DeviceView> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(devices)
      .set({ retiredAt: retired ? sql`coalesce(${devices.retiredAt}, now())` : null, updatedAt: new Date() })
      .where(eq(devices.id, id))
      .returning({ id: devices.id, name: devices.name, repositoryId: devices.repositoryId });
    if (!row) throw new NotFoundError('Device', id);
    const repositoryIds = await repositoriesHolding(tx, id, row.repositoryId);
    for (const repositoryId of repositoryIds) {
      await addJob(tx, 'retire-device', { deviceId: id, repositoryId }, { queueName: repositoryQueue(repositoryId), maxAttempts: 5 });
    }
    await recordAudit(tx, ctx.caller, {
      action: retired ? 'retire-device' : 'restore-device',
      targetType: 'device',
      targetId: id,
      details: { name: row.name, repositories: repositoryIds },
    });
  });
  return (await getDevice({ ctx, id }))!;
}

/** The repositories that hold backups of the device, and the one it stores into. */
async function repositoriesHolding(tx: Tx, deviceId: string, current: string | null): Promise<string[]> {
  const rows = await tx.selectDistinct({ repositoryId: backups.repositoryId }).from(backups).where(sql`${backups.deviceId} = ${deviceId} and ${backups.repositoryId} is not null`);
  const ids = new Set(rows.map((r) => r.repositoryId!));
  if (current) ids.add(current);
  return [...ids].sort();
}
