import { expect, test } from '@playwright/test';
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
  await row.getByRole('button', { name: `Test ${name}` }).click();
  await expect(page.getByRole('status')).toContainText(`${name} is ready to use`);
  await expect(page.getByRole('status')).toContainText('will be created in');

  await page.goto('/devices/new');
  await expect(page.getByLabel('Repository')).toContainText(name);
});
