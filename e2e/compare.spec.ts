import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startLab, type Lab } from '../lab/lab.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { expectNoSidewaysScroll, keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const names = [`cmp-${suffix}-a`, `cmp-${suffix}-b`];
let lab: Lab;
let api: APIRequestContext;
const deviceIds: string[] = [];

async function backUp(ids: string[]) {
  const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, 'mutation Start($input: StartRunInput!) { startRun(input: $input) { id } }', { input: { deviceIds: ids } });
  await expect
    .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, 'query Run($id: ID!) { run(id: $id) { status } }', { id: startRun.id })).run.status, { timeout: 60_000 })
    .toBe('SUCCEEDED');
}

async function versions(deviceId: string) {
  const { device } = await mustGraphQL<{ device: { backups: { nodes: { id: string }[] } } }>(
    api,
    'query Versions($id: ID!) { device(id: $id) { backups(artifact: "running-config", changedOnly: true) { nodes { id } } } }',
    { id: deviceId },
  );
  return device.backups.nodes.map((n) => n.id);
}

const changePosition = (page: Page) => page.getByTestId('change-position');

test.beforeAll(async () => {
  test.setTimeout(150_000);
  lab = await startLab({ devices: names.map((name) => ({ platform: 'cisco-ios', name })), changeEvery: 1 });
  api = await adminApi();
  const { createCredentialSet } = await mustGraphQL<{ createCredentialSet: { id: string } }>(
    api,
    'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }',
    { input: { name: `cmp-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' } },
  );
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `cmp-configs-${suffix}`, kind: 'GIT' } },
  );
  for (const device of lab.devices) {
    const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: device.name, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [createCredentialSet.id], repositoryId: createRepository.id },
    });
    deviceIds.push(createDevice.id);
  }
  // Two runs: every device then has two versions, the second with real changes and new clocks.
  await backUp(deviceIds);
  await backUp(deviceIds);
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
});

test('compare versions across devices and artifacts, with intra-line highlight, ignored volatile lines and change navigation', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, adminUsername, adminPassword, `/devices/${deviceIds[0]}/compare`);
  const [newerA, olderA] = await versions(deviceIds[0]);
  let url = '';

  await test.step('a fresh page compares the device’s last change, side by side', async () => {
    await expect(page).toHaveURL(new RegExp(`left=${olderA}.*right=${newerA}|right=${newerA}.*left=${olderA}`));
    await expect(page.getByRole('heading', { level: 1, name: `Compare ${names[0]} · running-config` })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Side-by-side diff' })).toBeVisible();
    await expect(page.getByTestId('left-label')).toContainText(`${names[0]} · running-config ·`);
    await expect(page.getByTestId('right-label')).toContainText(`${names[0]} · running-config ·`);
  });

  await test.step('changed words are marked inside changed lines', async () => {
    const removed = page.locator('[data-change="removed"]').filter({ hasText: /description .* rev 0$/ }).first();
    const added = page.locator('[data-change="added"]').filter({ hasText: /description .* rev 1$/ }).first();
    await expect(removed.locator('mark[data-intraline="removed"]')).toHaveText('0');
    await expect(added.locator('mark[data-intraline="added"]')).toHaveText('1');
  });

  await test.step('volatile lines are greyed and labelled ignored, not counted as changes', async () => {
    const clock = page.locator('[data-ignored="added"]').filter({ hasText: '! Last configuration change at' });
    await expect(clock).toBeVisible();
    await expect(clock).toContainText('ignored');
    // Greyed: its text and background are not those of a real added line.
    const style = (locator: typeof clock) => locator.first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor].join(' / '));
    const [greyText, greyBackground] = (await style(clock)).split(' / ');
    const [realText, realBackground] = (await style(page.locator('[data-change="added"]'))).split(' / ');
    expect(greyText).not.toBe(realText);
    expect(greyBackground).not.toBe(realBackground);
    await expect(page.locator('[data-change]').filter({ hasText: '! Last configuration change at' })).toHaveCount(0);
    await expect(page.getByLabel('Line stats')).toContainText(/ignored/);
    await keepScreenshot(page, testInfo, 'compare-wide');
  });

  await test.step('next and previous change, by keyboard and buttons, scroll to the change', async () => {
    const total = Number((await changePosition(page).textContent())!.match(/^(\d+) changes?$/)![1]);
    expect(total).toBeGreaterThan(3);
    await page.keyboard.press('n');
    await expect(changePosition(page)).toHaveText(`Change 1 of ${total}`);
    await expect(page.locator('[data-current="true"]')).toBeInViewport();
    await page.keyboard.press('n');
    await expect(changePosition(page)).toHaveText(`Change 2 of ${total}`);
    await expect(page.locator('[data-change-index="1"]')).toHaveAttribute('data-current', 'true');
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(changePosition(page)).toHaveText(`Change 1 of ${total}`);
    for (let i = 1; i < total; i++) await page.keyboard.press('n');
    await expect(changePosition(page)).toHaveText(`Change ${total} of ${total}`);
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    const last = page.locator(`[data-change-index="${total - 1}"]`);
    await expect(last).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.keyboard.press('p');
    await expect(changePosition(page)).toHaveText(`Change ${total - 1} of ${total}`);
    await expect(page.locator(`[data-change-index="${total - 2}"]`)).toBeInViewport();
  });

  await test.step('folded unchanged lines open on demand', async () => {
    const table = page.getByRole('table', { name: 'Side-by-side diff' });
    const gaps = table.getByRole('button', { name: /^⋯ Show \d+ unchanged lines?$/ });
    const before = await gaps.count();
    expect(before).toBeGreaterThan(0);
    await gaps.first().click();
    await expect(gaps).toHaveCount(before - 1);
    await page.getByRole('button', { name: 'Show whole file' }).click();
    await expect(gaps).toHaveCount(0);
    await expect(table).toContainText(`hostname ${names[0]}`);
    await page.getByRole('button', { name: 'Fold unchanged lines' }).click();
    await expect(gaps).toHaveCount(before - 1);
  });

  await test.step('the right side can be another device', async () => {
    const right = page.getByRole('combobox', { name: 'Right device' });
    await right.click();
    await right.fill(names[1]);
    await page.getByRole('option', { name: new RegExp(names[1]) }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Compare ${names[0]} · running-config with ${names[1]} · running-config` })).toBeVisible();
    await expect(page.getByTestId('right-label')).toContainText(`${names[1]} · running-config ·`);
    const hostname = page.locator('[data-change="added"]').filter({ hasText: `hostname ${names[1]}` });
    await expect(hostname.locator('mark[data-intraline="added"]')).toHaveText('b');
  });

  await test.step('and the left side another artifact, each side named', async () => {
    await page.getByLabel('Left artifact').selectOption('startup-config');
    await expect(page.getByRole('heading', { level: 1, name: `Compare ${names[0]} · startup-config with ${names[1]} · running-config` })).toBeVisible();
    await expect(page.getByTestId('left-label')).toContainText(`${names[0]} · startup-config ·`);
    await expect(page.getByTestId('right-label')).toContainText(`${names[1]} · running-config ·`);
  });

  await test.step('the URL keeps the choice', async () => {
    url = page.url();
    expect(url).toMatch(/left=[0-9a-f-]{36}/);
    expect(url).toMatch(/right=[0-9a-f-]{36}/);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: `Compare ${names[0]} · startup-config with ${names[1]} · running-config` })).toBeVisible();
    const chosen = new URL(url).searchParams;
    await expect(page.getByLabel('Left artifact')).toHaveValue('startup-config');
    await expect(page.getByLabel('Left version')).toHaveValue(chosen.get('left')!);
    await expect(page.getByLabel('Right version')).toHaveValue(chosen.get('right')!);
    await expect(page.getByRole('combobox', { name: 'Right device' })).toHaveValue(names[1]);
    await expect(page.getByRole('combobox', { name: 'Left device' })).toHaveValue(names[0]);
  });

  await test.step('side by side gives each side half of a wide screen without sideways scrolling', async () => {
    const left = (await page.getByTestId('left-label').boundingBox())!;
    const right = (await page.getByTestId('right-label').boundingBox())!;
    expect(Math.abs(left.width - right.width)).toBeLessThanOrEqual(2);
    expect(right.x).toBeCloseTo(left.x + left.width, 0);
    await expectNoSidewaysScroll(page);
    await keepScreenshot(page, testInfo, 'compare-two-devices-wide');
    // Opening the URL chose nothing by itself.
    expect(page.url()).toBe(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Compare ${names[0]} · startup-config with ${names[1]} · running-config`);
  });
});

test('a phone gets the unified layout by default, and can switch', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const [newer, older] = await versions(deviceIds[1]);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, adminUsername, adminPassword, `/devices/${deviceIds[1]}/compare?from=${newer}&to=${older}`);
  await expect(page.getByRole('table', { name: 'Unified diff' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Side-by-side diff' })).toHaveCount(0);
  // from/to put the older version left.
  await expect(page.getByRole('table', { name: 'Unified diff' }).locator('[data-change="removed"]').filter({ hasText: / rev 0$/ }).first()).toBeVisible();
  await expect(page.locator('[data-ignored]').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await keepScreenshot(page, testInfo, 'compare-phone-unified');
  await page.getByText('Side by side', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Side-by-side diff' })).toBeVisible();
  await expect(page).toHaveURL(/view=split/);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(page, testInfo, 'compare-phone-split');
});
