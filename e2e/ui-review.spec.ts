import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername, baseURL } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

/** What the UI review of the demo found wrong, checked on the pages it named. */

const suffix = Date.now().toString(36);
const viewer = { username: `review-viewer-${suffix}`, password: 'review-viewer-password' };
let lab: Lab;
let api: APIRequestContext;
const ids: Record<string, string> = {};

async function startRun(names: string[], maxAttempts = 1): Promise<string> {
  const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, 'mutation Start($ids: [ID!]!, $n: Int!) { startRun(input: { deviceIds: $ids, maxAttempts: $n }) { id } }', {
    ids: names.map((name) => ids[name]),
    n: maxAttempts,
  });
  return startRun.id;
}

async function runEnds(runId: string): Promise<void> {
  await expect
    .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, 'query Run($id: ID!) { run(id: $id) { status } }', { id: runId })).run.status, { timeout: 60_000 })
    .toMatch(/^(SUCCEEDED|PARTIAL|FAILED)$/);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Every collection of a `changeEvery: 1` device finds a new configuration: each run makes a version.
  lab = await startLab({
    devices: [
      { name: `review-${suffix}-sw`, platform: 'cisco-ios' },
      { name: `review-${suffix}-hang`, platform: 'cisco-ios', fault: 'hang' },
    ],
    changeEvery: 1,
  });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `review-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } },
  );
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `review-${suffix}`, kind: 'GIT' } },
  );
  for (const device of lab.devices) {
    const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: device.name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [createCredentialSet.id], repositoryId: createRepository.id, tags: [`review-${suffix}`, 'core'] },
    });
    ids[device.name] = createDevice.id;
  }
  await mustGraphQL(api, 'mutation User($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { ...viewer, role: 'VIEWER' } });
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

async function box(page: Page, selector: Parameters<Page['locator']>[0]) {
  const found = await page.locator(selector).first().boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

test('the login card stays put when a wrong password is reported, and names the version', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/login');
  await expect(page.getByTestId('version')).toHaveText(/^Tidemark \d+\.\d+\.\d+/);
  await expect(page.getByText(/Forgot your password\? An admin sets a new one/)).toBeVisible();
  const before = await box(page, 'form');
  await page.getByLabel('Username').fill(adminUsername);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Wrong username or password')).toBeVisible();
  const after = await box(page, 'form');
  expect(after.y).toBe(before.y);
});

test('a viewer opening Add device or Edit sees why, not a form refused on submit', async ({ page }) => {
  await logIn(page, viewer.username, viewer.password, '/devices/new');
  await expect(page.getByText('Adding a device needs the operator role')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveCount(0);
  await page.goto(`/devices/${ids[`review-${suffix}-sw`]}/edit`);
  await expect(page.getByText('Editing a device needs the operator role')).toBeVisible();
  await expect(page.getByLabel('Host')).toHaveCount(0);
});

test('the dashboard: a running run’s date stays clear of its bar, and recent runs fit their frame', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // The hanging device keeps the run under way while the dashboard is read.
  const runId = await startRun([`review-${suffix}-hang`]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, adminUsername, adminPassword, null);
  const running = page.getByTestId('running-run').first();
  await expect(running).toBeVisible({ timeout: 30_000 });
  const date = await running.getByRole('link').boundingBox();
  const bar = await page.getByRole('progressbar', { name: 'Run progress' }).first().boundingBox();
  expect(date && bar).toBeTruthy();
  expect(date!.x + date!.width).toBeLessThanOrEqual(bar!.x);
  const recent = page.locator('section', { has: page.getByRole('heading', { name: 'Recent runs' }) }).getByRole('table');
  await expect(recent).toBeVisible();
  const fits = await recent.evaluate((table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0));
  expect(fits).toBe(true);
  await keepScreenshot(page, testInfo, 'dashboard-running');
  await mustGraphQL(api, 'mutation Cancel($id: ID!) { cancelRun(id: $id) { id } }', { id: runId });

  await test.step('the audit log links the run it started instead of calling it gone', async () => {
    await page.goto('/settings/audit?action=start-run');
    const link = page.getByRole('link', { name: runId.slice(0, 8), exact: true });
    await expect(link).toHaveAttribute('href', `/runs/${runId}`);
  });
});

test('the device page shows its tags; a version’s page: Enter in Find goes to a match, lines have links, versions step back and forth', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const name = `review-${suffix}-sw`;
  await runEnds(await startRun([name]));
  await runEnds(await startRun([name]));
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, adminUsername, adminPassword, `/devices/${ids[name]}`);

  await expect(page.getByTestId('device-detail-tags')).toContainText(`review-${suffix}`);
  await expect(page.getByTestId('device-detail-tags')).toContainText('core');
  const history = page.getByRole('region', { name: 'Backup history' });
  await test.step('the history filters by artifact', async () => {
    await history.getByLabel('Artifact').selectOption('startup-config');
    await expect(page.getByTestId('version-row').filter({ hasText: 'running-config' })).toHaveCount(0);
    await expect(page.getByTestId('version-row').filter({ hasText: 'startup-config' }).first()).toBeVisible();
    await history.getByLabel('Artifact').selectOption('running-config');
    await expect(page.getByTestId('version-row').filter({ hasText: 'startup-config' })).toHaveCount(0);
  });

  await test.step('the newest version steps to the one before and compares with it', async () => {
    await history.getByRole('link', { name: /^View running-config/ }).first().click();
    await expect(page.getByRole('table', { name: 'Configuration' })).toContainText('hostname');
    await expect(page.getByText('Latest version')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Compare with previous' })).toHaveAttribute('href', /\/compare\?from=.+&to=.+/);
    await expect(page.getByRole('button', { name: 'Copy SHA-256' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy configuration' })).toBeVisible();
  });

  await test.step('Enter in Find goes to the first match and on to the next; Shift+Enter goes back', async () => {
    const find = page.getByLabel('Find');
    await find.fill('interface');
    await expect(page.getByTestId('find-count')).toHaveText(/^\d+ matching lines$/);
    await find.press('Enter');
    await expect(page.getByTestId('find-count')).toHaveText(/^Match 1 of \d+ · line \d+$/);
    const first = Number((await page.getByTestId('find-count').innerText()).match(/line (\d+)$/)![1]);
    await expect(page.locator(`#L${first}`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator(`#L${first}`)).toBeInViewport();
    await find.press('Enter');
    await expect(page.getByTestId('find-count')).toHaveText(/^Match 2 of /);
    await find.press('Shift+Enter');
    await expect(page.getByTestId('find-count')).toHaveText(/^Match 1 of /);
    await keepScreenshot(page, testInfo, 'backup-find');
  });

  await test.step('a line number links to its line', async () => {
    await page.getByRole('link', { name: 'Link to line 5', exact: true }).click();
    await expect(page).toHaveURL(/#L5$/);
    const url = page.url();
    await page.goto(`${baseURL}/dashboard`);
    await page.goto(url);
    await expect(page.locator('#L5')).toHaveClass(/bg-sky-100/);
  });

  await test.step('the version before steps forward again to the latest', async () => {
    await page.getByRole('link', { name: '← Previous version' }).click();
    await expect(page.getByRole('link', { name: 'Next version →' })).toBeVisible();
    await page.getByRole('link', { name: 'Next version →' }).click();
    await expect(page.getByText('Latest version')).toBeVisible();
  });
});
