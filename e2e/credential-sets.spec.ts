import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test('a credential set in use cannot be deleted, and the dialog says why', async ({ page }, testInfo) => {
  const suffix = Date.now().toString(36);
  const setName = `in-use-${suffix}`;
  const api = await adminApi();
  try {
    const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
      api,
      'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
      { input: { name: setName, username: 'backup', password: 'secret-1', enableSecret: 'enable-1' } },
    );
    await mustGraphQL(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: `uses-${suffix}`, host: '198.51.100.7', backupMethod: 'cisco-ios', credentialSetIds: [createCredentialSet.id] },
    });
  } finally {
    await api.dispose();
  }

  await logIn(page, adminUsername, adminPassword, '/settings');
  await page.getByRole('link', { name: 'Credential sets' }).click();
  const row = page.getByRole('row', { name: new RegExp(setName) });
  await expect(row).toContainText('Enable secret');

  await test.step('secrets are never sent back to the edit form', async () => {
    await page.getByRole('link', { name: `Edit ${setName}` }).click();
    await expect(page.getByLabel('Username')).toHaveValue('backup');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('placeholder', /Stored/);
    await keepScreenshot(page, testInfo, 'credential-set-form-edit');
    await page.getByRole('link', { name: 'Cancel' }).click();
  });

  await page.getByRole('button', { name: `Delete ${setName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete credential set' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/used by/i);
  await keepScreenshot(page, testInfo, 'credential-set-delete-refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: new RegExp(setName) })).toBeVisible();
});
