/**
 * Notifications end to end: real runs over lab devices, a worker, and real receivers (HTTP for the
 * webhook and Slack, SMTP with STARTTLS and AUTH for email). One message per run per rule, the
 * diff in it, device-failed once per streak, retries with backoff, dead letters and their retry.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver, type ReceivedRequest, type SmtpReceiver } from '../../notify/testing.ts';
import { verifyWebhookSignature } from '../../notify/webhook.ts';
import { startWorker, type RunningWorker } from '../run-worker.ts';

let api: TestApi;
let worker: RunningWorker;
let lab: Lab;
let failing: Lab;
let receiver: HttpReceiver;
let smtp: SmtpReceiver;
let repositoryId: string;
let changingIds: string[];
let failingId: string;
let viewer: string;

const SIGNING_SECRET = 'webhook-signing-secret';
const SLACK_TOKEN = 'T0000/B0000/slack-token-part';
const SMTP_PASSWORD = 'smtp-password-secret';

async function admin(query: string, variables: Record<string, unknown> = {}) {
  const response = await api.gql(query, variables, { token: api.adminToken });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function until<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, timeoutMs = 60_000, state?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${state ? `: ${state()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runToEnd(deviceIds: string[]) {
  const { startRun } = await admin(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input: { deviceIds, repositoryId, maxAttempts: 1 } });
  let last: unknown;
  return until(async () => {
    const { run } = await admin(`{ run(id: "${startRun.id}") { id status error devices { deviceName status errorCode errorMessage } events { type message } } }`);
    last = run;
    return ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status) && run;
  }, 'the run to end', 60_000, () => JSON.stringify(last));
}

const deliveryFields = `id idempotencyKey event status attempts maxAttempts lastError title message sentAt channel { name } rule { name } run { id }`;

async function deliveries(statuses?: string[]) {
  const { notificationDeliveries } = await admin(`query($statuses: [NotificationDeliveryStatus!]) { notificationDeliveries(first: 200, statuses: $statuses) { totalCount nodes { ${deliveryFields} } } }`, { statuses });
  return notificationDeliveries.nodes as Record<string, any>[];
}

/** Waits until every delivery of the run is sent or dead, and none is due any more. */
async function settled(runId: string) {
  return until(async () => {
    const mine = (await deliveries()).filter((d) => d.run?.id === runId);
    return mine.length > 0 && mine.every((d) => d.status === 'SENT' || d.status === 'DEAD') && mine;
  }, `the deliveries of run ${runId}`);
}

const webhookRequests = (event: string) => receiver.requests.filter((r) => r.path === '/webhook' && r.headers['x-tidemark-event'] === event);
const bodyOf = (request: ReceivedRequest) => JSON.parse(request.body);

