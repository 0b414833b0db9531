import { and, count, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { ValidationError } from '../../infra/errors.ts';
import { runDeviceDays, runs, type Run } from '../runs/schema.ts';

export interface GetDashboardInput {
  /** A device with no successful backup for this many hours is stale. */
  staleHours?: number | null;
  /** Days of per-day success counts, ending today (UTC). */
  days?: number | null;
}

export interface DailySuccess {
  /** YYYY-MM-DD, in UTC. */
  day: string;
  succeeded: number;
  failed: number;
}

export interface Dashboard {
  staleHours: number;
  deviceCount: number;
  backedUpLast24h: number;
  failedCount: number;
  staleCount: number;
  dailySuccess: DailySuccess[];
  averageDurationMs: number | null;
  activeRuns: Run[];
  /**
   * Runs that could not finish (storing failed, or the watchdog ended them) in the last 24 hours,
   * newest first: each has `error` set. Failed devices alone do not put a run here.
   */
  failedRuns: Run[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_STALE_HOURS = 24 * 365;

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Fleet health in a handful of aggregate queries: counts, per-day outcomes and the runs under way.
 * Per-day outcomes and durations come from run_device_days (kept by a trigger on run_devices), a
 * row a day, not from the run_devices rows of the last `days` days.
 */
export async function getDashboard({ ctx, input }: { ctx: Ctx; input: GetDashboardInput }): Promise<Dashboard> {
  requireRole(ctx.caller, 'viewer');
  const staleHours = input.staleHours ?? 24;
  if (!Number.isInteger(staleHours) || staleHours < 1 || staleHours > MAX_STALE_HOURS) {
    throw new ValidationError(`staleHours: must be a whole number between 1 and ${MAX_STALE_HOURS}`, { field: 'staleHours' });
  }
  const days = input.days ?? 30;
  const now = Date.now();
  const dayAgo = new Date(now - DAY_MS);
  const staleBefore = new Date(now - staleHours * 60 * 60 * 1000);
  const firstDay = new Date(Math.floor(now / DAY_MS) * DAY_MS - (days - 1) * DAY_MS);

  const [[fleet], perDay, [duration], activeRuns, failedRuns] = await Promise.all([
    ctx.db
      .select({
        total: count(),
        backedUp: count(sql`case when ${devices.lastSuccessAt} >= ${dayAgo.toISOString()}::timestamptz then 1 end`),
        failed: count(sql`case when ${devices.lastStatus} = 'failed' then 1 end`),
        stale: count(sql`case when ${devices.enabled} and (${devices.lastSuccessAt} is null or ${devices.lastSuccessAt} < ${staleBefore.toISOString()}::timestamptz) then 1 end`),
      })
      .from(devices),
    ctx.db
      .select({ day: runDeviceDays.day, succeeded: runDeviceDays.succeeded, failed: runDeviceDays.failed })
      .from(runDeviceDays)
      .where(gte(runDeviceDays.day, utcDay(firstDay))),
    ctx.db
      .select({ average: sql<string | null>`sum(${runDeviceDays.successDurationMs})::numeric / nullif(sum(${runDeviceDays.timedSuccesses}), 0)` })
      .from(runDeviceDays)
      .where(gte(runDeviceDays.day, utcDay(firstDay))),
    ctx.db
      .select()
      .from(runs)
      .where(inArray(runs.status, ['queued', 'running', 'finishing']))
      .orderBy(runs.createdAt)
      .limit(20),
    ctx.db
      .select()
      .from(runs)
      .where(and(eq(runs.status, 'failed'), isNotNull(runs.error), gte(runs.finishedAt, dayAgo)))
      .orderBy(desc(runs.finishedAt))
      .limit(10),
  ]);

  const byDay = new Map(perDay.map((row) => [row.day, row]));
  const dailySuccess: DailySuccess[] = Array.from({ length: days }, (_, i) => {
    const day = utcDay(new Date(firstDay.getTime() + i * DAY_MS));
    const row = byDay.get(day);
    return { day, succeeded: row?.succeeded ?? 0, failed: row?.failed ?? 0 };
  });

  return {
    staleHours,
    deviceCount: fleet.total,
    backedUpLast24h: fleet.backedUp,
    failedCount: fleet.failed,
    staleCount: fleet.stale,
    dailySuccess,
    averageDurationMs: duration?.average == null ? null : Math.round(Number(duration.average)),
    activeRuns,
    failedRuns,
  };
}
