import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { adminApi, mustGraphQL, postGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

test.use({ viewport: { width: 1440, height: 900 } });

const suffix = Date.now().toString(36);
const prefix = `tbl-${suffix}`;
const deadName = `${prefix}-dead`;
/** 60 devices and one that fails: more than two pages of 25. */
const total = 61;

test.beforeAll(async () => {
  const api = await adminApi();
  try {
    const rows = Array.from({ length: total - 1 }, (_, i) => {
      const n = String(i + 1).padStart(3, '0');
      const tags = [`t${suffix}-${i % 3 === 0 ? 'core' : 'access'}`, 'fault:none', `rack-${i % 7}`, 'long-tag-name-for-width'].join(';');
      return `${prefix}-${n},10.77.${Math.floor(i / 200)}.${(i % 200) + 1},${i % 2 ? 'arista-eos' : 'cisco-ios'},emea/ams1/hall-${i % 4}/row-${i % 9},${tags}`;
    });
    const csv = ['name,host,backup_method,location,tags', ...rows].join('\n');
    const imported = await mustGraphQL<{ importDevices: { ok: boolean } }>(api, 'mutation Import($csv: String!) { importDevices(csv: $csv) { ok } }', { csv });
    expect(imported.importDevices.ok).toBe(true);
    const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(api, 'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }', {
      input: { name: prefix, kind: 'GIT' },
    });
    // Without a credential set the device fails at once with NO_CREDENTIAL_SET.
    const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: deadName, host: '127.0.0.1', port: 1, backupMethod: 'cisco-ios', tags: [`t${suffix}-core`] },
    });
    const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, 'mutation Start($input: StartRunInput!) { startRun(input: $input) { id } }', {
      input: { deviceIds: [createDevice.id], repositoryId: createRepository.id, maxAttempts: 1 },
    });
    await expect
      .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, 'query Run($id: ID!) { run(id: $id) { status } }', { id: startRun.id })).run.status, { timeout: 60_000 })
      .toBe('FAILED');
  } finally {
    await api.dispose();
  }
});

async function countMatching(search: string, filter: Record<string, unknown> = {}): Promise<number> {
  const api = await adminApi();
  try {
    const result = await postGraphQL<{ devices: { totalCount: number } }>(api, 'query Count($s: String, $f: DeviceFilter) { devices(search: $s, filter: $f) { totalCount } }', { s: search, f: filter });
    return result.data!.devices.totalCount;
  } finally {
    await api.dispose();
  }
}

async function selectAllMatching(page: Page) {
  await page.getByLabel('Select all devices on this page').check();
  await page.getByRole('button', { name: `Select all ${total} matching` }).click();
  await expect(page.getByTestId('selection-count')).toHaveText(`All ${total} matching`);
}

