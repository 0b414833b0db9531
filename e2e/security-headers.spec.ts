import { expect, test, type Page } from '@playwright/test';
import { adminPassword, adminUsername, baseURL } from './support/stack';

/** Everything Chromium reports about the Content-Security-Policy, from the console and from the page's own events. */
function watchPolicy(page: Page): string[] {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) reports.push(message.text());
  });
  page.on('pageerror', (error) => reports.push(`page error: ${error.message}`));
  return reports;
}

test('F10: the UI works under its Content-Security-Policy with no violation', async ({ page }) => {
  const reports = watchPolicy(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });

  const loginPage = await page.goto('/login');
  const headers = loginPage!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control'] ?? '').not.toContain('s-maxage');

  await page.getByLabel('Username').fill(adminUsername);
  await page.getByLabel('Password').fill(adminPassword);
  // The dashboard subscribes to run updates over a WebSocket on the same host: connect-src allows it.
  const socket = page.waitForEvent('websocket', (ws) => ws.url().endsWith('/api/graphql'));
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const acknowledged = (await socket).waitForEvent('framereceived', (frame) => String(frame.payload).includes('connection_ack'));
  await acknowledged;

  for (const path of ['/devices', '/runs', '/schedules', '/repositories', '/credential-sets', '/settings']) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['cache-control'] ?? '').not.toContain('s-maxage');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Client-side navigation loads further chunks, which 'strict-dynamic' lets the page's own scripts do.
  await page.getByRole('link', { name: 'Devices' }).first().click();
  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(reports).toEqual([]);
});

test('F10: another page cannot frame the UI', async ({ page }) => {
  const reports = watchPolicy(page);
  await page.setContent(`<iframe id="victim" src="${baseURL}/login" width="800" height="600"></iframe>`);
  await expect.poll(() => reports.some((report) => report.includes('frame-ancestors'))).toBe(true);
  await expect(page.frameLocator('#victim').getByLabel('Username')).toHaveCount(0);
});
