import { expect, test } from '@playwright/test';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test('the backup methods page shows each method with its transport and the recordings that prove it', async ({ page }, testInfo) => {
  await logIn(page, adminUsername, adminPassword, '/backup-methods');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backup methods');
  const ios = page.getByRole('row').filter({ hasText: 'Cisco IOS running and startup config' });
  await expect(ios).toContainText('SSH shell');
  await expect(ios).toContainText(/\d+ real device recordings?/);
  await expect(ios).toContainText('secrets corpus');
  await ios.getByText('Recorded sessions').click();
  await expect(ios.getByText(/ios · C9200L-24P-4G_17\.09\.04a · secrets checked/)).toBeVisible();
  const sftp = page.getByRole('row').filter({ hasText: 'Files over SFTP' });
  await expect(sftp).toContainText('SFTP');
  await expect(sftp).toContainText('No recorded sessions');
  // A device count links to the devices using the method.
  await expect(ios.getByRole('cell').last()).toHaveText(/^\d+$/);
  await keepScreenshot(page, testInfo, 'backup-methods');
});