test('the device table fits 1440 px, keeps its state in the address, and acts on all matching devices', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // Sorted by status, the failed device comes first, with the widest status cell.
  await logIn(page, adminUsername, adminPassword, `/devices?q=${prefix}&sort=status`);
  const table = page.getByRole('table');
  await expect(page.getByText(`1–25 of ${total}`)).toBeVisible();

  await test.step('at 1440×900 every column and the row actions show without sideways scrolling, one line per row', async () => {
    const frame = table.locator('xpath=..');
    const overflow = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const deleteButton = page.getByRole('button', { name: `Delete ${prefix}-001` });
    await expect(deleteButton).toBeInViewport({ ratio: 1 });
    const row = page.getByRole('row', { name: new RegExp(`${prefix}-001`) });
    const height = (await row.boundingBox())!.height;
    expect(height).toBeLessThan(44);
    await expect(row.getByTestId('device-tags')).toHaveAttribute('title', `t${suffix}-core, fault:none, rack-0, long-tag-name-for-width`);
    await expect(row).toContainText('cisco-ios');
    await expect(row).toContainText('Never');
    await keepScreenshot(page, testInfo, 'devices-table-1440');
  });

  await test.step('a failed device shows its failure code, and times read relative with the absolute time on hover', async () => {
    const dead = page.getByRole('row', { name: new RegExp(deadName) });
    await expect(dead).toContainText('Failed · NO_CREDENTIAL_SET');
    const time = dead.locator('time').first();
    await expect(time).toHaveText(/just now|min ago/);
    await expect(time).toHaveAttribute('title', /UTC/);
    await page.getByRole('button', { name: 'Name', exact: true }).click();
    await expect(page).not.toHaveURL(/sort=/);
  });

  await test.step('tags match by substring', async () => {
    await page.getByLabel('Search').fill(`${suffix}-co`);
    await expect(page.getByText('1–21 of 21')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${suffix}-co`));
  });

  await test.step('search, sort, page size and page live in the address; Back restores them and paging scrolls to the top', async () => {
    await page.getByLabel('Search').fill(prefix);
    await expect(page.getByText(`1–25 of ${total}`)).toBeVisible();
    await page.getByLabel('Per page').selectOption('50');
    await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
    await page.getByRole('button', { name: 'Name', exact: true }).click();
    await expect(page).toHaveURL(/desc=1/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`51–${total} of ${total}`)).toBeVisible();
    await expect(page).toHaveURL(/page=2/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    const firstOnPage = page.getByRole('row').nth(1).getByRole('link').first();
    const name = await firstOnPage.textContent();
    expect(name).toBe(`${prefix}-011`);
    await firstOnPage.click();
    await expect(page.getByRole('heading', { level: 1, name: `${prefix}-011` })).toBeVisible();
    await page.goBack();
    await expect(page.getByText(`51–${total} of ${total}`)).toBeVisible();
    await expect(page.getByLabel('Search')).toHaveValue(prefix);
    await expect(page.getByLabel('Per page')).toHaveValue('50');
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/desc=1/);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
  });

  await test.step('the column chooser hides a column and the choice is remembered', async () => {
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Tags' }).uncheck();
    await page.getByRole('checkbox', { name: 'Backup method' }).check();
    await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Backup method' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('columnheader', { name: 'Backup method' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Tags' }).check();
    await page.getByRole('checkbox', { name: 'Backup method' }).uncheck();
    await page.getByText('Columns', { exact: true }).click();
  });

  await test.step('the dashboard Stale card opens the stale devices', async () => {
    await page.goto('/dashboard');
    await page.getByRole('link', { name: /^Stale \(over 24 h\)/ }).click();
    await expect(page).toHaveURL(/\/devices\?status=stale$/);
    await expect(page.getByLabel('Last status')).toHaveValue('stale');
    // Never backed up successfully and enabled: every one of them is stale.
    await page.getByLabel('Search').fill(prefix);
    // The page size chosen earlier is remembered.
    await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
    await expect(page).toHaveURL(/status=stale/);
    await page.getByLabel('Last status').selectOption('');
    await expect(page).not.toHaveURL(/status=/);
  });

  await test.step('select all matching, then set a tag and disable them all', async () => {
    await page.getByLabel('Per page').selectOption('25');
    await expect(page.getByText(`1–25 of ${total}`)).toBeVisible();
    await selectAllMatching(page);
    const bar = page.getByRole('region', { name: 'Selected devices' });
    await keepScreenshot(page, testInfo, 'devices-selection-bar');
    const barBox = (await bar.boundingBox())!;
    expect(barBox.height).toBeLessThan(60);
    await bar.getByLabel('Change').selectOption('tags');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Add tags').fill(`bulk-${suffix}`);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText(`Changed ${total} devices.`)).toBeVisible();
    expect(await countMatching(`bulk-${suffix}`)).toBe(total);

    await selectAllMatching(page);
    await bar.getByRole('button', { name: 'Disable' }).click();
    await expect(page.getByText(`Disabled ${total} devices.`)).toBeVisible();
    expect(await countMatching(prefix, { enabled: false })).toBe(total);
    await expect(page.getByRole('row', { name: new RegExp(`${prefix}-001`) })).toContainText('Disabled');
  });

  await test.step('export CSV downloads the matching devices in the import format', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tidemark-devices-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,host,port,backup_method,location,tags,model,variables,credential_sets,enabled,repository,ssh_profile,keep_secrets,prompt');
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]).toBe(`${prefix}-001,10.77.0.1,22,cisco-ios,emea/ams1/hall-0/row-0,t${suffix}-core;fault:none;rack-0;long-tag-name-for-width;bulk-${suffix},,,,false,,modern,false,`);
  });

  await test.step('delete all matching after a confirmation that gives the count', async () => {
    await selectAllMatching(page);
    await page.getByRole('region', { name: 'Selected devices' }).getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Delete all ${total} matching devices?`);
    await dialog.getByRole('button', { name: `Delete ${total} devices` }).click();
    await expect(page.getByText(`Deleted ${total} devices.`)).toBeVisible();
    await expect(page.getByText('No device matches')).toBeVisible();
    expect(await countMatching(prefix)).toBe(0);
  });
});
