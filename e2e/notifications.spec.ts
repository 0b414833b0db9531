import { expect, test } from '@playwright/test';
import { startHttpReceiver, type HttpReceiver } from '../notify/testing.ts';
import { verifyWebhookSignature } from '../notify/webhook.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { expectNoSidewaysScroll, keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
let receiver: HttpReceiver;

test.beforeAll(async () => {
  receiver = await startHttpReceiver();
});

test.afterAll(async () => {
  await receiver?.close();
});

test('add a webhook channel, send a test, and see it delivered', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const name = `ops-${suffix}`;
  await logIn(page, adminUsername, adminPassword, '/settings/notifications');
  await expect(page.getByRole('heading', { name: 'Channels' })).toBeVisible();

  await test.step('add the channel: its URL and secret are not shown back', async () => {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.getByLabel('URL').fill(`${receiver.url}/hooks/secret-path-${suffix}`);
    await page.getByLabel('Signing secret').fill(`signing-${suffix}`);
    await page.getByRole('button', { name: 'Add channel' }).click();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(`${receiver.url}/…`);
    await expect(row).toContainText('(signed)');
    await expect(page.locator('body')).not.toContainText(`secret-path-${suffix}`);
  });

  await test.step('send a test and watch it become sent in the deliveries list', async () => {
    await page.getByRole('button', { name: `Send test to ${name}` }).click();
    await expect(page.getByRole('status')).toContainText(`Test notification queued for ${name}`);
    const delivery = page.getByTestId('delivery').filter({ hasText: `Test notification for ${name}` });
    await expect(delivery.getByText('Sent')).toBeVisible({ timeout: 20_000 });
    await expect(delivery).toContainText('1 of 5');
  });

  const [request] = receiver.requests;
  expect(receiver.requests).toHaveLength(1);
  expect(request.path).toBe(`/hooks/secret-path-${suffix}`);
  const body = JSON.parse(request.body);
  expect(body).toMatchObject({ version: 1, event: 'test', title: `Test notification for ${name}` });
  expect(verifyWebhookSignature(`signing-${suffix}`, request.headers['x-tidemark-timestamp'] as string, request.body, request.headers['x-tidemark-signature'] as string)).toBe(true);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(page, testInfo, 'notifications');
});

