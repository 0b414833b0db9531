import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { expectNoSidewaysScroll, keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const tag = `search${suffix}`;
let lab: Lab;
let api: APIRequestContext;
/** The device names, which are also the hostnames in their lab configurations. */
const names = [1, 2, 3].map((i) => `search-${suffix}-${i}`);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lab = await startLab({ devices: [{ platform: 'cisco-ios', name: names[0] }, { platform: 'cisco-ios', name: names[1] }, { platform: 'arista-eos', name: names[2] }] });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `search-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: lab.devices[0].enableSecret } },
  );
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `search-${suffix}`, kind: 'GIT' } },
  );
  const ids: string[] = [];
  for (const [i, device] of lab.devices.entries()) {
    const name = names[i];
    const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name, host: device.host, port: device.port, backupMethod: device.backupMethod, tags: [tag], location: 'lab/search', credentialSetIds: [createCredentialSet.id], repositoryId: createRepository.id },
    });
    ids.push(createDevice.id);
  }
  const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, 'mutation Start($input: StartRunInput!) { startRun(input: $input) { id } }', {
    input: { deviceIds: ids, repositoryId: createRepository.id },
  });
  await expect
    .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, 'query Run($id: ID!) { run(id: $id) { status } }', { id: startRun.id })).run.status, { timeout: 90_000 })
    .toBe('SUCCEEDED');
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('search configurations from the nav, see matches grouped by device, open a version', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await logIn(page, adminUsername, adminPassword, null);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);

  await test.step('a substring with a tag filter finds each device, its lines highlighted', async () => {
    await page.getByLabel('Text', { exact: true }).fill('ip domain name');
    await page.getByLabel('Tags').fill(tag);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`q=ip\\+domain\\+name.*tag=${tag}`));
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('status')).toContainText('2 of 3 devices match');
    await expect(results.getByRole('listitem', { name: names[0] })).toBeVisible();
    await expect(results.getByRole('listitem', { name: names[1] })).toBeVisible();
    await expect(results.getByRole('listitem', { name: names[2] })).toHaveCount(0);
    await expect(results.getByRole('listitem', { name: names[0] }).locator('mark').first()).toHaveText('ip domain name');
    await expectNoSidewaysScroll(page);
    await keepScreenshot(page, testInfo, 'search-results');
  });

  await test.step('"devices NOT containing" lists the one without it, and the address keeps the search', async () => {
    await page.getByLabel('Devices NOT containing it').check();
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('status')).toContainText('1 of 3 devices do not contain it');
    await expect(results.getByRole('listitem', { name: names[2] })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Devices NOT containing it')).toBeChecked();
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('listitem', { name: names[2] })).toBeVisible();
    await page.goBack();
    await expect(page.getByLabel('Devices NOT containing it')).not.toBeChecked();
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status')).toContainText('2 of 3 devices match');
  });

  await test.step('a regular expression, then a bad one explains itself', async () => {
    await page.getByRole('checkbox', { name: 'Regular expression' }).check();
    await page.locator('#search-query').fill('^hostname search-[^-]+-(1|9)$');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/regex=1/);
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('status')).toContainText('1 of 3 devices match');
    await expect(results.getByRole('listitem', { name: names[0] })).toBeVisible();
    await expect(results.getByRole('listitem', { name: names[0] }).locator('mark').first()).toHaveText(`hostname ${names[0]}`);
    await page.locator('#search-query').fill('hostname (');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not a valid regular expression' })).toBeVisible();
  });

  await test.step('a result opens the stored version it came from', async () => {
    await page.locator('#search-query').fill(`^hostname ${names[0]}$`);
    await page.getByRole('button', { name: 'Search' }).click();
    const group = page.getByRole('region', { name: 'Search results' }).getByRole('listitem', { name: names[0] });
    await group.getByRole('link', { name: 'running-config' }).click();
    await expect(page).toHaveURL(/\/devices\/[0-9a-f-]+\/backups\/[0-9a-f-]+$/);
    await expect(page.getByText(`hostname ${names[0]}`).first()).toBeVisible();
  });
});
