import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
let lab: Lab;
let api: APIRequestContext;
let repositoryId: string;
let deviceId: string;
const deviceName = `ret-${suffix}`;

async function backUp(): Promise<void> {
  const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, 'mutation Run($input: StartRunInput!) { startRun(input: $input) { id } }', {
    input: { deviceIds: [deviceId], repositoryId },
  });
  await expect
    .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, 'query Run($id: ID!) { run(id: $id) { status } }', { id: startRun.id })).run.status, { timeout: 30_000 })
    .toBe('SUCCEEDED');
}

test.beforeAll(async () => {
  // The configuration never changes: every backup after the first is an unchanged confirmation.
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }], changeEvery: 1_000 });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `ret-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } },
  );
  ({ createRepository: { id: repositoryId } } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `ret-configs-${suffix}`, kind: 'GIT' } },
  ));
  ({ createDevice: { id: deviceId } } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
    input: { name: deviceName, host: lab.devices[0].host, port: lab.devices[0].port, backupMethod: lab.devices[0].backupMethod, credentialSetIds: [createCredentialSet.id], repositoryId },
  }));
  for (let i = 0; i < 3; i++) await backUp();
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('an admin sets a retention policy, previews and applies it, then retires and restores a device', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await logIn(page, adminUsername, adminPassword, `/repositories/${repositoryId}/edit`);
  const section = page.getByRole('region', { name: 'Retention' });
  await expect(section).toContainText('No policy: every backup is kept.');

  await test.step('save a policy that keeps only changes and the latest backups', async () => {
    const form = section.getByRole('form', { name: 'Retention policy' });
    for (const label of ['Keep every backup (days)', 'Then one a day (days)', 'Then one a week (weeks)', 'Then one a month (months)']) await form.getByLabel(label).fill('0');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await expect(section.getByRole('row', { name: /The repository/ })).toContainText('0 days');
  });

  await test.step('the preview lists the unchanged confirmations; apply removes them', async () => {
    await section.getByRole('button', { name: 'Preview removals' }).click();
    const result = section.getByRole('status', { name: 'Retention result' });
    // Three backups of each artifact: the first (a change) and the latest stay.
    await expect(result).toContainText(/would remove [1-9]\d* of \d+ backups/);
    await expect(result.getByRole('row', { name: new RegExp(deviceName) }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, 'retention-preview');
    const wouldRemove = (await result.textContent())!.match(/would remove (\d+)/)![1];
    await section.getByRole('button', { name: 'Apply now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(result).toContainText(`removed ${wouldRemove} of`);
    await section.getByRole('button', { name: 'Preview removals' }).click();
    await expect(result).toContainText('would remove 0 of');
  });

  await test.step('retire the device and restore it from its page', async () => {
    await page.goto(`/devices/${deviceId}`);
    await page.getByRole('button', { name: 'Retire' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retire' }).click();
    await expect(page.getByText('Retired', { exact: true })).toBeVisible();
    await keepScreenshot(page, testInfo, 'device-retired');
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByText('Retired', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Retire' })).toBeVisible();
  });
});
