import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test.use({ viewport: { width: 1440, height: 900 } });

const suffix = Date.now().toString(36);
const repositoryName = `attr-${suffix}`;
const formDevice = `attr-form-${suffix}`;
const ownDevice = `attr-own-${suffix}`;

/** Whether the stack holds only this spec's repository: then devices that name none store there. */
let isOnlyRepository = false;

test.beforeAll(async () => {
  const api = await adminApi();
  try {
    const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(api, 'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }', {
      input: { name: repositoryName, kind: 'GIT', pathTemplate: '{var.site_code}/{device}/{artifact}' },
    });
    await mustGraphQL(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: ownDevice, host: '192.0.2.61', backupMethod: 'arista-eos', model: 'DCS-7050SX3-48YC8', repositoryId: createRepository.id },
    });
    const { repositories } = await mustGraphQL<{ repositories: { id: string }[] }>(api, '{ repositories { id } }');
    isOnlyRepository = repositories.length === 1;
  } finally {
    await api.dispose();
  }
});

test('a device gets a model and variables; the table, the device page and the repositories show where its backups go', async ({ page }, testInfo) => {
  await logIn(page, adminUsername, adminPassword, '/devices/new');

  await test.step('the form refuses a variable that is not name=value beside the field', async () => {
    await page.getByLabel('Name', { exact: true }).fill(formDevice);
    await page.getByLabel('Host').fill('192.0.2.60');
    await page.getByLabel('Backup method').selectOption('cisco-ios');
    await page.getByLabel('Model').fill('C9300-48P');
    await page.getByLabel('Variables').fill('site code=AMS1');
    await page.getByRole('button', { name: 'Add device' }).click();
    const variables = page.getByLabel('Variables');
    await expect(variables).toHaveAttribute('aria-invalid', 'true');
    await expect(variables).toHaveAccessibleDescription(/"site code" is not a variable name/);
    await expect(page).toHaveURL(/\/devices\/new$/);
  });

  await test.step('the device page shows the model, the variables and the effective repository', async () => {
    await page.getByLabel('Variables').fill('site_code=AMS1\nrack=R12');
    await page.getByRole('button', { name: 'Add device' }).click();
    await expect(page).toHaveURL(/\/devices\/[0-9a-f-]{36}$/);
    await expect(page.getByText('C9300-48P')).toBeVisible();
    const variables = page.getByRole('list', { name: 'Variables' });
    await expect(variables.getByRole('listitem')).toHaveText(['rack=R12', 'site_code=AMS1']);
    const repository = page.locator('dt', { hasText: /^Repository$/ }).locator('xpath=following-sibling::dd[1]');
    if (isOnlyRepository) {
      await expect(repository).toHaveText(`${repositoryName} (default)`);
      await expect(repository.getByRole('link', { name: repositoryName })).toHaveAttribute('href', /\/repositories#repository-/);
    } else {
      await expect(repository).toHaveText("Each run's repository");
    }
    await keepScreenshot(page, testInfo, 'device-attributes-page');
  });

  await test.step('the table shows the model, filters on part of it, and shows the repository column once chosen', async () => {
    await page.goto(`/devices?q=attr-`);
    const formRow = page.getByRole('row', { name: new RegExp(formDevice) });
    const ownRow = page.getByRole('row', { name: new RegExp(ownDevice) });
    await expect(page.getByRole('columnheader', { name: 'Model' })).toBeVisible();
    await expect(formRow.getByTestId('device-model')).toHaveText('C9300-48P');
    await expect(ownRow.getByTestId('device-model')).toHaveText('DCS-7050SX3-48YC8');
    await expect(page.getByRole('columnheader', { name: 'Repository' })).toHaveCount(0);

    await page.getByLabel('Model').fill('c9300');
    await expect(page).toHaveURL(/[?&]model=c9300/);
    await expect(ownRow).toHaveCount(0);
    await expect(formRow).toBeVisible();
    await page.getByLabel('Model').fill('');
    await expect(ownRow).toBeVisible();

    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Repository' }).check();
    await page.getByText('Columns', { exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Repository' })).toBeVisible();
    await expect(ownRow.getByTestId('device-repository')).toHaveText(repositoryName);
    await expect(formRow.getByTestId('device-repository')).toHaveText(isOnlyRepository ? `${repositoryName} (default)` : "Each run's repository");
    await keepScreenshot(page, testInfo, 'device-attributes-table');
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Repository' }).uncheck();
  });

  await test.step('the repositories list counts the devices that store into each, and the preview renders {var.site_code}', async () => {
    await page.goto('/repositories');
    const row = page.getByRole('row', { name: new RegExp(repositoryName) });
    await expect(row.getByTestId('repository-device-count')).toHaveText(isOnlyRepository ? '2' : '1');
    if (isOnlyRepository) await expect(row.getByRole('rowheader')).toHaveText(`${repositoryName} (default)`);
    await page.getByLabel('Repository', { exact: true }).selectOption({ label: repositoryName });
    await page.getByLabel('Device for the preview').selectOption({ label: formDevice });
    await expect(page.getByRole('list', { name: 'Paths for the chosen device' })).toContainText(`AMS1/${formDevice}/running-config`);
    await page.getByLabel('Device for the preview').selectOption({ label: ownDevice });
    // A device without the variable loses that folder.
    await expect(page.getByRole('list', { name: 'Paths for the chosen device' })).toContainText(`${ownDevice}/running-config`);
    await expect(page.getByRole('list', { name: 'Paths for the chosen device' })).not.toContainText(`AMS1/${ownDevice}`);
    await keepScreenshot(page, testInfo, 'device-attributes-repositories');
  });
});
