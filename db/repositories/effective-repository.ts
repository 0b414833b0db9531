/**
 * Where a device's backups go: the repository it names or, naming none, the default repository,
 * which is the only repository while there is exactly one (a run then needs no choice, as
 * db/runs/start-run.ts decides). With several, a device that names none stores wherever each run
 * says.
 */
import { isNull, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { repositories } from './schema.ts';

/** The only repository's id; null when there is none or more than one. */
export async function getDefaultRepositoryId({ ctx }: { ctx: Ctx }): Promise<string | null> {
  requireRole(ctx.caller, 'viewer');
  const rows = await ctx.db.select({ id: repositories.id }).from(repositories).limit(2);
  return rows.length === 1 ? rows[0].id : null;
}

export interface EffectiveDeviceCounts {
  /** Repository id → devices that store there; a repository no device stores into is missing. */
  byRepository: Map<string, number>;
  /** Devices that name no repository, counted toward the default when there is one. */
  withoutRepository: number;
  defaultRepositoryId: string | null;
}

/**
 * How many devices store into each repository, retired devices aside, with one grouped statement
 * over the devices, however many repositories and devices there are.
 */
export async function countEffectiveDevices({ ctx }: { ctx: Ctx }): Promise<EffectiveDeviceCounts> {
  requireRole(ctx.caller, 'viewer');
  const [rows, defaultRepositoryId] = await Promise.all([
    ctx.db
      .select({ repositoryId: devices.repositoryId, total: sql<number>`count(*)::int` })
      .from(devices)
      .where(isNull(devices.retiredAt))
      .groupBy(devices.repositoryId),
    getDefaultRepositoryId({ ctx }),
  ]);
  const byRepository = new Map<string, number>();
  let withoutRepository = 0;
  for (const row of rows) {
    if (row.repositoryId) byRepository.set(row.repositoryId, row.total);
    else withoutRepository = row.total;
  }
  if (defaultRepositoryId && withoutRepository > 0) byRepository.set(defaultRepositoryId, (byRepository.get(defaultRepositoryId) ?? 0) + withoutRepository);
  return { byRepository, withoutRepository, defaultRepositoryId };
}
