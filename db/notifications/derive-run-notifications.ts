/**
 * The notifications of a finished run: for each enabled rule, one message per event that holds
 * (a digest of every device it concerns), for each of the rule's channels. Events:
 * - config-changed: text or binary versions of the rule's devices that changed, with the diff;
 * - device-failed: devices whose failed runs in a row reach the rule's `failedRuns` with this
 *   run (once per streak: the next failure does not notify again);
 * - host-key-changed: devices that presented a changed host key;
 * - run-finished: the run ended with one of the rule's statuses;
 * - push-failed: the push of the run's commit failed.
 * Run-level events (run-finished, push-failed) need a device of the rule's filter in the run,
 * unless the filter is empty.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { backups } from '../backups/schema.ts';
import { devices } from '../devices/schema.ts';
import { runDevices, runs, type Run } from '../runs/schema.ts';
import { sqlArray } from '../sql-lists.ts';
import { MAX_NOTIFICATION_DEVICES, NOTIFICATION_VERSION, type Notification, type NotificationDevice, type NotificationEvent } from '../../notify/types.ts';
import { listActiveRules } from './active-rules.ts';
import { changeDiff, type ChangedVersion } from './change-diff.ts';
import type { NewDelivery } from './deliveries.ts';
import { isEmptyFilter, matchesFilter } from './device-filter.ts';
import { quietUntil } from './quiet-hours.ts';

const runEvents: NotificationEvent[] = ['config-changed', 'device-failed', 'host-key-changed', 'run-finished', 'push-failed'];

interface RunDeviceRow {
  deviceId: string | null;
  name: string;
  location: string;
  tags: string[];
  backupMethod: string;
  status: string;
  errorCode: string | null;
  errorMessage: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const shortId = (id: string) => id.slice(0, 8);

/** Failed runs in a row of each device, counting back from this run, up to `limit`. */
async function failureStreaks(ctx: Ctx, run: Run, deviceIds: string[], limit: number): Promise<Map<string, number>> {
  const streaks = new Map<string, number>();
  if (deviceIds.length === 0) return streaks;
  const rows = await ctx.db.execute<{ device_id: string; status: string }>(sql`
    select device_id, status from (
      select rd.device_id, rd.status, row_number() over (partition by rd.device_id order by r.created_at desc, r.id desc) as n
      from ${runDevices} rd join ${runs} r on r.id = rd.run_id
      where rd.device_id = any(${sqlArray(deviceIds, 'uuid')}) and r.finished_at is not null and r.created_at <= (select created_at from ${runs} where id = ${run.id})
        and rd.status in ('succeeded', 'failed', 'collected')
    ) recent where n <= ${limit} order by device_id, n`);
  const broken = new Set<string>();
  for (const row of rows) {
    if (broken.has(row.device_id)) continue;
    if (row.status === 'succeeded') broken.add(row.device_id);
    else streaks.set(row.device_id, (streaks.get(row.device_id) ?? 0) + 1);
  }
  return streaks;
}

function capped(list: NotificationDevice[]): { devices: NotificationDevice[]; moreDevices: number } {
  return { devices: list.slice(0, MAX_NOTIFICATION_DEVICES), moreDevices: Math.max(0, list.length - MAX_NOTIFICATION_DEVICES) };
}

