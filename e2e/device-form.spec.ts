import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test('the device form: a chosen credential set counts at once, none is warned about, file paths are options', async ({ page }, testInfo) => {
  const suffix = Date.now().toString(36);
  const setName = `form-set-${suffix}`;
  const deviceName = `form-files-${suffix}`;
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }', { input: { name: setName, username: 'backup', password: 'secret-pass' } });
  } finally {
    await api.dispose();
  }

  await logIn(page, adminUsername, adminPassword, '/devices/new');
  await expect(page.getByRole('note').filter({ hasText: 'No credential set' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(deviceName);
  await page.getByLabel('Host').fill('192.0.2.44');
  await page.getByLabel('Backup method').selectOption('sftp-file');
  const paths = page.getByLabel('paths');
  await expect(paths).toHaveAccessibleDescription(/One per line\. Required\./);

  // Choosing a set adds it: no other click, and the warning goes.
  await page.getByLabel('Add credential set').selectOption({ label: `${setName} (backup)` });
  await expect(page.getByRole('listitem').filter({ hasText: setName })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'No credential set' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add device' }).click();
  await expect(page.getByText(/^paths: /)).toBeVisible();
  await expect(page).toHaveURL(/\/devices\/new$/);

  await paths.fill('/flash/config.cfg\n/flash/vlan.dat\n');
  await keepScreenshot(page, testInfo, 'device-form-file-options');
  await page.getByRole('button', { name: 'Add device' }).click();
  await expect(page).toHaveURL(/\/devices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: 'Device added.' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByLabel('paths')).toHaveValue('/flash/config.cfg\n/flash/vlan.dat');
  await expect(page.getByRole('listitem').filter({ hasText: setName })).toBeVisible();
  await page.getByLabel('paths').fill('/flash/config.cfg');
  await page.getByRole('button', { name: 'Save device' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  const check = await adminApi();
  try {
    const { devices } = await mustGraphQL<{ devices: { nodes: { options: { paths: string[] }; credentialSets: { name: string }[] }[] } }>(
      check,
      'query($search: String) { devices(search: $search) { nodes { options credentialSets { name } } } }',
      { search: deviceName },
    );
    expect(devices.nodes[0].options).toEqual({ paths: ['/flash/config.cfg'] });
    expect(devices.nodes[0].credentialSets).toEqual([{ name: setName }]);
  } finally {
    await check.dispose();
  }
});