beforeAll(async () => {
  api = await startTestApi();
  worker = await startWorker({
    db: api.db.db,
    keyring: api.keyring,
    log: pino({ level: 'silent' }),
    dataDir: api.dataDir,
    databaseUrl: api.database.url,
    concurrency: 10,
    notifications: { retryDelaysMs: [200, 400, 400, 400], sendTimeoutMs: 5_000 },
  });
  receiver = await startHttpReceiver();
  smtp = await startSmtpReceiver({ username: 'tidemark', password: SMTP_PASSWORD });
  // Every fetch changes the configuration: each run has five changed devices.
  lab = await startLab({ devices: Array.from({ length: 5 }, () => ({ platform: 'cisco-ios' })), changeEvery: 1 });
  failing = await startLab({ devices: [{ platform: 'cisco-ios', fault: 'wrong-password' }] });
  const { createCredentialSet } = await admin(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password });
  repositoryId = (await admin(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`)).createRepository.id;
  const add = async (device: Lab['devices'][number], name: string, location: string) =>
    (
      await admin(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, {
        input: { name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [createCredentialSet.id], repositoryId, location },
      })
    ).createDevice.id as string;
  changingIds = [];
  for (const [i, device] of lab.devices.entries()) changingIds.push(await add(device, `edge-${i}`, 'emea/ams1'));
  failingId = await add(failing.devices[0], 'broken-1', 'apac/sin1');
  viewer = await api.tokenFor('VIEWER');

  const channel = async (input: Record<string, unknown>) => (await admin(`mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { id } }`, { input })).createNotificationChannel.id as string;
  const webhook = await channel({ name: 'webhook', kind: 'WEBHOOK', url: `${receiver.url}/webhook`, signingSecret: SIGNING_SECRET });
  const slack = await channel({ name: 'slack', kind: 'SLACK', url: `${receiver.url}/slack/${SLACK_TOKEN}` });
  const email = await channel({
    name: 'email',
    kind: 'EMAIL',
    email: { host: '127.0.0.1', port: smtp.port, security: 'STARTTLS', username: 'tidemark', password: SMTP_PASSWORD, from: 'tidemark@example.net', to: ['noc@example.net'], caCertificate: smtp.certificate },
  });
  await admin(`mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`, {
    input: { name: 'emea changes', events: ['CONFIG_CHANGED'], filter: { locations: ['emea'] }, channelIds: [webhook, slack, email] },
  });
  await admin(`mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`, {
    input: { name: 'failures', events: ['DEVICE_FAILED', 'RUN_FINISHED'], failedRuns: 3, runStatuses: ['FAILED'], filter: { deviceIds: [failingId] }, channelIds: [webhook] },
  });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await lab?.close();
  await failing?.close();
  await receiver?.close();
  await smtp?.close();
});

describe('config-changed', () => {
  it('sends one message per run per rule and channel, however many devices changed: 5 devices, one webhook, one Slack message, one email, with the diff', async () => {
    const first = await runToEnd(changingIds);
    expect(first.status).toBe('SUCCEEDED');
    await settled(first.id);
    const second = await runToEnd(changingIds);
    expect(second.status).toBe('SUCCEEDED');
    const sent = await settled(second.id);
    expect(sent.map((d) => `${d.rule.name} ${d.event} ${d.channel.name} ${d.status}`).sort()).toEqual([
      'emea changes CONFIG_CHANGED email SENT',
      'emea changes CONFIG_CHANGED slack SENT',
      'emea changes CONFIG_CHANGED webhook SENT',
    ]);

    const hooks = webhookRequests('config-changed').filter((r) => bodyOf(r).run.id === second.id);
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    const body = bodyOf(hook);
    expect(verifyWebhookSignature(SIGNING_SECRET, hook.headers['x-tidemark-timestamp'] as string, hook.body, hook.headers['x-tidemark-signature'] as string)).toBe(true);
    expect(hook.headers['idempotency-key']).toBe(body.deliveryId);
    expect(body).toMatchObject({ version: 1, event: 'config-changed', rule: { name: 'emea changes' }, run: { id: second.id, status: 'succeeded', repository: 'configs' }, moreDevices: 0 });
    expect(body.title).toBe(`5 devices changed in run ${second.id.slice(0, 8)}`);
    expect(body.devices.map((d: { name: string }) => d.name)).toEqual(['edge-0', 'edge-1', 'edge-2', 'edge-3', 'edge-4']);
    expect(body.devices[0].artifacts).toContain('running-config');
    expect(body.diff.text).toMatch(/^diff edge-\d running-config$/m);
    expect(body.diff.text).toMatch(/^@@ /m);
    expect(body.diff.text).toMatch(/^\+/m);
    expect(body.diff.lines).toBeLessThanOrEqual(200);
    // The lab's secrets are redacted in the stored text, so in the diff too.
    expect(body.diff.text).not.toContain('lab-password');
    expect(body.diff.text).not.toContain('lab-enable');

    const slack = receiver.requests.filter((r) => r.path.startsWith('/slack/') && JSON.parse(r.body).text.includes(second.id.slice(0, 8)));
    expect(slack).toHaveLength(1);
    expect(JSON.parse(slack[0].body).blocks.some((b: { text?: { text: string } }) => b.text?.text.startsWith(`\`\`\`${body.diff.text.split('\n')[0]}`))).toBe(true);

    const mails = smtp.mails.filter((m) => m.raw.includes(second.id.slice(0, 8)));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ user: 'tidemark', secure: true, to: ['noc@example.net'] });
    expect(mails[0].raw).toContain(body.diff.text.split('\n')[0]);

    // The first run's message listed first versions, which have no diff.
    const firstHook = webhookRequests('config-changed').find((r) => bodyOf(r).run.id === first.id)!;
    expect(bodyOf(firstHook).devices[0].artifacts[0]).toMatch(/\(first version\)$/);
    expect(bodyOf(firstHook).diff).toBeNull();
  }, 120_000);

  it('records an event for a channel once: deriving the run again adds no delivery', async () => {
    const before = await deliveries();
    const [{ id: runId }] = (await api.db.sql`select id from runs order by created_at desc limit 1`) as unknown as { id: string }[];
    await api.db.sql`select graphile_worker.add_job('notify-run', json_build_object('runId', ${runId}::text))`;
    await until(async () => (await api.db.sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'notify-run'`)[0].n === 0, 'the notify-run job');
    expect((await deliveries()).length).toBe(before.length);
  });
});

describe('device-failed', () => {
  it('notifies once when a device fails three runs in a row, with its code, and not again on the fourth', async () => {
    const runs = [];
    for (let i = 0; i < 4; i++) runs.push(await runToEnd([failingId]));
    expect(runs.map((r) => r.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
    for (const run of runs) await settled(run.id);
    const failed = (await deliveries()).filter((d) => d.event === 'DEVICE_FAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0].run.id, JSON.stringify({ runs: runs.map((r) => r.id), failed })).toBe(runs[2].id);
    const hooks = webhookRequests('device-failed');
    expect(hooks).toHaveLength(1);
    const body = bodyOf(hooks[0]);
    expect(body.title).toBe('1 device failed 3 runs in a row');
    expect(body.devices).toEqual([expect.objectContaining({ name: 'broken-1', location: 'apac/sin1', code: 'AUTH_FAILED', consecutiveFailures: 3 })]);
    // run-finished of the same rule: one per failed run.
    expect(webhookRequests('run-finished').map((r) => bodyOf(r).run.id).sort()).toEqual(runs.map((r) => r.id).sort());
  }, 120_000);
});

describe('delivery', () => {
  async function webhookChannel(name: string, path: string) {
    return (await admin(`mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { id } }`, { input: { name, kind: 'WEBHOOK', url: `${receiver.url}${path}` } })).createNotificationChannel.id as string;
  }
  async function test(channelId: string) {
    return (await admin(`mutation($id: ID!) { sendTestNotification(channelId: $id) { id status event } }`, { id: channelId })).sendTestNotification;
  }
  async function finalState(id: string) {
    return until(async () => {
      const found = (await deliveries()).find((d) => d.id === id);
      return found && (found.status === 'SENT' || found.status === 'DEAD') && found;
    }, 'the delivery to settle');
  }

  it('retries a receiver that fails twice with backoff and delivers once: 3 attempts recorded', async () => {
    const channelId = await webhookChannel('flaky', '/flaky');
    let answered = 0;
    receiver.respond = (request) => (request.path === '/flaky' ? (answered++ < 2 ? 503 : 200) : 200);
    const queued = await test(channelId);
    expect(queued).toMatchObject({ status: 'PENDING', event: 'TEST' });
    const delivered = await finalState(queued.id);
    expect(delivered).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
    const requests = receiver.requests.filter((r) => r.path === '/flaky');
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([queued.id]));
    receiver.respond = () => 200;
  });

  it('dead-letters after the last attempt, or at once when retrying cannot help; retryDelivery sends it again', async () => {
    const down = await webhookChannel('down', '/down');
    receiver.respond = (request) => (request.path === '/down' ? 503 : request.path === '/gone' ? 410 : 200);
    const dead = await finalState((await test(down)).id);
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 5 });
    expect(dead.lastError).toBe(`${receiver.url.slice(7)} answered HTTP 503: not now`);
    const gone = await webhookChannel('gone', '/gone');
    const deadAtOnce = await finalState((await test(gone)).id);
    expect(deadAtOnce).toMatchObject({ status: 'DEAD', attempts: 1 });
    const letters = await deliveries(['DEAD']);
    expect(letters.map((d) => d.channel.name).sort()).toEqual(['down', 'gone']);

    receiver.respond = () => 200;
    const retried = await admin(`mutation($id: ID!) { retryDelivery(id: $id) { id status } }`, { id: dead.id });
    expect(retried.retryDelivery.status).toBe('PENDING');
    expect(await finalState(dead.id)).toMatchObject({ status: 'SENT', attempts: 6 });
    const again = await api.gql(`mutation($id: ID!) { retryDelivery(id: $id) { id } }`, { id: dead.id }, { token: api.adminToken });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
  }, 60_000);
});

describe('API', () => {
  it('never returns a channel secret, lets viewers read and only admins write', async () => {
    const read = await api.gql(`{ notificationChannels { name kind target hasSigningSecret email { host port security username hasPassword from to } } notificationRules { name events channels { name } filter { locations deviceIds } } }`, {}, { token: viewer });
    expect(read.errors).toBeUndefined();
    const channels = read.data!.notificationChannels as Record<string, any>[];
    expect(channels.find((c) => c.name === 'slack')).toMatchObject({ kind: 'SLACK', target: `${receiver.url}/…` });
    expect(channels.find((c) => c.name === 'webhook')).toMatchObject({ hasSigningSecret: true });
    expect(channels.find((c) => c.name === 'email')!.email).toMatchObject({ host: '127.0.0.1', security: 'STARTTLS', username: 'tidemark', hasPassword: true, to: ['noc@example.net'] });
    for (const secret of [SIGNING_SECRET, SLACK_TOKEN, SMTP_PASSWORD]) {
      expect(read.raw).not.toContain(secret);
      expect(api.logs()).not.toContain(secret);
      expect((await api.gql(`{ notificationDeliveries(first: 200) { nodes { lastError message } } }`, {}, { token: api.adminToken })).raw).not.toContain(secret);
    }
    expect((read.data!.notificationRules as Record<string, any>[]).find((r) => r.name === 'emea changes')).toMatchObject({ events: ['CONFIG_CHANGED'], filter: { locations: ['emea'] } });

    const refused = await api.gql(`mutation { createNotificationChannel(input: { name: "x", kind: WEBHOOK, url: "http://127.0.0.1/x" }) { id } }`, {}, { token: viewer });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const channelId = channels[0].id ?? (await admin(`{ notificationChannels { id } }`)).notificationChannels[0].id;
    expect((await api.gql(`mutation($id: ID!) { sendTestNotification(channelId: $id) { id } }`, { id: channelId }, { token: viewer })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field named', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['createNotificationChannel', { name: 'no-url', kind: 'SLACK' }, 'url'],
      ['createNotificationChannel', { name: 'ftp', kind: 'WEBHOOK', url: 'ftp://example.net/x' }, 'url'],
      ['createNotificationChannel', { name: 'mail', kind: 'EMAIL', email: { host: 'smtp', from: 'not-an-address', to: ['a@example.net'] } }, 'email.from'],
      ['createNotificationChannel', { name: 'webhook', kind: 'WEBHOOK', url: 'http://127.0.0.1/x' }, 'name'],
    ];
    for (const [mutation, input, field] of cases) {
      const type = mutation === 'createNotificationChannel' ? 'CreateNotificationChannelInput' : 'CreateNotificationRuleInput';
      const response = await api.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }, { token: api.adminToken });
      expect(response.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const { notificationChannels } = await admin(`{ notificationChannels { id } }`);
    const ruleCases: [Record<string, unknown>, string][] = [
      [{ name: 'r1', events: ['TEST'], channelIds: [notificationChannels[0].id] }, 'events.0'],
      [{ name: 'r2', events: ['DEVICE_STALE'], channelIds: [] }, 'channelIds'],
      [{ name: 'r3', events: ['DEVICE_STALE'], channelIds: ['00000000-0000-4000-8000-000000000000'] }, 'channelIds'],
      [{ name: 'r4', events: ['DEVICE_STALE'], channelIds: [notificationChannels[0].id], quietHours: { start: '25:00', end: '07:00' } }, 'quietHours.start'],
      [{ name: 'r5', events: ['DEVICE_STALE'], channelIds: [notificationChannels[0].id], quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Olympus' } }, 'quietHours.timeZone'],
      [{ name: 'r6', events: ['DEVICE_STALE'], channelIds: [notificationChannels[0].id], filter: { platforms: ['no-such-os'] } }, 'filter.platforms'],
    ];
    for (const [input, field] of ruleCases) {
      const response = await api.gql(`mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`, { input }, { token: api.adminToken });
      expect(response.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
