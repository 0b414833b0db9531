/** device-stale: one digest per check of the devices that became stale since the last, once per episode. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';
import { recordDeliveries } from './deliveries.ts';
import { deriveStaleNotifications } from './derive-stale-notifications.ts';

let api: TestApi;
const ids: Record<string, string> = {};

async function admin(query: string, variables: Record<string, unknown> = {}) {
  const response = await api.gql(query, variables, { token: api.adminToken });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  api = await startTestApi();
  for (const [name, location] of [['old-1', 'emea/ams1'], ['old-2', 'emea/fra1'], ['fresh', 'emea/ams1'], ['elsewhere', 'apac/sin1']]) {
    ids[name] = (await admin(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, { input: { name, host: '192.0.2.1', backupMethod: 'cisco-ios', location } })).createDevice.id;
  }
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await api.db.sql`update devices set last_success_at = ${hoursAgo(30)} where name = 'old-1'`;
  // Never succeeded: counted from when it was added.
  await api.db.sql`update devices set last_success_at = null, created_at = ${hoursAgo(50)} where name = 'old-2'`;
  await api.db.sql`update devices set last_success_at = ${hoursAgo(2)} where name = 'fresh'`;
  await api.db.sql`update devices set last_success_at = ${hoursAgo(99)} where name = 'elsewhere'`;
  const { createNotificationChannel } = await admin(`mutation { createNotificationChannel(input: { name: "hook", kind: WEBHOOK, url: "http://127.0.0.1:9/x" }) { id } }`);
  await admin(`mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`, {
    input: { name: 'stale emea', events: ['DEVICE_STALE'], staleHours: 24, filter: { locations: ['emea'] }, channelIds: [createNotificationChannel.id] },
  });
});

afterAll(async () => {
  await api?.close();
});

const check = () => api.db.db.transaction(async (tx) => recordDeliveries(tx, await deriveStaleNotifications(tx)));

it('reports the rule\'s stale devices in one message, once, and again only after they succeeded and went stale anew', async () => {
  const first = await check();
  expect(first).toHaveLength(1);
  expect(first[0].event).toBe('device-stale');
  expect(first[0].message.title).toBe('2 devices with no backup for 24 hours');
  expect(first[0].message.devices.map((d) => [d.name, d.lastSuccessAt === null])).toEqual([
    ['old-1', false],
    ['old-2', true],
  ]);
  expect(await check()).toEqual([]);

  // old-1 succeeds, then goes stale again: a new episode; old-2 is still the same one.
  await api.db.sql`update devices set last_success_at = now() where name = 'old-1'`;
  expect(await check()).toEqual([]);
  await api.db.sql`update devices set last_success_at = now() - interval '25 hours' where name = 'old-1'`;
  const again = await check();
  expect(again).toHaveLength(1);
  expect(again[0].message.devices.map((d) => d.name)).toEqual(['old-1']);
  const [{ n }] = await api.db.sql`select count(*)::int as n from notification_deliveries where event = 'device-stale'`;
  expect(n).toBe(2);
});
