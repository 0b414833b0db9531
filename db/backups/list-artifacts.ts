import { and, asc, eq } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { checkId } from '../validation.ts';
import { backups } from './schema.ts';

/** The names of the artifacts a device has backups of, in order; `textOnly` leaves binary ones out. */
export async function listDeviceArtifacts({ ctx, deviceId, textOnly = false }: { ctx: Ctx; deviceId: string; textOnly?: boolean | null }): Promise<string[]> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db
    .selectDistinct({ artifact: backups.artifact })
    .from(backups)
    .where(and(eq(backups.deviceId, checkId(deviceId, 'deviceId')), textOnly ? eq(backups.isText, true) : undefined))
    .orderBy(asc(backups.artifact));
  return rows.map((row) => row.artifact);
}