test('edit a rule and a channel, and delete a channel after confirming', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const api = await adminApi();
  const keep = `keep-${suffix}`;
  const gone = `gone-${suffix}`;
  const ruleName = `changes-${suffix}`;
  const createChannel = `mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { id } }`;
  const keepId = (await mustGraphQL<{ createNotificationChannel: { id: string } }>(api, createChannel, { input: { name: keep, kind: 'WEBHOOK', url: `${receiver.url}/hooks/keep-${suffix}`, signingSecret: `sig-${suffix}` } })).createNotificationChannel.id;
  const goneId = (await mustGraphQL<{ createNotificationChannel: { id: string } }>(api, createChannel, { input: { name: gone, kind: 'SLACK', url: `${receiver.url}/services/gone-${suffix}` } })).createNotificationChannel.id;
  await mustGraphQL(api, `mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`, { input: { name: ruleName, events: ['CONFIG_CHANGED'], channelIds: [keepId, goneId] } });
  const storedRule = async () => {
    const { notificationRules } = await mustGraphQL<{ notificationRules: { name: string; events: string[]; failedRuns: number; quietHours: { start: string; end: string; timeZone: string } | null; channels: { id: string }[] }[] }>(
      api,
      `{ notificationRules { name events failedRuns quietHours { start end timeZone } channels { id } } }`,
    );
    return notificationRules.find((rule) => rule.name.endsWith(suffix) && rule.name.startsWith('changes'));
  };

  await logIn(page, adminUsername, adminPassword, '/settings/notifications');

  await test.step('edit the rule: name, events, failed runs, quiet hours and channels', async () => {
    await page.getByRole('button', { name: `Edit rule ${ruleName}` }).click();
    await expect(page.getByRole('heading', { name: `Edit rule ${ruleName}` })).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true }).last()).toHaveValue(ruleName);
    await page.getByLabel('Name', { exact: true }).last().fill(`changes-and-failures-${suffix}`);
    await page.getByLabel('Device failed N runs in a row').check();
    await page.getByLabel('Failed runs in a row').fill('5');
    await page.getByLabel('Quiet hours').check();
    await page.getByLabel('From', { exact: true }).fill('23:00');
    await page.getByLabel('Until').fill('06:00');
    await page.getByLabel('Time zone').fill('Europe/Amsterdam');
    await page.getByLabel(gone, { exact: true }).uncheck();
    await keepScreenshot(page, testInfo, 'notifications-edit-rule');
    await page.getByRole('button', { name: 'Save rule' }).click();
    const row = page.getByRole('region', { name: 'Rules' }).getByRole('row', { name: new RegExp(`changes-and-failures-${suffix}`) });
    await expect(row).toContainText('config-changed, failed ×5');
    await expect(row).toContainText('23:00–06:00 Europe/Amsterdam');
    await expect(row.getByRole('cell').nth(3)).toHaveText(keep);
    await expect(page.getByRole('button', { name: 'Add rule' })).toBeVisible();
    expect(await storedRule()).toEqual({
      name: `changes-and-failures-${suffix}`,
      events: ['CONFIG_CHANGED', 'DEVICE_FAILED'],
      failedRuns: 5,
      quietHours: { start: '23:00', end: '06:00', timeZone: 'Europe/Amsterdam' },
      channels: [{ id: keepId }],
    });
  });

  await test.step('edit a channel: a blank URL and signing secret keep the stored ones', async () => {
    await page.getByRole('button', { name: `Edit ${keep}` }).click();
    await expect(page.getByRole('heading', { name: `Edit channel ${keep}` })).toBeVisible();
    await expect(page.getByLabel('URL')).toHaveValue('');
    await expect(page.getByLabel('Signing secret', { exact: true })).toHaveValue('');
    await page.getByLabel('Name', { exact: true }).first().fill(`kept-${suffix}`);
    await page.getByRole('button', { name: 'Save channel' }).click();
    const row = page.getByRole('region', { name: 'Channels' }).getByRole('row', { name: new RegExp(`kept-${suffix}`) });
    await expect(row).toContainText('(signed)');
    // The rules show the new name too.
    await expect(page.getByRole('region', { name: 'Rules' }).getByRole('row', { name: /changes-and-failures/ })).toContainText(`kept-${suffix}`);
    await expect(page.locator('body')).not.toContainText(`keep-${suffix}`);
    const before = receiver.requests.length;
    await page.getByRole('button', { name: `Send test to kept-${suffix}` }).click();
    await expect(page.getByTestId('delivery').filter({ hasText: `Test notification for kept-${suffix}` }).getByText('Sent')).toBeVisible({ timeout: 20_000 });
    const request = receiver.requests[before];
    expect(request.path).toBe(`/hooks/keep-${suffix}`);
    expect(verifyWebhookSignature(`sig-${suffix}`, request.headers['x-tidemark-timestamp'] as string, request.body, request.headers['x-tidemark-signature'] as string)).toBe(true);
  });

  await test.step('delete a channel: Cancel keeps it, Delete removes it', async () => {
    const row = page.getByRole('region', { name: 'Channels' }).getByRole('row', { name: new RegExp(gone) });
    await page.getByRole('button', { name: `Delete ${gone}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete channel' });
    await expect(dialog).toContainText(`Delete the channel ${gone}?`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toBeVisible();
    await page.getByRole('button', { name: `Delete ${gone}` }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toHaveCount(0);
    const { notificationChannels } = await mustGraphQL<{ notificationChannels: { id: string }[] }>(api, `{ notificationChannels { id } }`);
    expect(notificationChannels.map((c) => c.id)).not.toContain(goneId);
    expect(notificationChannels.map((c) => c.id)).toContain(keepId);
  });
  await api.dispose();
});
