import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from './schema.ts';
import { startTestApi, type TestApi } from './testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const someId = '00000000-0000-4000-8000-000000000000';

/** One call of every mutation that changes data, with input that would otherwise be valid. */
const mutations: Record<string, string> = {
  createUser: `createUser(input: { username: "eve", password: "long-enough", role: ADMIN }) { id }`,
  updateUser: `updateUser(id: "${someId}", input: { role: ADMIN }) { id }`,
  deleteUser: `deleteUser(id: "${someId}")`,
  createApiToken: `createApiToken(input: { name: "mine" }) { token }`,
  revokeApiToken: `revokeApiToken(id: "${someId}") { id }`,
  createDevice: `createDevice(input: { name: "d", host: "10.0.0.1", backupMethod: "cisco-ios" }) { id }`,
  updateDevice: `updateDevice(id: "${someId}", input: { port: 23 }) { id }`,
  deleteDevice: `deleteDevice(id: "${someId}")`,
  importDevices: `importDevices(csv: "name,host,backup_method\\nd,10.0.0.1,cisco-ios") { ok }`,
  bulkUpdateDevices: `bulkUpdateDevices(selection: { ids: ["${someId}"] }, change: { enabled: false }) { count }`,
  bulkDeleteDevices: `bulkDeleteDevices(selection: { ids: ["${someId}"] }) { count }`,
  createCredentialSet: `createCredentialSet(input: { name: "c", username: "u", password: "p" }) { id }`,
  updateCredentialSet: `updateCredentialSet(id: "${someId}", input: { username: "v" }) { id }`,
  deleteCredentialSet: `deleteCredentialSet(id: "${someId}")`,
  createRepository: `createRepository(input: { name: "r", kind: GIT }) { id }`,
  updateRepository: `updateRepository(id: "${someId}", input: { branch: "x" }) { id }`,
  deleteRepository: `deleteRepository(id: "${someId}")`,
  startRun: `startRun(input: { selection: { all: true } }) { id }`,
  backupDevice: `backupDevice(id: "${someId}") { id }`,
  cancelRun: `cancelRun(id: "${someId}") { id }`,
  retryStore: `retryStore(runId: "${someId}") { id }`,
  acceptHostKey: `acceptHostKey(deviceId: "${someId}") { id }`,
  createSchedule: `createSchedule(input: { name: "nightly", cron: "30 2 * * *", selection: { all: true } }) { id }`,
  updateSchedule: `updateSchedule(id: "${someId}", input: { enabled: false }) { id }`,
  deleteSchedule: `deleteSchedule(id: "${someId}")`,
  createInventorySource: `createInventorySource(input: { name: "s", kind: NETBOX, url: "https://netbox.example.net", token: "t" }) { id }`,
  updateInventorySource: `updateInventorySource(id: "${someId}", input: { orphanPolicy: DELETE }) { id }`,
  deleteInventorySource: `deleteInventorySource(id: "${someId}")`,
  testInventorySource: `testInventorySource(id: "${someId}") { ok }`,
  previewInventorySync: `previewInventorySync(sourceId: "${someId}") { id }`,
  syncInventorySource: `syncInventorySource(sourceId: "${someId}") { id }`,
  createNotificationChannel: `createNotificationChannel(input: { name: "n", kind: WEBHOOK, url: "https://hooks.example.net/x" }) { id }`,
  updateNotificationChannel: `updateNotificationChannel(id: "${someId}", input: { enabled: false }) { id }`,
  deleteNotificationChannel: `deleteNotificationChannel(id: "${someId}")`,
  sendTestNotification: `sendTestNotification(channelId: "${someId}") { id }`,
  createNotificationRule: `createNotificationRule(input: { name: "r", events: [CONFIG_CHANGED], channelIds: ["${someId}"] }) { id }`,
  updateNotificationRule: `updateNotificationRule(id: "${someId}", input: { enabled: false }) { id }`,
  deleteNotificationRule: `deleteNotificationRule(id: "${someId}")`,
  retryDelivery: `retryDelivery(id: "${someId}") { id }`,
  acceptRemoteHostKey: `acceptRemoteHostKey(id: "${someId}") { id }`,
  setRetentionPolicy: `setRetentionPolicy(input: { repositoryId: "${someId}", keepAllDays: 30, keepDailyDays: 90, keepWeeklyWeeks: 52, keepMonthlyMonths: 24 }) { id }`,
  deleteRetentionPolicy: `deleteRetentionPolicy(id: "${someId}")`,
  applyRetention: `applyRetention(repositoryId: "${someId}", dryRun: false) { __typename }`,
  retireDevice: `retireDevice(id: "${someId}") { id }`,
  restoreDevice: `restoreDevice(id: "${someId}") { id }`,
  retryFailedDevices: `retryFailedDevices(runId: "${someId}") { id }`,
  testDeviceConnection: `testDeviceConnection(id: "${someId}") { ok }`,
  detectPlatform: `detectPlatform(input: { host: "10.0.0.1", credentialSetIds: ["${someId}"] }) { ok }`,
};
const sessionMutations = ['login', 'logout', 'changeOwnPassword'];

