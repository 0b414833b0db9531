import { expect, test } from '@playwright/test';
import { adminApi, mustGraphQL, postGraphQL } from './support/api';
import { keepScreenshot, logIn } from './support/ui';

const viewerPassword = 'viewer-password-1';

test('a viewer sees devices without edit controls, and the API refuses their changes', async ({ page, request }, testInfo) => {
  const suffix = Date.now().toString(36);
  const viewerName = `viewer-${suffix}`;
  const deviceName = `edge-rtr-${suffix}`;

  const api = await adminApi();
  let token: string;
  try {
    await mustGraphQL(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
      input: { name: deviceName, host: 'edge.example.net', backupMethod: 'cisco-ios' },
    });
    const { createUser } = await mustGraphQL<{ createUser: { id: string } }>(
      api,
      'mutation User($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: viewerName, password: viewerPassword, role: 'VIEWER' } },
    );
    const { createApiToken } = await mustGraphQL<{ createApiToken: { token: string } }>(
      api,
      'mutation Token($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      { input: { name: `e2e ${suffix}`, userId: createUser.id } },
    );
    token = createApiToken.token;
  } finally {
    await api.dispose();
  }

  await test.step('the device list has no Add device, Edit or Delete', async () => {
    await logIn(page, viewerName, viewerPassword);
    await expect(page.getByRole('row', { name: new RegExp(deviceName) })).toBeVisible();
    await expect(page.getByText(`${viewerName} (Viewer)`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add device' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add device' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'devices-as-viewer');
  });

  await test.step('no page offers a viewer an action', async () => {
    await expect(page.getByRole('button', { name: /^Back up now/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Import CSV' })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.getByRole('link', { name: deviceName }).click();
    await expect(page.getByRole('heading', { level: 1, name: deviceName })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Back up now' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'device-as-viewer');
    for (const path of ['/dashboard', '/runs', '/schedules', '/backup-methods', '/settings']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: /^(Add|Edit|Delete|Import)/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^(Add|Edit|Delete|Disable|Enable|Cancel run|Back up now)/ })).toHaveCount(0);
    }
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'API tokens' })).toHaveCount(0);
  });

  await test.step('credential sets and repositories are read-only too', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Credential sets' }).click();
    await expect(page.getByRole('heading', { name: 'Credential sets' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add credential set' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Repositories' }).click();
    await expect(page.getByRole('heading', { name: 'Repositories' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add repository' })).toHaveCount(0);
  });

  await test.step("the API refuses createDevice with the viewer's token", async () => {
    const result = await postGraphQL(
      request,
      'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }',
      { input: { name: `${deviceName}-2`, host: '192.0.2.20', backupMethod: 'cisco-ios' } },
      token,
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  await test.step('logging out returns to the login page and the session is gone', async () => {
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/devices');
    await expect(page).toHaveURL(/\/login$/);
  });
});
