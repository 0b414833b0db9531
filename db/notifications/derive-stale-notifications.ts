/**
 * device-stale: a device (enabled) with no success for a rule's `staleHours` (counted from when it
 * was added if it never succeeded) is reported once per episode: the rule remembers it with the
 * last success it was stale since, forgets it when it succeeds again, and each check sends one
 * digest of the devices that became stale since the last.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { devices } from '../devices/schema.ts';
import { MAX_NOTIFICATION_DEVICES, NOTIFICATION_VERSION, type Notification } from '../../notify/types.ts';
import { listActiveRules } from './active-rules.ts';
import type { NewDelivery } from './deliveries.ts';
import { matchesFilter } from './device-filter.ts';
import { quietUntil } from './quiet-hours.ts';
import { notificationStaleDevices } from './schema.ts';

export async function deriveStaleNotifications(tx: Tx, now = new Date()): Promise<NewDelivery[]> {
  const rules = await listActiveRules(tx, ['device-stale']);
  const deliveries: NewDelivery[] = [];
  for (const { rule, channelIds } of rules) {
    // Devices that succeeded since they were reported start a new episode.
    await tx.execute(sql`
      delete from ${notificationStaleDevices} s using ${devices} d
      where s.rule_id = ${rule.id} and d.id = s.device_id
        and d.last_success_at is not null and (s.last_success_at is null or d.last_success_at > s.last_success_at)`);
    const cutoff = new Date(now.getTime() - rule.staleHours * 3_600_000);
    const candidates = await tx
      .select({ id: devices.id, name: devices.name, location: devices.location, tags: devices.tags, backupMethod: devices.backupMethod, lastSuccessAt: devices.lastSuccessAt })
      .from(devices)
      .where(and(eq(devices.enabled, true), sql`coalesce(${devices.lastSuccessAt}, ${devices.createdAt}) < ${cutoff.toISOString()}::timestamptz`))
      .orderBy(devices.name);
    const stale = candidates.filter((d) => matchesFilter(rule.filter, d));
    if (stale.length === 0) continue;
    const marked = await tx
      .insert(notificationStaleDevices)
      .values(stale.map((d) => ({ ruleId: rule.id, deviceId: d.id, lastSuccessAt: d.lastSuccessAt, notifiedAt: now })))
      .onConflictDoNothing()
      .returning({ deviceId: notificationStaleDevices.deviceId });
    const fresh = new Set(marked.map((m) => m.deviceId));
    const list = stale.filter((d) => fresh.has(d.id)).map((d) => ({ id: d.id, name: d.name, location: d.location, lastSuccessAt: d.lastSuccessAt?.toISOString() ?? null }));
    if (list.length === 0) continue;
    const message: Notification = {
      version: NOTIFICATION_VERSION,
      event: 'device-stale',
      title: `${list.length} device${list.length === 1 ? '' : 's'} with no backup for ${rule.staleHours} hours`,
      summary: `No successful backup for at least ${rule.staleHours} hours.`,
      occurredAt: now.toISOString(),
      rule: { id: rule.id, name: rule.name },
      run: null,
      devices: list.slice(0, MAX_NOTIFICATION_DEVICES),
      moreDevices: Math.max(0, list.length - MAX_NOTIFICATION_DEVICES),
      diff: null,
    };
    const notBefore = quietUntil(rule.quietHours, now);
    for (const channelId of channelIds) {
      deliveries.push({ idempotencyKey: `${rule.id}:device-stale:${channelId}:at:${now.toISOString()}`, ruleId: rule.id, channelId, runId: null, event: 'device-stale', message, notBefore });
    }
  }
  return deliveries;
}

