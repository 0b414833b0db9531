import { expect, type Page, type TestInfo } from '@playwright/test';

/** Logs in, lands on the dashboard, then opens `then` (the devices page unless told otherwise). */
export async function logIn(page: Page, username: string, password: string, then: string | null = '/devices'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  if (then) await page.goto(then);
}

/** Keeps a full-page screenshot in test-results/ (and in the HTML report), to look at what users see. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Wide tables scroll inside their own box; the page itself must never scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
