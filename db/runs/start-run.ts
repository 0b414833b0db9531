import { asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../client.ts';
import { requireRole, type Caller, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { addJob } from '../jobs/add-job.ts';
import { devices } from '../devices/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { sqlArray } from '../sql-lists.ts';
import { parseInput } from '../validation.ts';
import { runModes, runs, runTriggers, type Run } from './schema.ts';
import { selectionSchema } from './types.ts';

export const DEFAULT_CONCURRENCY = 50;
export const DEFAULT_MAX_ATTEMPTS = 3;

const startRunInput = z.object({
  selection: selectionSchema,
  repositoryId: z.string().uuid('is not a repository id').optional(),
  mode: z.enum(runModes).default('parallel'),
  concurrency: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(DEFAULT_CONCURRENCY),
  maxAttempts: z.number().int().min(1, 'must be at least 1').max(10, 'must be at most 10').default(DEFAULT_MAX_ATTEMPTS),
  trigger: z.enum(runTriggers).optional(),
  scheduleId: z.string().uuid().optional(),
  /** Re-read source-owned devices from their inventory source at start (host, backup method). */
  resolveFromSource: z.boolean().default(false),
});
export type StartRunInput = z.input<typeof startRunInput>;

/** Records the run and enqueues its start in one transaction; the worker does the rest. */
export async function startRun({ ctx, input }: { ctx: Ctx; input: StartRunInput }): Promise<Run> {
  requireRole(ctx.caller, 'operator');
  return ctx.db.transaction((tx) => insertRun(tx, ctx.caller, input));
}

/** Validates, records and enqueues a run inside the caller's transaction (the scheduler claims its slot in the same one). */
export async function insertRun(tx: Tx, caller: Caller, input: StartRunInput): Promise<Run> {
  const data = parseInput(startRunInput, input);
  const trigger = data.trigger ?? (caller.kind === 'user' && caller.via === 'token' ? 'api' : caller.kind === 'system' ? 'schedule' : 'manual');
  const repositoryId = data.repositoryId ?? (await defaultRepositoryId(tx, data.selection.deviceIds));
  const [repository] = await tx.select({ id: repositories.id }).from(repositories).where(eq(repositories.id, repositoryId));
  if (!repository) throw new ValidationError(`repositoryId: no repository ${repositoryId}`, { field: 'repositoryId' });
  const [run] = await tx
    .insert(runs)
    .values({
      trigger,
      requestedBy: caller.kind === 'user' ? caller.userId : null,
      scheduleId: data.scheduleId ?? null,
      repositoryId,
      mode: data.mode,
      concurrency: data.mode === 'sequential' ? 1 : data.concurrency,
      maxAttempts: data.maxAttempts,
      selection: data.selection,
      resolveFromSource: data.resolveFromSource,
    })
    .returning();
  await addJob(tx, 'start-run', { runId: run.id }, { jobKey: `start-run:${run.id}` });
  await recordAudit(tx, caller, { action: 'start-run', targetType: 'run', targetId: run.id, details: { selection: data.selection, mode: data.mode, trigger } });
  return run;
}

/**
 * Without a repository named: the one the named devices all store into, else the only
 * repository there is.
 */
async function defaultRepositoryId(tx: Tx, deviceIds: string[] | undefined): Promise<string> {
  if (deviceIds?.length) {
    const own = await tx.selectDistinct({ id: devices.repositoryId }).from(devices).where(sql`${devices.id} = any(${sqlArray(deviceIds, 'uuid')})`);
    if (own.length === 1 && own[0].id) return own[0].id;
  }
  const [{ total }] = await tx.select({ total: count() }).from(repositories);
  if (total !== 1) {
    throw new ValidationError(
      total === 0 ? 'repositoryId: create a repository first' : 'repositoryId: there are several repositories; choose one',
      { field: 'repositoryId' },
    );
  }
  const [only] = await tx.select({ id: repositories.id }).from(repositories).orderBy(asc(repositories.name)).limit(1);
  return only.id;
}
