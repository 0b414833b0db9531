import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test('an operator adds a schedule with a cron preview, disables it and deletes it', async ({ page }, testInfo) => {
  const name = `nightly-${Date.now().toString(36)}`;
  const tag = `${name}-tag`;
  const deviceIds: string[] = [];
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }', { input: { name: `${name}-configs`, kind: 'GIT' } });
    for (const [i, backupMethod] of ['cisco-ios', 'linux'].entries()) {
      const made = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Device($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
        input: { name: `${name}-sw${i}`, host: `192.0.2.${200 + i}`, backupMethod, tags: [tag] },
      });
      deviceIds.push(made.createDevice.id);
    }
  } finally {
    await api.dispose();
  }
  await logIn(page, adminUsername, adminPassword, '/schedules');
  await page.getByRole('link', { name: 'Add schedule' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Cron expression').fill('not cron');
  await expect(page.getByTestId('cron-problem')).toBeVisible();
  await page.getByLabel('Cron expression').fill('15 3 * * 1-5');
  await page.getByLabel('Time zone').selectOption('Europe/Amsterdam');
  await expect(page.getByTestId('cron-description')).toContainText(/03:15/);
  await expect(page.getByText('Next times in Europe/Amsterdam:')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /3:15/ })).toHaveCount(5);
  await page.getByLabel('Tags').fill(tag);
  await expect(page.getByTestId('selection-count')).toHaveText('2 devices match now.');
  await page.getByLabel('Backup method').selectOption('linux');
  await expect(page.getByTestId('selection-count')).toHaveText('1 device matches now.');
  await page.getByLabel('Backup method').selectOption('');
  await expect(page.getByTestId('selection-count')).toHaveText('2 devices match now.');
  await page.getByLabel('Repository').selectOption({ label: `${name}-configs` });
  await keepScreenshot(page, testInfo, 'schedule-form-preview');
  await page.getByRole('button', { name: 'Add schedule' }).click();

  await expect(page).toHaveURL(/\/schedules$/);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('15 3 * * 1-5 · Europe/Amsterdam');
  await expect(row).toContainText('Enabled');
  await expect(row.getByTestId('schedule-device-count')).toHaveText('2 devices match');
  await keepScreenshot(page, testInfo, 'schedules-list');

  await page.getByRole('button', { name: `Disable ${name}` }).click();
  await expect(row).toContainText('Disabled');
  await expect(row).toContainText('Off');

  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete schedule' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);

  const cleanup = await adminApi();
  try {
    for (const id of deviceIds) await mustGraphQL(cleanup, 'mutation Delete($id: ID!) { deleteDevice(id: $id) }', { id });
  } finally {
    await cleanup.dispose();
  }
});
