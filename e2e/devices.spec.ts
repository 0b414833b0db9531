import { expect, test } from '@playwright/test';
import { adminApi, deviceCount, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test('an admin adds a device through the form; an invalid host is refused beside the field', async ({ page }, testInfo) => {
  const suffix = Date.now().toString(36);
  const setName = `lab-login-${suffix}`;
  const deviceName = `core-sw-${suffix}`;

  await test.step('a wrong password is refused with a message', async () => {
    await page.goto('/devices');
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel('Username').fill(adminUsername);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /wrong username or password/i })).toBeVisible();
    await keepScreenshot(page, testInfo, 'login-refused');
  });

  await logIn(page, adminUsername, adminPassword);

  await test.step('add a credential set', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Credential sets' }).click();
    await page.getByRole('link', { name: 'Add credential set' }).click();
    await page.getByLabel('Name', { exact: true }).fill(setName);
    await page.getByLabel('Username').fill('netops');
    await page.getByLabel('Password').fill('lab-secret-1');
    await keepScreenshot(page, testInfo, 'credential-set-form');
    await page.getByRole('button', { name: 'Add credential set' }).click();
    await expect(page).toHaveURL(/\/credential-sets$/);
    const row = page.getByRole('row', { name: new RegExp(setName) });
    await expect(row).toContainText('netops');
    await expect(row).toContainText('Password');
    await keepScreenshot(page, testInfo, 'credential-sets');
  });

  await page.getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('link', { name: 'Add device' }).click();
  await page.getByLabel('Name', { exact: true }).fill(deviceName);
  await page.getByLabel('Host').fill('not a host!');
  await page.getByLabel('Port').fill('2222');
  await page.getByLabel('Backup method').selectOption('cisco-ios');
  await page.getByLabel('Add credential set').selectOption({ label: `${setName} (netops)` });
  await page.getByLabel('Location').fill('emea/ams1');
  await page.getByLabel('Tags').fill('core, lab');

  await test.step('a bad port and a bad host are both shown at once, before anything is sent', async () => {
    await page.getByLabel('Port').fill('70000');
    await page.getByRole('button', { name: 'Add device' }).click();
    await expect(page.getByLabel('Port')).toHaveAccessibleDescription(/between 1 and 65535/);
    await expect(page.getByLabel('Host')).toHaveAccessibleDescription(/not an IPv4 or IPv6 address or a DNS name/i);
    await page.getByLabel('Port').fill('2222');
  });

  await test.step('an invalid host is shown next to the field and nothing is created', async () => {
    await page.getByRole('button', { name: 'Add device' }).click();
    const host = page.getByLabel('Host');
    await expect(host).toHaveAttribute('aria-invalid', 'true');
    await expect(host).toHaveAccessibleDescription(/not an IPv4 or IPv6 address or a DNS name/i);
    // What was typed is still there to be corrected.
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(deviceName);
    await expect(host).toHaveValue('not a host!');
    await expect(page).toHaveURL(/\/devices\/new$/);
    await keepScreenshot(page, testInfo, 'device-form-invalid-host');

    const api = await adminApi();
    try {
      expect(await deviceCount(api, deviceName)).toBe(0);
    } finally {
      await api.dispose();
    }
  });

  await test.step('a valid host creates the device, listed with what was entered', async () => {
    await page.getByLabel('Host').fill('192.0.2.10');
    await expect(page.getByLabel('Host')).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Add device' }).click();
    await expect(page).toHaveURL(/\/devices\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: 'Device added.' })).toBeVisible();
    await page.goto('/devices');
    const row = page.getByRole('row', { name: new RegExp(deviceName) });
    await expect(row).toContainText('192.0.2.10');
    await expect(row).toContainText('2222');
    // The Platform column (the backup method's platform) shows by default.
    await expect(row).toContainText('cisco-ios');
    await expect(row).toContainText('emea/ams1');
    await expect(row).toContainText('core');
    await expect(row).not.toContainText('Disabled');
    await keepScreenshot(page, testInfo, 'devices');
  });

  await test.step('the edit form shows the stored device, credential sets in order', async () => {
    await page.getByRole('link', { name: `Edit ${deviceName}` }).click();
    await expect(page.getByLabel('Host')).toHaveValue('192.0.2.10');
    await expect(page.getByLabel('Backup method')).toHaveValue('cisco-ios');
    await expect(page.getByRole('listitem').filter({ hasText: setName })).toBeVisible();
    await keepScreenshot(page, testInfo, 'device-form-edit');
  });

  await test.step('search narrows the list', async () => {
    await page.goto('/devices');
    await page.getByLabel('Search').fill(deviceName);
    await expect(page.getByRole('row', { name: new RegExp(deviceName) })).toBeVisible();
    await page.getByLabel('Search').fill(`${deviceName}-nothing`);
    await expect(page.getByText('No device matches')).toBeVisible();
  });
});

test('Next and Previous page through the devices; Delete asks first', async ({ page }, testInfo) => {
  const prefix = `page-${Date.now().toString(36)}`;
  const api = await adminApi();
  try {
    for (let i = 1; i <= 27; i++) {
      await mustGraphQL(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
        input: { name: `${prefix}-${String(i).padStart(2, '0')}`, host: `192.0.2.${i}`, backupMethod: 'generic' },
      });
    }
  } finally {
    await api.dispose();
  }

  await logIn(page, adminUsername, adminPassword);
  await page.getByLabel('Search').fill(prefix);
  await expect(page.getByText('1–25 of 27')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('26–27 of 27')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${prefix}-27`) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`${prefix}-01`) })).toBeVisible();

  await page.getByRole('button', { name: `Delete ${prefix}-01` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete device' });
  await expect(dialog).toContainText(`${prefix}-01`);
  await keepScreenshot(page, testInfo, 'device-delete-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`${prefix}-01`) })).toBeVisible();

  await page.getByRole('button', { name: `Delete ${prefix}-01` }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(`${prefix}-01`) })).toHaveCount(0);
  await expect(page.getByText('1–25 of 26')).toBeVisible();
});
