import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test('an admin adds a filesystem repository and a device can store into it', async ({ page }, testInfo) => {
  const name = `configs-${Date.now().toString(36)}`;
  await logIn(page, adminUsername, adminPassword, '/settings');

  await page.getByRole('link', { name: 'Repositories' }).click();
  await page.getByRole('link', { name: 'Add repository' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await expect(page.getByLabel('Branch')).toBeVisible();
  await page.getByLabel('Kind').selectOption('FILESYSTEM');
  // A plain folder has no branch, remote or commit author.
  await expect(page.getByLabel('Branch')).toHaveCount(0);
  await page.getByLabel('Path template').fill('{location}/{device}/{artifact}');
  await keepScreenshot(page, testInfo, 'repository-form');
  await page.getByRole('button', { name: 'Add repository' }).click();

  await expect(page).toHaveURL(/\/repositories$/);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Filesystem');
  await expect(row).toContainText('{location}/{device}/{artifact}');
  await keepScreenshot(page, testInfo, 'repositories');
  // The preview renders the saved template for a chosen device, with the server's own code.
  const deviceName = `dist-sw-${Date.now().toString(36)}`;
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: deviceName, host: 'dist.example.net', backupMethod: 'cisco-ios', location: 'emea/ams 1' },
    });
  } finally {
    await api.dispose();
  }
  await page.reload();
  await page.getByLabel('Repository', { exact: true }).selectOption({ label: name });
  await page.getByLabel('Device for the preview').selectOption({ label: deviceName });
  await expect(page.getByRole('list', { name: 'Paths for the chosen device' })).toContainText(`emea/ams_1/${deviceName}/running-config`);
  await row.getByRole('button', { name: `Test ${name}` }).click();
  await expect(page.getByRole('status')).toContainText(`${name} is ready to use`);
  await expect(page.getByRole('status')).toContainText('will be created in');

  await page.goto('/devices/new');
  await expect(page.getByLabel('Repository')).toContainText(name);
});
