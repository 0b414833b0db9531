import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { expectNoSidewaysScroll, keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const tag = `lab${suffix}`;
let lab: Lab;
let api: APIRequestContext;
const deviceIds: string[] = [];
let binaryId: string;

test.beforeAll(async () => {
  lab = await startLab({ devices: Array.from({ length: 5 }, () => ({ platform: 'cisco-ios' })), changeEvery: 1 });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `lab-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } },
  );
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `lab-configs-${suffix}`, kind: 'GIT' } },
  );
  const add = async (input: Record<string, unknown>) => {
    const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { credentialSetIds: [createCredentialSet.id], repositoryId: createRepository.id, location: 'lab/rack1', ...input },
    });
    return createDevice.id;
  };
  for (const [i, device] of lab.devices.entries()) {
    deviceIds.push(await add({ name: `lab-${suffix}-${i + 1}`, host: device.host, port: device.port, backupMethod: device.backupMethod, tags: [tag] }));
  }
  binaryId = await add({ name: `bin-${suffix}`, host: lab.devices[0].host, port: lab.devices[0].port, backupMethod: 'binary-demo', options: { sizeBytes: 200_000 } });
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('back up lab devices from the list, watch the run live, view and compare versions', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await logIn(page, adminUsername, adminPassword, null);
  await keepScreenshot(page, testInfo, 'dashboard');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Devices' }).click();

  await test.step('select the lab devices and back them up', async () => {
    await page.getByLabel('Search').fill(tag);
    await expect(page.getByText('1–5 of 5')).toBeVisible();
    await page.getByLabel('Select all devices on this page').check();
    await page.getByRole('button', { name: 'Back up now (5)' }).click();
    await expect(page).toHaveURL(/\/runs\/[0-9a-f-]+$/);
  });

  await test.step('the progress bar reaches 100% and the run succeeds without a reload', async () => {
    const bar = page.getByRole('progressbar', { name: 'Run progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
    await expect(page.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 30_000 });
    const table = page.getByRole('table').last();
    await expect(table.getByRole('row', { name: new RegExp(`lab-${suffix}-1`) })).toContainText('Succeeded');
    await keepScreenshot(page, testInfo, 'run-detail');
  });

  const firstDevice = `lab-${suffix}-1`;
  await test.step('open the device, its history and one configuration', async () => {
    await page.getByRole('link', { name: firstDevice, exact: true }).click();
    await expect(page.getByRole('heading', { name: firstDevice })).toBeVisible();
    const history = page.getByRole('region', { name: 'Backup history' });
    await expect(history.getByRole('link', { name: /^View / }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, 'device-detail');
    await history.getByRole('link', { name: /^View / }).first().click();
    const config = page.getByRole('table', { name: 'Configuration' });
    await expect(config).toContainText('hostname');
    await page.getByLabel('Find').fill('interface');
    await expect(page.getByText(/\d+ matching lines?/)).toBeVisible();
    await keepScreenshot(page, testInfo, 'backup-view');
    await page.getByRole('link', { name: 'Back to device' }).click();
  });

  await test.step('a second backup, then compare the two versions', async () => {
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page).toHaveURL(/\/runs\/[0-9a-f-]+$/);
    await expect(page.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 60_000 });
    await page.getByRole('link', { name: firstDevice, exact: true }).click();
    const history = page.getByRole('region', { name: 'Backup history' });
    const compare = history.getByRole('link', { name: /^Compare .* with the version before$/ }).first();
    await expect(compare).toBeVisible();
    await compare.click();
    await expect(page.getByRole('heading', { name: /^Compare / })).toBeVisible();
    await expect(page.getByLabel('Line stats')).toContainText(/\+[1-9]/);
    await expect(page.locator('[data-change="added"]').first()).toBeVisible();
    await expect(page.locator('[data-change="removed"]').first()).toBeVisible();
    await keepScreenshot(page, testInfo, 'compare-side-by-side');
    await page.getByText('Unified', { exact: true }).click();
    await expect(page.getByRole('table', { name: 'Unified diff' }).locator('[data-change="added"]').first()).toBeVisible();
    await keepScreenshot(page, testInfo, 'compare-unified');
  });

  await test.step('the dashboard counts the backups', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { name: 'Changed most in 30 days' })).toBeVisible();
    const mostChanged = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Last change' }) });
    await expect(mostChanged.getByRole('link', { name: firstDevice })).toBeVisible();
    await keepScreenshot(page, testInfo, 'dashboard-after-runs');
  });
});

test('a binary backup downloads with the sha256 the API reports', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await logIn(page, adminUsername, adminPassword, `/devices/${binaryId}`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 60_000 });
  await page.goto(`/devices/${binaryId}`);
  const history = page.getByRole('region', { name: 'Backup history' });
  await expect(history.getByRole('row', { name: /demo\.bin/ })).toContainText('Binary');
  await expect(history.getByRole('link', { name: /^Compare / })).toHaveCount(0);
  await expect(history.getByRole('link', { name: /^View / })).toHaveCount(0);

  const { device } = await mustGraphQL<{ device: { backups: { nodes: { sha256: string; size: number }[] } } }>(
    api,
    'query Bin($id: ID!) { device(id: $id) { backups { nodes { sha256 size } } } }',
    { id: binaryId },
  );
  const expected = device.backups.nodes[0];
  expect(expected.size).toBe(200_000);

  const [download] = await Promise.all([page.waitForEvent('download'), history.getByRole('link', { name: /^Download demo\.bin/ }).first().click()]);
  const file = await download.path();
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  expect(sha256).toBe(expected.sha256);
  await keepScreenshot(page, testInfo, 'device-binary');
});

test('every main page renders at 1280 px and at phone width', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await logIn(page, adminUsername, adminPassword, null);
  const { runs } = await mustGraphQL<{ runs: { nodes: { id: string }[] } }>(api, '{ runs(first: 1) { nodes { id } } }');
  const pages: [string, string, RegExp][] = [
    ['dashboard', '/dashboard', /^Dashboard$/],
    ['devices', '/devices', /^Devices$/],
    ['device-import', '/devices/import', /^Import devices$/],
    ['device', `/devices/${deviceIds[0]}`, new RegExp(`^lab-${suffix}-1$`)],
    ['runs', '/runs', /^Runs$/],
    // A run's title is its scope: "1 device", "Schedule demo · 62 devices", "All devices · 60".
    ...(runs.nodes[0] ? [['run', `/runs/${runs.nodes[0].id}`, /devices?( · \d+)?$/] as [string, string, RegExp]] : []),
    ['schedules', '/schedules', /^Schedules$/],
    ['schedule-form', '/schedules/new', /^Add schedule$/],
    ['backup-methods', '/backup-methods', /^Backup methods$/],
    ['settings', '/settings', /^Settings$/],
    ['credential-sets', '/credential-sets', /^Credential sets$/],
    ['repositories', '/repositories', /^Repositories$/],
    ['users', '/settings/users', /^Settings$/],
    ['api-tokens', '/settings/api-tokens', /^Settings$/],
    ['audit-log', '/settings/audit', /^Settings$/],
  ];
  for (const [width, label] of [
    [1280, 'wide'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
    for (const [name, path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await keepScreenshot(page, testInfo, `${name}-${label}`);
    }
  }
});
