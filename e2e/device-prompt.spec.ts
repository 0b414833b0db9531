import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, deviceCount, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const deviceName = `lab-rtr-${suffix}`;
const setName = `lab-login-${suffix}`;
const repositoryName = `lab-configs-${suffix}`;
// The lab shows the device's name as its hostname, so this matches "lab-rtr-…>" and "lab-rtr-…#".
const prompt = String.raw`^lab-rtr-\w+[>#]$`;
let lab: Lab;
let api: APIRequestContext;

test.beforeAll(async () => {
  // A router that was never saved: IOS answers `show startup-config` with this line only.
  lab = await startLab({ devices: [{ platform: 'cisco-ios', name: deviceName, outputs: { 'show startup-config': 'startup-config is not present' } }] });
  api = await adminApi();
  await mustGraphQL(api, 'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }', {
    input: { name: setName, username: lab.devices[0].username, password: lab.devices[0].password, enableSecret: lab.devices[0].enableSecret },
  });
  await mustGraphQL(api, 'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }', { input: { name: repositoryName, kind: 'GIT' } });
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('a custom prompt is checked beside its field and used; a never-saved router is flagged after a backup', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const labDevice = lab.devices[0];
  await logIn(page, adminUsername, adminPassword);
  await page.getByRole('link', { name: 'Add device' }).click();
  await page.getByLabel('Name', { exact: true }).fill(deviceName);
  await page.getByLabel('Host').fill(labDevice.host);
  await page.getByLabel('Port').fill(String(labDevice.port));
  await page.getByLabel('Backup method').selectOption('cisco-ios');
  await page.getByLabel('Add credential set').selectOption({ label: `${setName} (${labDevice.username})` });
  await page.getByLabel('Repository').selectOption({ label: repositoryName });

  await test.step('an invalid regular expression is shown next to the Prompt field and nothing is created', async () => {
    await page.getByLabel('Prompt', { exact: true }).fill('([');
    await page.getByRole('button', { name: 'Add device' }).click();
    const field = page.getByLabel('Prompt', { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/not a valid regular expression/i);
    await expect(field).toHaveValue('([');
    await expect(page).toHaveURL(/\/devices\/new$/);
    await keepScreenshot(page, testInfo, 'device-form-invalid-prompt');
    expect(await deviceCount(api, deviceName)).toBe(0);
  });

  await test.step('a valid prompt creates the device, which shows it', async () => {
    await page.getByLabel('Prompt', { exact: true }).fill(prompt);
    await expect(page.getByLabel('Prompt', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Add device' }).click();
    // The form returns to the device it added, and says so.
    await expect(page).toHaveURL(/\/devices\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: 'Device added.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: deviceName })).toBeVisible();
    const status = page.getByRole('region', { name: 'Status' });
    await expect(status).toContainText('Prompt');
    await expect(status.getByText(prompt, { exact: true })).toBeVisible();
    // Not backed up yet: whether the configuration is saved is not known.
    await expect(status).not.toContainText('Running configuration');
  });

  await test.step('the edit form holds the prompt', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue(prompt);
    await page.goBack();
  });

  await test.step('a backup succeeds with the custom prompt and warns that startup-config is absent', async () => {
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page).toHaveURL(/\/runs\/[0-9a-f-]+$/);
    await expect(page.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 60_000 });
    const row = page.getByRole('row', { name: new RegExp(deviceName) });
    await expect(row).toContainText('Succeeded');
    await expect(row).toContainText('1 warning');
    await expect(row.getByRole('list', { name: 'Warnings' })).toHaveText('startup-config absent: startup-config is not present');
    await keepScreenshot(page, testInfo, 'run-detail-warning');
  });

  await test.step('the device page and the list say the router was never saved', async () => {
    await page.getByRole('link', { name: deviceName, exact: true }).click();
    const status = page.getByRole('region', { name: 'Status' });
    await expect(status).toContainText('Running configuration');
    await expect(status).toContainText('Never saved');
    const runs = page.getByRole('region', { name: 'Runs' });
    await expect(runs.getByRole('list', { name: 'Warnings' })).toContainText('startup-config absent');
    await expect(page.getByRole('region', { name: 'Backup history' })).toContainText('running-config');
    await keepScreenshot(page, testInfo, 'device-detail-never-saved');

    await page.goto('/devices');
    await page.getByLabel('Search').fill(deviceName);
    await expect(page.getByText('1–1 of 1')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(deviceName) })).toContainText('Never saved');
    await keepScreenshot(page, testInfo, 'devices-never-saved');
  });
});
