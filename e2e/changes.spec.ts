import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const deviceName = `chg-${suffix}`;
let lab: Lab;
let api: APIRequestContext;
let deviceId: string;
const runIds: string[] = [];

async function backUp(): Promise<string> {
  const { backupDevice } = await mustGraphQL<{ backupDevice: { id: string } }>(api, 'mutation Run($id: ID!) { backupDevice(id: $id) { id } }', { id: deviceId });
  await expect
    .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, 'query Run($id: ID!) { run(id: $id) { status } }', { id: backupDevice.id })).run.status, { timeout: 60_000 })
    .toBe('SUCCEEDED');
  return backupDevice.id;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Sessions 0–2 play revision 0 and 3–5 revision 1: six runs, one real change at the fourth.
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }], changeEvery: 3 });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `chg-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } },
  );
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `chg-${suffix}`, kind: 'GIT' } },
  );
  const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
    input: { name: deviceName, host: lab.devices[0].host, port: lab.devices[0].port, backupMethod: lab.devices[0].backupMethod, credentialSetIds: [createCredentialSet.id], repositoryId: createRepository.id },
  });
  deviceId = createDevice.id;
  for (let i = 0; i < 6; i++) runIds.push(await backUp());
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('history shows versions, all collections behind a toggle; the dashboard and the run show the change with its diff', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await logIn(page, adminUsername, adminPassword, `/devices/${deviceId}`);

  await test.step('the device history lists two versions of running-config: Initial and the change', async () => {
    const history = page.getByRole('region', { name: 'Backup history' });
    const running = history.getByRole('row').filter({ hasText: 'running-config' });
    await expect(running).toHaveCount(2);
    await expect(running.nth(0)).toContainText('Changed');
    await expect(running.nth(0)).toContainText(/\+[1-9]\d* −[1-9]/);
    await expect(running.nth(0).getByRole('cell').nth(3)).toHaveText('3');
    await expect(running.nth(1)).toContainText('Initial');
    await expect(history.getByRole('row').filter({ hasText: 'startup-config' })).toHaveCount(2);
    await keepScreenshot(page, testInfo, 'device-versions');
  });

  await test.step('all collections shows every backup', async () => {
    await page.getByLabel('All collections').check();
    const history = page.getByRole('region', { name: 'Backup history' });
    await expect(history.getByRole('row').filter({ hasText: 'running-config' })).toHaveCount(6);
    await keepScreenshot(page, testInfo, 'device-all-collections');
  });

  await test.step('the dashboard lists the change with its line counts and a link to the diff', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const recent = page.getByTestId('recent-change').filter({ hasText: deviceName });
    await expect(recent).toHaveCount(2);
    await expect(recent.filter({ hasText: 'running-config' })).toContainText(/\+[1-9]\d* −[1-9]/);
    await keepScreenshot(page, testInfo, 'dashboard-recent-changes');
    await recent.filter({ hasText: 'running-config' }).getByRole('link', { name: /^Diff of / }).click();
    await expect(page).toHaveURL(new RegExp(`/devices/${deviceId}/compare\\?from=`));
  });

  await test.step('the runs list counts the change and filters runs with changes', async () => {
    await page.goto('/dashboard');
    await page.getByRole('link', { name: 'Runs with changes' }).click();
    await expect(page).toHaveURL(/\/runs\?changes=1$/);
    await expect(page.getByLabel('With changes only')).toBeChecked();
    // Other test files' runs may be listed too; of this file's six runs only the fourth changed.
    const rowOf = (runId: string) => page.getByRole('row').filter({ has: page.locator(`a[href="/runs/${runId}"]`) });
    await expect(rowOf(runIds[3]).getByTestId('run-changes')).toHaveText('2 changed');
    for (const runId of [runIds[0], runIds[1], runIds[2], runIds[4], runIds[5]]) await expect(rowOf(runId)).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('With changes only')).toBeChecked();
    await expect(rowOf(runIds[3])).toHaveCount(1);
    // The filter is the address: the box is cleared once the address says so.
    await page.getByLabel('With changes only').click();
    await expect(page).toHaveURL(/\/runs$/);
    await expect(page.getByLabel('With changes only')).not.toBeChecked();
    await expect(rowOf(runIds[0]).getByTestId('run-changes')).toContainText('2 initial');
  });

  await test.step("the run's Changes tab shows each changed artifact's diff", async () => {
    await page.goto(`/runs/${runIds[3]}`);
    await page.getByRole('tab', { name: 'Changes (2)' }).click();
    const card = page.getByRole('article', { name: `${deviceName} running-config` });
    await expect(card).toContainText('Changed');
    const diff = card.getByLabel('Diff');
    await expect(diff).toContainText(/-\s*description access port \d+ rev 0/);
    await expect(diff).toContainText(/\+\s*description access port \d+ rev 1/);
    await keepScreenshot(page, testInfo, 'run-changes');
  });
});
