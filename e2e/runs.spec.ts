import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { expectNoSidewaysScroll, keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
let lab: Lab;
let api: APIRequestContext;
const ids: Record<string, string> = {};

async function startRun(names: string[], maxAttempts = 2): Promise<string> {
  const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, 'mutation Start($ids: [ID!]!, $n: Int!) { startRun(input: { deviceIds: $ids, maxAttempts: $n }) { id } }', {
    ids: names.map((name) => ids[name]),
    n: maxAttempts,
  });
  return startRun.id;
}

const runQuery = 'query Run($id: ID!) { run(id: $id) { status result { gitCommitStatus { sha } } devices { device { id } } } }';
type RunAnswer = { run: { status: string; result: { gitCommitStatus: { sha: string | null } | null } | null; devices: { device: { id: string } }[] } };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // In name order the healthy devices come first; the run page must put the failed ones on top.
  lab = await startLab({
    devices: [
      { name: `run-${suffix}-a`, platform: 'cisco-ios' },
      { name: `run-${suffix}-b`, platform: 'cisco-ios' },
      { name: `run-${suffix}-c`, platform: 'cisco-ios', fault: 'wrong-password' },
      { name: `run-${suffix}-d`, platform: 'cisco-ios', fault: 'refused' },
      { name: `run-${suffix}-hang`, platform: 'cisco-ios', fault: 'hang' },
    ],
  });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `run-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } },
  );
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `run-${suffix}`, kind: 'GIT' } },
  );
  for (const device of lab.devices) {
    const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: device.name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [createCredentialSet.id], repositoryId: createRepository.id },
    });
    ids[device.name] = createDevice.id;
  }
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('a run with failing devices: failed first, split bar, status filter, copyable commit, Retry failed', async ({ page, context }, testInfo) => {
  test.setTimeout(150_000);
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => `run-${suffix}-${x}`);
  const runId = await startRun([a, b, c, d]);
  await expect
    .poll(async () => (await mustGraphQL<RunAnswer>(api, runQuery, { id: runId })).run.status, { timeout: 60_000 })
    .toBe('PARTIAL');
  const { run } = await mustGraphQL<RunAnswer>(api, runQuery, { id: runId });
  const sha = run.result!.gitCommitStatus!.sha!;

  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, adminUsername, adminPassword, `/runs/${runId}`);

  await test.step('the title names the scope; failed devices come first; the bar is split', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 devices');
    const rows = page.getByTestId('run-device-row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText(c);
    await expect(rows.nth(0)).toContainText('AUTH_FAILED');
    await expect(rows.nth(1)).toContainText(d);
    await expect(rows.nth(1)).toContainText('UNREACHABLE');
    await expect(rows.nth(2)).toContainText(a);
    await expect(rows.nth(3)).toContainText(b);
    const bar = page.getByRole('progressbar', { name: 'Run progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(bar.locator('[data-segment="succeeded"]')).toHaveAttribute('style', /width: 50%/);
    await expect(bar.locator('[data-segment="failed"]')).toHaveAttribute('style', /width: 50%/);
    await expect(page.getByTestId('split-succeeded')).toHaveText('2 succeeded');
    await expect(page.getByTestId('split-failed')).toHaveText('2 failed');
    await expectNoSidewaysScroll(page);
    await keepScreenshot(page, testInfo, 'run-failed-first');
  });

  await test.step('results count devices and artifacts apart; the commit id is copyable', async () => {
    await expect(page.getByText('Devices backed up')).toBeVisible();
    await expect(page.getByText('Artifacts changed')).toBeVisible();
    await expect(page.getByTestId('commit-sha')).toHaveText(sha.slice(0, 12));
    await expect(page.getByTestId('commit-sha')).toHaveAttribute('title', sha);
    const copy = page.getByRole('button', { name: 'Copy commit id' });
    await expect(copy).toHaveAttribute('title', sha);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sha);
  });

  await test.step('the status filter shows only the failed devices and stays in the address', async () => {
    await page.getByLabel('Show').selectOption('failed');
    await expect(page).toHaveURL(new RegExp(`/runs/${runId}\\?devices=failed$`));
    await expect(page.getByTestId('run-device-row')).toHaveCount(2);
    await page.reload();
    await expect(page.getByLabel('Show')).toHaveValue('failed');
    await expect(page.getByTestId('run-device-row')).toHaveCount(2);
    await page.getByLabel('Show').selectOption('succeeded');
    await expect(page.getByTestId('run-device-row')).toHaveCount(2);
    await expect(page.getByTestId('run-device-row').first()).toContainText(a);
  });

  await test.step('Retry failed starts a run of exactly the failed devices and opens it', async () => {
    await page.getByRole('button', { name: 'Retry failed (2)' }).click();
    await expect(page).toHaveURL(/\/runs\/[0-9a-f-]+$/);
    const retryId = page.url().split('/').pop()!;
    expect(retryId).not.toBe(runId);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2 devices');
    const retry = await mustGraphQL<RunAnswer>(api, runQuery, { id: retryId });
    expect(retry.run.devices.map((x) => x.device.id).sort()).toEqual([ids[c], ids[d]].sort());
    await expect(page.getByTestId('run-status')).toHaveText('Failed', { timeout: 60_000 });
    await expect(page.getByTestId('split-failed')).toHaveText('2 failed');
    await keepScreenshot(page, testInfo, 'run-retry-failed');
  });

  await test.step('the runs list shows each run\'s scope, and its status filter lives in the address', async () => {
    await page.goto('/runs?status=PARTIAL');
    await expect(page.getByLabel('Status')).toHaveValue('PARTIAL');
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/runs/${runId}"]`) });
    await expect(row.getByTestId('run-scope')).toHaveText('4 devices');
    await page.getByLabel('Status').selectOption('FAILED');
    await expect(page).toHaveURL(/\/runs\?status=FAILED$/);
    await expect(row).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'runs-list');
  });
});

test('on a phone, a running run keeps Cancel run below the progress; running rows show their stage and elapsed time', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const hang = `run-${suffix}-hang`;
  const runId = await startRun([hang], 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, adminUsername, adminPassword, `/runs/${runId}`);
  const row = page.getByTestId('run-device-row').filter({ hasText: hang });
  await expect(row).toContainText('Running', { timeout: 20_000 });
  await expect(row.getByTestId('live-stage')).toBeVisible();
  await expect(row.getByTestId('elapsed')).toHaveText(/\d/);

  const cancel = page.getByRole('button', { name: 'Cancel run' });
  await expect(cancel).toHaveCount(1);
  const bar = await page.getByRole('progressbar', { name: 'Run progress' }).boundingBox();
  const button = await cancel.boundingBox();
  expect(button!.y).toBeGreaterThan(bar!.y);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(page, testInfo, 'run-live-phone');

  await cancel.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Cancelled', { timeout: 30_000 });
});
