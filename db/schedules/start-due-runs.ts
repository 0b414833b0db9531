import { and, eq, isNull, lt, lte, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../../infra/errors.ts';
import { insertRun, type StartRunInput } from '../runs/start-run.ts';
import { currentSlot, localMinute } from './cron.ts';
import { schedules, type Schedule } from './schema.ts';

export interface StartedSlot {
  scheduleId: string;
  slot: Date;
  runId: string;
}

/**
 * Starts one run for every enabled schedule whose slot (its latest fire time at or before `now`)
 * is newer than the last slot it claimed. Any number of ticks may run at once: each slot is
 * claimed by one conditional update, in the transaction that records the run, so exactly one
 * tick starts it. Only the current slot is considered, so slots missed while no worker ran are
 * not replayed; the latest of them starts on the next tick.
 */
export async function startDueRuns({ ctx, now }: { ctx: Ctx; now: Date }): Promise<StartedSlot[]> {
  const enabled = await ctx.db.select().from(schedules).where(eq(schedules.enabled, true));
  const started: StartedSlot[] = [];
  for (const schedule of enabled) {
    const slot = dueSlot(schedule, now);
    if (!slot) continue;
    try {
      const runId = await claimSlot(ctx, schedule, slot);
      if (runId) started.push({ scheduleId: schedule.id, slot, runId });
    } catch (err) {
      // One broken schedule must not keep the others from starting.
      ctx.log.error({ err, scheduleId: schedule.id, slot }, 'could not start a scheduled run');
    }
  }
  return started;
}

function dueSlot(schedule: Schedule, now: Date): Date | null {
  const slot = currentSlot(schedule.cron, schedule.timeZone, now);
  if (!slot || slot < schedule.createdAt) return null;
  if (schedule.lastSlotAt && slot <= schedule.lastSlotAt) return null;
  // When clocks go back, a wall-clock time such as 02:30 happens twice; it fires the first time only.
  if (schedule.lastSlotAt && localMinute(schedule.lastSlotAt, schedule.timeZone) === localMinute(slot, schedule.timeZone)) return null;
  return slot;
}

async function claimSlot(ctx: Ctx, schedule: Schedule, slot: Date): Promise<string | null> {
  return ctx.db.transaction(async (tx) => {
    // A concurrent claim holds the row lock until it commits; this update then re-reads the row,
    // finds the slot taken and changes nothing. The cron and time zone must still be the ones the
    // slot was computed from.
    const [claimed] = await tx
      .update(schedules)
      .set({ lastSlotAt: slot })
      .where(
        and(
          eq(schedules.id, schedule.id),
          eq(schedules.enabled, true),
          eq(schedules.cron, schedule.cron),
          eq(schedules.timeZone, schedule.timeZone),
          lte(schedules.createdAt, slot),
          or(isNull(schedules.lastSlotAt), lt(schedules.lastSlotAt, slot)),
        ),
      )
      .returning();
    if (!claimed) return null;
    const input: StartRunInput = {
      selection: claimed.selection,
      repositoryId: claimed.repositoryId ?? undefined,
      mode: claimed.mode,
      concurrency: claimed.concurrency,
      trigger: 'schedule',
      scheduleId: claimed.id,
      resolveFromSource: claimed.resolveFromSource,
    };
    try {
      const run = await tx.transaction((savepoint) => insertRun(savepoint, ctx.caller, input));
      return run.id;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The slot stays claimed: every tick of this slot would fail the same way. The next slot tries again.
      ctx.log.warn({ scheduleId: claimed.id, slot, err: error }, `schedule "${claimed.name}" could not start its run: ${error.message}`);
      await recordAudit(tx, ctx.caller, {
        action: 'skip-schedule-slot',
        targetType: 'schedule',
        targetId: claimed.id,
        details: { slot: slot.toISOString(), reason: error.message },
      });
      return null;
    }
  });
}
