import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { expectNoSidewaysScroll, keepScreenshot, logIn } from './support/ui';

test('pages fit a phone screen', async ({ page }, testInfo) => {
  const deviceName = `phone-${Date.now().toString(36)}`;
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: deviceName, host: '2001:db8::1', backupMethod: 'cisco-ios', location: 'emea/ams1', tags: ['core', 'phone'] },
    });
  } finally {
    await api.dispose();
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, adminUsername, adminPassword);
  await page.getByLabel('Search').fill('emea/ams1');
  await expect(page.getByRole('row', { name: new RegExp(deviceName) })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await keepScreenshot(page, testInfo, 'devices-phone');
  await page.goto('/devices/new');
  await expect(page.getByLabel('Host')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await keepScreenshot(page, testInfo, 'device-form-phone');
});
