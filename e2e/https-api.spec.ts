import { expect, test, type APIRequestContext } from '@playwright/test';
import { startHttpsApiDevice, type HttpsApiLabDevice } from '../lab/https-api-server.ts';
import { certificateFingerprint } from '../plugins/https-api/pin.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
let firewall: HttpsApiLabDevice;
let api: APIRequestContext;

async function backUp(deviceId: string): Promise<{ status: string; errorCode: string | null }> {
  const { backupDevice } = await mustGraphQL<{ backupDevice: { id: string } }>(api, 'mutation Run($id: ID!) { backupDevice(id: $id) { id } }', { id: deviceId });
  let device = { status: '', errorCode: null as string | null };
  await expect
    .poll(
      async () => {
        const { run } = await mustGraphQL<{ run: { status: string; devices: { status: string; errorCode: string | null }[] } }>(
          api,
          'query Run($id: ID!) { run(id: $id) { status devices { status errorCode } } }',
          { id: backupDevice.id },
        );
        device = run.devices[0];
        return run.status;
      },
      { timeout: 60_000 },
    )
    .toMatch(/^(SUCCEEDED|FAILED|PARTIAL)$/);
  return device;
}

test.beforeAll(async () => {
  firewall = await startHttpsApiDevice({ backupMethod: 'paloalto-panos-api', name: `pa-${suffix}`, changeEvery: 1000 });
  api = await adminApi();
});

test.afterAll(async () => {
  await api?.dispose();
  await firewall?.close();
});

test('a PAN-OS firewall over its XML API: the API key in a credential set, its certificate pinned and accepted on the device page', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const setName = `pan-api-${suffix}`;
  await logIn(page, adminUsername, adminPassword, '/credential-sets/new');

  await test.step('a credential set with only an API key', async () => {
    await page.getByLabel('Name', { exact: true }).fill(setName);
    await page.getByLabel('Username').fill('api');
    await page.getByLabel('API key', { exact: true }).fill(firewall.apiKey);
    await page.getByRole('button', { name: 'Add credential set' }).click();
    const row = page.getByRole('row', { name: new RegExp(setName) });
    await expect(row).toContainText('API key');
    await expect(page.getByText(firewall.apiKey)).toHaveCount(0);
  });

  const { credentialSets } = await mustGraphQL<{ credentialSets: { id: string; name: string }[] }>(api, '{ credentialSets { id name } }');
  const { createRepository } = await mustGraphQL<{ createRepository: { id: string } }>(
    api,
    'mutation Repo($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }',
    { input: { name: `pan-api-${suffix}`, kind: 'GIT' } },
  );
  const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
    input: {
      repositoryId: createRepository.id,
      name: firewall.name,
      host: firewall.host,
      port: firewall.port,
      backupMethod: 'paloalto-panos-api',
      credentialSetIds: [credentialSets.find((set) => set.name === setName)!.id],
    },
  });
  const deviceId = createDevice.id;
  expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED' });
  const first = certificateFingerprint(firewall.certificatePin());

  await firewall.rotateCertificate();
  expect(await backUp(deviceId)).toMatchObject({ status: 'FAILED', errorCode: 'TLS_CERT_CHANGED' });
  const presented = certificateFingerprint(firewall.certificatePin());

  await test.step('the device page shows the pinned certificate and offers to accept the new one', async () => {
    await page.goto(`/devices/${deviceId}`);
    await expect(page.getByText('Certificate fingerprint')).toBeVisible();
    await expect(page.getByText(first, { exact: true })).toBeVisible();
    await expect(page.getByText('The device presented a different certificate.', { exact: false })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'TLS_CERT_CHANGED' })).toBeVisible();
    await keepScreenshot(page, testInfo, 'device-certificate-changed');
    await page.getByRole('button', { name: 'Accept new certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept new certificate' });
    await expect(dialog).toContainText(presented);
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('button', { name: 'Accept new certificate' })).toHaveCount(0);
    await expect(page.getByText(presented, { exact: true })).toBeVisible();
  });

  expect(await backUp(deviceId)).toMatchObject({ status: 'SUCCEEDED' });
});