/** The lowest role allowed to call each mutation. */
const minimumRole: Record<string, 'OPERATOR' | 'ADMIN'> = {
  createDevice: 'OPERATOR',
  updateDevice: 'OPERATOR',
  deleteDevice: 'OPERATOR',
  importDevices: 'OPERATOR',
  bulkUpdateDevices: 'OPERATOR',
  bulkDeleteDevices: 'OPERATOR',
  startRun: 'OPERATOR',
  backupDevice: 'OPERATOR',
  cancelRun: 'OPERATOR',
  retryStore: 'OPERATOR',
  retryFailedDevices: 'OPERATOR',
  acceptHostKey: 'OPERATOR',
  // Logs in with the device's credential sets, as a backup an operator may start would.
  testDeviceConnection: 'OPERATOR',
  detectPlatform: 'OPERATOR',
  // A schedule only starts runs, which an operator may start by hand.
  createSchedule: 'OPERATOR',
  updateSchedule: 'OPERATOR',
  deleteSchedule: 'OPERATOR',
};

describe('roles', () => {
  it('the list above covers every mutation in the schema', () => {
    const all = Object.keys(buildSchema().getMutationType()!.getFields()).sort();
    expect(all).toEqual([...Object.keys(mutations), ...sessionMutations].sort());
  });

  it('a viewer token gets FORBIDDEN on every mutation and can still read', async () => {
    const viewer = await api.tokenFor('VIEWER');
    for (const [name, call] of Object.entries(mutations)) {
      const result = await api.gql(`mutation { ${call} }`, {}, { token: viewer });
      expect(result.errors?.[0].extensions?.code, name).toBe('FORBIDDEN');
    }
    const read = await api.gql(`{ devices { totalCount } credentialSets { id } repositories { id } backupMethods { key } me { role } }`, {}, { token: viewer });
    expect(read.errors).toBeUndefined();
    expect(read.data!.me).toEqual({ role: 'VIEWER' });
    expect(await api.db.sql`select * from devices`).toHaveLength(0);
  });

  it('an operator may change devices but nothing an admin manages', async () => {
    const operator = await api.tokenFor('OPERATOR');
    for (const [name, call] of Object.entries(mutations)) {
      const result = await api.gql(`mutation { ${call} }`, {}, { token: operator });
      const code = result.errors?.[0].extensions?.code;
      if (minimumRole[name] === 'OPERATOR') expect(code, name).not.toBe('FORBIDDEN');
      else expect(code, name).toBe('FORBIDDEN');
    }
  });

  it('no token at all is UNAUTHENTICATED on every mutation', async () => {
    for (const [name, call] of Object.entries(mutations)) {
      const result = await api.gql(`mutation { ${call} }`);
      expect(result.errors?.[0].extensions?.code, name).toBe('UNAUTHENTICATED');
    }
  });
});
