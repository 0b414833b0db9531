import { expect, test } from '@playwright/test';
import { startFakeNautobot, type FakeNautobot } from '../lab/nautobot-server.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

let nautobot: FakeNautobot;

test.beforeAll(async () => {
  nautobot = await startFakeNautobot({
    devices: [
      { name: 'nb-core-01', primaryIp4: '10.20.0.1/24', platform: 'cisco_ios', region: ['Europe'], site: 'Berlin DC1', role: 'core', tags: ['backup'] },
      { name: 'nb-core-02', primaryIp4: '10.20.0.2/24', platform: 'arista_eos', region: ['Europe'], site: 'Berlin DC1', role: 'core' },
      { name: 'nb-edge-01', primaryIp4: '10.20.1.1/24', platform: 'juniper_junos', region: ['Europe'], site: 'Paris DC1', role: 'edge' },
      { name: 'nb-no-ip-01', primaryIp4: null, platform: 'cisco_ios', site: 'Paris DC1' },
      { name: 'nb-ipos-01', primaryIp4: '10.20.2.1/24', platform: 'ericsson_ipos', site: 'Paris DC1' },
    ],
  });
});

test.afterAll(async () => {
  await nautobot?.stop();
});

test('an admin adds a Nautobot source, previews, syncs, and its devices carry the source badge', async ({ page }, testInfo) => {
  const name = `nautobot-${Date.now().toString(36)}`;
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }', {
      input: { name: `${name}-login`, username: 'backup', password: 'a-password' },
    });
  } finally {
    await api.dispose();
  }
  await logIn(page, adminUsername, adminPassword, '/sources');
  await page.getByRole('link', { name: 'Add source' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Kind').selectOption('NAUTOBOT');
  await page.getByLabel('URL').fill(nautobot.url);
  await page.getByLabel('API token').fill(nautobot.token);
  await page.getByLabel('CA bundle').fill(nautobot.caPem);
  await page.getByLabel('Credential set for new devices').selectOption({ label: `${name}-login` });
  await page.getByLabel('Write-back custom field').fill('last_backup');
  await page.getByRole('button', { name: 'Add source' }).click();

  await expect(page).toHaveURL(/\/sources$/);
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(`Connected to Nautobot ${nautobot.version}`);

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTestId('count-create')).toHaveText('3');
  await expect(preview.getByTestId('count-conflicts')).toHaveText('2');
  await expect(preview.getByRole('row', { name: /nb-core-01/ })).toContainText('cisco-ios');
  await expect(preview.getByRole('row', { name: /nb-no-ip-01/ })).toContainText('NO_PRIMARY_IP');
  await expect(preview.getByRole('row', { name: /nb-ipos-01/ })).toContainText('UNMAPPED_PLATFORM');
  await keepScreenshot(page, testInfo, 'source-preview');

  await page.getByRole('button', { name: 'Sync now' }).click();
  const result = page.getByRole('region', { name: 'Sync result' });
  await expect(result.getByTestId('count-create')).toHaveText('3');
  await expect(page.getByText('Devices owned').locator('..')).toContainText('3');

  await page.getByRole('link', { name: 'Devices', exact: true }).click();
  const row = page.getByRole('row', { name: /nb-core-01/ });
  await expect(row.getByTestId('source-badge')).toHaveText(name);
  await expect(row).toContainText('10.20.0.1');
  await expect(page.getByRole('row', { name: /nb-no-ip-01/ })).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'devices-with-source-badge');

  await row.getByRole('link', { name: 'nb-core-01', exact: true }).click();
  await expect(page).toHaveURL(/\/devices\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('nb-core-01');
  await expect(page.getByTestId('source-badge')).toHaveText(name);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('note')).toContainText(`Synced from inventory source ${name}`);
  await expect(page.getByLabel('Host')).toBeDisabled();
  await expect(page.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('SSH profile')).toBeEnabled();
});