export async function deriveRunNotifications({ ctx, runId, now = new Date() }: { ctx: Ctx; runId: string; now?: Date }): Promise<NewDelivery[]> {
  const [run] = await ctx.db.select().from(runs).where(eq(runs.id, runId));
  if (!run?.finishedAt) return [];
  const rules = await listActiveRules(ctx.db, runEvents);
  if (rules.length === 0) return [];

  const members: RunDeviceRow[] = await ctx.db
    .select({ deviceId: runDevices.deviceId, name: runDevices.deviceName, location: sql<string>`coalesce(${devices.location}, '')`, tags: sql<string[]>`coalesce(${devices.tags}, '{}')`, backupMethod: sql<string>`coalesce(${devices.backupMethod}, '')`, status: runDevices.status, errorCode: runDevices.errorCode, errorMessage: runDevices.errorMessage })
    .from(runDevices)
    .leftJoin(devices, eq(devices.id, runDevices.deviceId))
    .where(eq(runDevices.runId, runId))
    .orderBy(runDevices.position);
  // Each changed version with the version before it (none for an artifact's first), in one statement.
  const previous = sql<string | null>`(select p.id from ${backups} p where p.device_id = "backups"."device_id" and p.artifact = "backups"."artifact" and p.created_at < "backups"."created_at" order by p.created_at desc limit 1)`;
  const changed = await ctx.db
    .select({ id: backups.id, deviceId: backups.deviceId, artifact: backups.artifact, isText: backups.isText, previousId: previous })
    .from(backups)
    .where(and(eq(backups.runId, runId), eq(backups.changed, true)))
    .orderBy(backups.artifact);
  const failed = members.filter((m) => m.deviceId && (m.status === 'failed' || (m.status === 'collected' && m.errorCode)));
  const longest = Math.max(...rules.map((r) => (r.rule.events.includes('device-failed') ? r.rule.failedRuns : 0)));
  const streaks = longest > 0 ? await failureStreaks(ctx, run, failed.map((m) => m.deviceId!), longest + 1) : new Map<string, number>();
  const diffCache = new Map<string, string>();
  const result = run.result;
  const runInfo: Notification['run'] = { id: run.id, status: run.status, repository: result?.repository?.name ?? null, commit: result?.gitCommitStatus?.sha ?? null, pushError: result?.gitCommitStatus?.pushError ?? null };
  const deliveries: NewDelivery[] = [];
  for (const { rule, channelIds } of rules) {
    const mine = members.filter((m) => m.deviceId && matchesFilter(rule.filter, { id: m.deviceId, tags: m.tags, location: m.location, backupMethod: m.backupMethod }));
    const mineIds = new Set(mine.map((m) => m.deviceId!));
    const runConcernsRule = isEmptyFilter(rule.filter) || mine.length > 0;
    const messages: Notification[] = [];
    const base = { version: NOTIFICATION_VERSION, occurredAt: (run.finishedAt ?? now).toISOString(), rule: { id: rule.id, name: rule.name }, run: runInfo, diff: null } as const;

    for (const event of rule.events) {
      if (event === 'config-changed') {
        const mineChanged = changed.filter((b) => mineIds.has(b.deviceId));
        if (mineChanged.length === 0) continue;
        const byDevice = new Map<string, NotificationDevice>();
        const versions: ChangedVersion[] = [];
        for (const backup of mineChanged) {
          const member = mine.find((m) => m.deviceId === backup.deviceId)!;
          const previousId = backup.previousId;
          const entry = byDevice.get(backup.deviceId) ?? { id: backup.deviceId, name: member.name, location: member.location, artifacts: [] };
          entry.artifacts!.push(previousId ? backup.artifact : `${backup.artifact} (first version)`);
          byDevice.set(backup.deviceId, entry);
          if (backup.isText) versions.push({ deviceId: backup.deviceId, deviceName: member.name, artifact: backup.artifact, backupId: backup.id, previousId });
        }
        const list = mine.filter((m) => byDevice.has(m.deviceId!)).map((m) => byDevice.get(m.deviceId!)!);
        const position = new Map(list.map((d, i) => [d.id, i]));
        versions.sort((a, b) => position.get(a.deviceId)! - position.get(b.deviceId)! || a.artifact.localeCompare(b.artifact));
        messages.push({
          ...base,
          event,
          title: `${plural(list.length, 'device')} changed in run ${shortId(run.id)}`,
          summary: `The configuration of ${list.length === 1 ? list[0].name : plural(list.length, 'device')} changed (${plural(mineChanged.length, 'artifact')}).`,
          ...capped(list),
          diff: await changeDiff(ctx, versions, diffCache),
        });
      } else if (event === 'device-failed') {
        const list = failed
          .filter((m) => mineIds.has(m.deviceId!) && streaks.get(m.deviceId!) === rule.failedRuns)
          .map((m) => ({ id: m.deviceId, name: m.name, location: m.location, code: m.errorCode, message: m.errorMessage, consecutiveFailures: rule.failedRuns }));
        if (list.length === 0) continue;
        messages.push({
          ...base,
          event,
          title: `${plural(list.length, 'device')} failed ${plural(rule.failedRuns, 'run')} in a row`,
          summary: `${list.length === 1 ? list[0].name : plural(list.length, 'device')} failed in run ${shortId(run.id)}, and in every run before it for ${plural(rule.failedRuns, 'run')} in all.`,
          ...capped(list),
        });
      } else if (event === 'host-key-changed') {
        const list = mine.filter((m) => m.errorCode === 'HOST_KEY_CHANGED' || m.errorCode === 'TLS_CERT_CHANGED').map((m) => ({ id: m.deviceId, name: m.name, location: m.location, code: m.errorCode, message: m.errorMessage }));
        if (list.length === 0) continue;
        messages.push({
          ...base,
          event,
          title: `${plural(list.length, 'device')} presented a changed host key or TLS certificate`,
          summary: 'Tidemark refused to log in. Check the device, then accept its new host key or certificate on the device page if the change is expected.',
          ...capped(list),
        });
      } else if (event === 'run-finished') {
        if (!runConcernsRule || !rule.runStatuses.includes(run.status)) continue;
        const list = mine.filter((m) => m.status === 'failed').map((m) => ({ id: m.deviceId, name: m.name, location: m.location, code: m.errorCode, message: m.errorMessage }));
        messages.push({
          ...base,
          event,
          title: `Run ${shortId(run.id)} ${run.status}`,
          summary: run.error ?? `${plural(result?.backedUpCount ?? 0, 'device')} backed up, ${plural(result?.failedCount ?? 0, 'device')} failed, ${result?.changedCount ?? 0} changed.`,
          ...capped(list),
        });
      } else if (event === 'push-failed') {
        if (!runConcernsRule || !runInfo.pushError) continue;
        messages.push({
          ...base,
          event,
          title: `Push of run ${shortId(run.id)} failed`,
          summary: `The commit is kept and pushed by the next run. ${runInfo.pushError}`,
          devices: [],
          moreDevices: 0,
        });
      }
    }
    const notBefore = quietUntil(rule.quietHours, now);
    for (const message of messages) {
      for (const channelId of channelIds) {
        deliveries.push({ idempotencyKey: `${rule.id}:${message.event}:${channelId}:run:${run.id}`, ruleId: rule.id, channelId, runId: run.id, event: message.event, message, notBefore });
      }
    }
  }
  return deliveries;
}
