import { expect, test, type Page } from '@playwright/test';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** The page's background as [r, g, b], to tell the light theme from the dark one. */
async function background(page: Page): Promise<number[]> {
  const color = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = getComputedStyle(document.body).backgroundColor;
    document.body.append(probe);
    // Chromium reports oklch() as written; a canvas turns any colour into sRGB numbers.
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.fillStyle = getComputedStyle(probe).color;
    canvas.fillRect(0, 0, 1, 1);
    probe.remove();
    return [...canvas.getImageData(0, 0, 1, 1).data].slice(0, 3);
  });
  return color;
}
const isDark = (rgb: number[]) => rgb.reduce((a, b) => a + b, 0) / 3 < 80;

test('a user changes their own password; an admin resets another user’s', async ({ page }) => {
  const username = `acct-${Date.now().toString(36)}`;
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, password: 'first-password', role: 'VIEWER' } });
  } finally {
    await api.dispose();
  }

  await logIn(page, username, 'first-password', null);
  await page.getByRole('link', { name: new RegExp(`^${username}`) }).click();
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  await page.getByLabel('Current password').fill('wrong-password');
  await page.getByLabel('New password', { exact: true }).fill('second-password');
  await page.getByLabel('New password again').fill('second-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('is not your current password')).toBeVisible();
  await page.getByLabel('Current password').fill('first-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Password changed.' })).toBeVisible();
  await logOut(page);
  await logIn(page, username, 'second-password', null);
  await logOut(page);

  await logIn(page, adminUsername, adminPassword, '/settings/users');
  await page.getByRole('button', { name: `Reset the password of ${username}` }).click();
  const dialog = page.getByRole('dialog', { name: `Reset the password of ${username}` });
  await dialog.getByLabel('New password').fill('short');
  await dialog.getByRole('button', { name: 'Set password' }).click();
  await expect(dialog.getByText('At least 8 characters.').first()).toBeVisible();
  await dialog.getByLabel('New password').fill('reset-password');
  await dialog.getByRole('button', { name: 'Set password' }).click();
  await expect(dialog.getByRole('status')).toContainText('can now sign in with the new password');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The role select no longer fills the whole cell.
  const select = page.getByLabel(`Role of ${username}`);
  const box = await select.boundingBox();
  expect(box!.width).toBeLessThan(200);
  await logOut(page);
  await logIn(page, username, 'reset-password', null);
});

test('the theme follows the system, a choice overrides it and is kept; a skip link and the version are there', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  try {
    await logIn(page, adminUsername, adminPassword, '/devices');
    expect(isDark(await background(page))).toBe(true);
    await keepScreenshot(page, testInfo, 'devices-dark');

    // System → light → dark → system.
    await page.getByRole('button', { name: /^Theme: System/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(isDark(await background(page))).toBe(false);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(isDark(await background(page))).toBe(false);
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(isDark(await background(page))).toBe(true);

    await expect(page.getByRole('contentinfo')).toContainText(/Tidemark \d+\.\d+\.\d+/);

    await page.goto('/devices');
    // The page's content comes once the session is known; Tab from the top of the page then.
    await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#content')).toBeFocused();
  } finally {
    await context.close();
  }
});

test('on a phone the links are behind a menu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, adminUsername, adminPassword, '/devices');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Backup methods' })).toBeVisible();
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(nav).toBeHidden();
});

test('the audit log names its targets, links to them and filters in the address', async ({ page }) => {
  const name = `audit-e2e-${Date.now().toString(36)}`;
  const api = await adminApi();
  try {
    await mustGraphQL(api, 'mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', { input: { name, host: '10.77.0.1', backupMethod: 'cisco-ios' } });
  } finally {
    await api.dispose();
  }
  await logIn(page, adminUsername, adminPassword, '/settings/audit');
  await expect(page.getByRole('cell', { name: 'login' })).toHaveCount(0);
  await page.getByLabel('Action').selectOption('create-device');
  await expect(page).toHaveURL(/action=create-device/);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/devices\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(page.getByLabel('Action')).toHaveValue('create-device');
  // The filters are the address: the box is ticked once the address says so.
  await page.getByLabel('Show logins').click();
  await expect(page).toHaveURL(/logins=shown/);
  await expect(page.getByLabel('Show logins')).toBeChecked();
  await page.getByLabel('Action').selectOption('');
  await expect(page.getByRole('cell', { name: 'login', exact: true }).first()).toBeVisible();
});
