import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { generateKeyPair } from '../lab/keys.ts';
import { startLab, type Lab } from '../lab/lab.ts';
import { startOpenSshServer, type OpenSshServer } from '../lab/openssh-server.ts';
import { adminApi, mustGraphQL } from './support/api';
import { adminPassword, adminUsername } from './support/stack';
import { keepScreenshot, logIn } from './support/ui';

const suffix = Date.now().toString(36);
const passphrase = 'deploy key passphrase';
let lab: Lab;
let sshd: OpenSshServer;
let api: APIRequestContext;
let labSetId: string;
let remote: string;

test.beforeAll(async () => {
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }], changeEvery: 1 });
  const deployKey = generateKeyPair('ed25519', passphrase);
  sshd = await startOpenSshServer({ authorizedKeys: [deployKey.publicKey] });
  remote = path.join(sshd.dir, 'backups.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  api = await adminApi();
  const set = 'mutation Set($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }';
  const labSet = await mustGraphQL<{ createCredentialSet: { id: string } }>(api, set, {
    input: { name: `lab-${suffix}`, username: 'admin', password: lab.devices[0].password, enableSecret: 'lab-enable' },
  });
  labSetId = labSet.createCredentialSet.id;
  await mustGraphQL(api, set, { input: { name: `deploy-${suffix}`, username: sshd.username, privateKey: deployKey.privateKey, passphrase } });
});

test.afterAll(async () => {
  await api?.dispose();
  await lab?.close();
  await sshd?.stop();
});

async function runToEnd(deviceId: string): Promise<void> {
  const { startRun } = await mustGraphQL<{ startRun: { id: string } }>(api, `mutation { startRun(input: { deviceIds: ["${deviceId}"] }) { id } }`);
  await expect
    .poll(async () => (await mustGraphQL<{ run: { status: string } }>(api, `{ run(id: "${startRun.id}") { status } }`)).run.status, { timeout: 60_000 })
    .toMatch(/SUCCEEDED|PARTIAL|FAILED/);
}

test('an admin adds a repository with an SSH remote, tests it, and sees the remote diverge on the repository page', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const name = `ssh-configs-${suffix}`;
  const remoteUrl = `ssh://${sshd.username}@127.0.0.1:${sshd.port}${remote}`;
  await logIn(page, adminUsername, adminPassword, '/repositories');

  await test.step('add the repository with the SSH remote and a deploy key', async () => {
    await page.getByRole('link', { name: 'Add repository' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Remote URL').fill(remoteUrl);
    // An SSH remote logs in with a credential set's key; the token field is for http(s) remotes.
    await expect(page.getByLabel('Remote token')).toHaveCount(0);
    await page.getByRole('button', { name: 'Add repository' }).click();
    await expect(page.getByText('An SSH remote logs in with a credential set')).toBeVisible();
    await expect(page.getByLabel('SSH key')).not.toContainText(`lab-${suffix}`);
    await page.getByLabel('SSH key').selectOption({ label: `deploy-${suffix} (${sshd.username})` });
    await keepScreenshot(page, testInfo, 'repository-form-ssh');
    await page.getByRole('button', { name: 'Add repository' }).click();
    await expect(page).toHaveURL(/\/repositories$/);
  });

  const row = page.getByRole('row', { name: new RegExp(name) });
  await test.step('the Test button checks the remote over SSH without writing', async () => {
    await expect(row).toContainText(remoteUrl);
    await expect(row).toContainText(`key deploy-${suffix}`);
    await row.getByRole('button', { name: `Test ${name}` }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText(`${name} is ready to use`, { timeout: 30_000 });
    await expect(status).toContainText('answers and accepts the key');
    await expect(status).toContainText('branch main does not exist yet and will be created by the first push');
    expect(() => execFileSync('git', ['--git-dir', remote, 'rev-parse', '--verify', '--quiet', 'main'])).toThrow();
  });

  const { repositories } = await mustGraphQL<{ repositories: { id: string; name: string; path: string }[] }>(api, '{ repositories { id name path } }');
  const repository = repositories.find((r) => r.name === name)!;
  const device = lab.devices[0];
  const { createDevice } = await mustGraphQL<{ createDevice: { id: string } }>(api, 'mutation Add($input: CreateDeviceInput!) { createDevice(input: $input) { id } }', {
    input: { name: `ssh-sw-${suffix}`, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [labSetId], repositoryId: repository.id },
  });

  await test.step('a run pushes over SSH and pins the host key', async () => {
    await runToEnd(createDevice.id);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8' }).trim()).toBe(
      execFileSync('git', ['--git-dir', repository.path, 'rev-parse', 'main'], { encoding: 'utf8' }).trim(),
    );
    await page.reload();
    await expect(row).toContainText(/host key SHA256:/);
  });

  await test.step('a person edits a backed-up file on the remote: the next run stops with REMOTE_DIVERGED, shown with both commits', async () => {
    const work = fs.mkdtempSync(path.join(sshd.dir, 'person-'));
    execFileSync('git', ['clone', '--quiet', remote, work]);
    const file = execFileSync('git', ['-C', work, 'ls-files'], { encoding: 'utf8' }).split('\n').find((entry) => entry.endsWith('/running-config'))!;
    fs.writeFileSync(path.join(work, file), 'hostname edited-by-hand\n');
    execFileSync('git', ['-C', work, '-c', 'user.name=A Person', '-c', 'user.email=person@example.net', 'commit', '--quiet', '-am', 'Edit by hand']);
    execFileSync('git', ['-C', work, 'push', '--quiet', 'origin', 'HEAD:main']);
    const theirs = execFileSync('git', ['-C', work, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

    await runToEnd(createDevice.id);
    const ours = execFileSync('git', ['--git-dir', repository.path, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
    expect(ours).not.toBe(theirs);
    await page.reload();
    const alert = page.getByRole('region', { name: `Remote of ${name}` });
    await expect(alert).toContainText('REMOTE_DIVERGED');
    await expect(alert).toContainText(ours);
    await expect(alert).toContainText(theirs);
    await keepScreenshot(page, testInfo, 'repository-diverged');
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8' }).trim()).toBe(theirs);
  });
});
