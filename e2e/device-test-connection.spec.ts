import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const deviceName = `edge-vyos-${suffix}`;
const setName = `vyos-login-${suffix}`;
let lab: Lab;
let api: APIRequestContext;

test.beforeAll(async () => {
  lab = await startLab({ devices: [{ platform: 'vyos', name: deviceName }] });
  api = await adminApi();
  await mustGraphQL(api, 'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }', {
    input: { name: setName, username: lab.devices[0].username, password: lab.devices[0].password },
  });
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('Detect fills the backup method from what the device shows; Test connection logs in without a backup', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const labDevice = lab.devices[0];
  await logIn(page, adminUsername, adminPassword);
  await page.getByRole('link', { name: 'Add device' }).click();
  await page.getByLabel('Name', { exact: true }).fill(deviceName);
  await page.getByLabel('Host').fill(labDevice.host);
  await page.getByLabel('Port').fill(String(labDevice.port));

  await test.step('Detect waits for a host and a credential set, then picks the method and says why', async () => {
    const detect = page.getByRole('button', { name: 'Detect', exact: true });
    await expect(detect).toBeDisabled();
    await page.getByLabel('Add credential set').selectOption({ label: `${setName} (${labDevice.username})` });
    await expect(detect).toBeEnabled();
    await detect.click();
    await expect(page.getByLabel('Backup method')).toHaveValue('vyos');
    await expect(page.getByRole('status').filter({ hasText: 'Detected vyos' })).toContainText('VyOS 1.4.0');
    await keepScreenshot(page, testInfo, 'device-form-detected');
    expect(labDevice.fetches()).toBe(0);
  });

  await page.getByRole('button', { name: 'Add device' }).click();
  await expect(page).toHaveURL(/\/devices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Not known yet');

  await test.step('Test connection shows reached, authenticated, prompt, banner, host key and platform', async () => {
    await page.getByRole('button', { name: 'Test connection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connection test' });
    const result = dialog.getByLabel('Connection test result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result).toContainText('Reached: yes');
    await expect(result).toContainText('Authenticated: yes');
    await expect(result).toContainText(`vyos@${deviceName}:~$`);
    await expect(result).toContainText('Welcome to VyOS');
    await expect(result).toContainText('trusted from now on');
    await expect(result).toContainText('matches the configured platform');
    await keepScreenshot(page, testInfo, 'device-test-connection');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // The first key is trusted as a backup would trust it; nothing was backed up.
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('SHA256:');
    expect(labDevice.fetches()).toBe(0);
  });
});
