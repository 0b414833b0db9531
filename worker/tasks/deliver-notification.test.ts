/**
 * A worker killed in the middle of sending a notification: another worker takes the job over and
 * sends it again with the same delivery id, and the delivery is recorded sent once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';
import { projectRoot } from '../../infra/project-root.ts';
import { startHttpReceiver, type HttpReceiver } from '../../notify/testing.ts';
import { until } from '../../lab/test-support.ts';

let api: TestApi;
let receiver: HttpReceiver;
const workers: ChildProcess[] = [];

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', 'worker'], {
    cwd: projectRoot,
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH,
      DATABASE_URL: api.database.url,
      TIDEMARK_SECRET_KEY: api.secretKey,
      TIDEMARK_DATA_DIR: api.dataDir,
      TIDEMARK_WORKER_CONCURRENCY: '4',
      TIDEMARK_WORKER_GONE_AFTER: '5',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

beforeAll(async () => {
  api = await startTestApi();
  receiver = await startHttpReceiver();
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await api?.close();
  await receiver?.close();
});

it('a worker killed mid-delivery: the next worker sends it again with the same id, and it is recorded sent once', async () => {
  // The first request never gets an answer: the worker is killed while it waits.
  receiver.respond = (_request, index) => (index === 0 ? 'hang' : 200);
  const created = await api.gql(`mutation { createNotificationChannel(input: { name: "ops", kind: WEBHOOK, url: "${receiver.url}/hook", signingSecret: "s" }) { id } }`, {}, { token: api.adminToken });
  expect(created.errors).toBeUndefined();
  const first = startWorkerProcess();
  const sent = await api.gql(`mutation($id: ID!) { sendTestNotification(channelId: $id) { id } }`, { id: created.data!.createNotificationChannel.id }, { token: api.adminToken });
  const deliveryId = sent.data!.sendTestNotification.id as string;

  await until(async () => receiver.requests.length === 1, 'the first attempt to reach the receiver');
  const [during] = await api.db.sql`select status, attempts from notification_deliveries where id = ${deliveryId}`;
  expect(during).toEqual({ status: 'sending', attempts: 1 });
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));

  startWorkerProcess();
  const done = await until(async () => {
    const [row] = await api.db.sql`select status, attempts, sent_at from notification_deliveries where id = ${deliveryId}`;
    return row.status === 'sent' && row;
  }, 'the delivery to be sent by the second worker');
  expect(done.attempts).toBe(2);
  const [{ rows }] = await api.db.sql`select count(*)::int as rows from notification_deliveries`;
  expect(rows).toBe(1);
  // At least once to the network, with one id: the receiver keeps one.
  expect(receiver.requests).toHaveLength(2);
  expect(receiver.requests.map((r) => r.headers['idempotency-key'])).toEqual([deliveryId, deliveryId]);
  expect(new Set(receiver.requests.map((r) => r.headers['x-tidemark-delivery'])).size).toBe(1);
  // No job is left to send it a third time.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(receiver.requests).toHaveLength(2);
  const [{ jobs }] = await api.db.sql`select count(*)::int as jobs from graphile_worker.jobs where task_identifier = 'deliver-notification'`;
  expect(jobs).toBe(0);
}, 120_000);
