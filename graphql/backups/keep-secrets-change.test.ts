/**
 * A stored version holds secrets when its device kept them at the time it was collected, and the
 * option may change afterwards. Whatever the device says now, the API shows a secret only to an
 * admin who asks for it on a device that keeps secrets: never in a viewer's backup view, compare,
 * download or search.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../infra/project-root.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let viewer: string;
const deviceIds: Record<string, string> = {};

/** Values the lab's cisco-ios configuration holds, which its platform redacts. */
const ciscoSecrets = fs
  .readFileSync(path.join(projectRoot, 'plugins/cisco-ios/fixtures/secrets.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length >= 8);

const leakedIn = (text: string) => ciscoSecrets.filter((secret) => text.includes(secret));

async function backUp(ids: string[]) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input: { deviceIds: ids } }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  for (;;) {
    const result = await api.gql(`{ run(id: "${started.data!.startRun.id}") { status } }`, {}, { token: api.adminToken });
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(result.data!.run.status)) return expect(result.data!.run.status).toBe('SUCCEEDED');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function setKeepSecrets(device: string, keepSecrets: boolean) {
  const updated = await api.gql(`mutation($id: ID!, $keep: Boolean!) { updateDevice(id: $id, input: { keepSecrets: $keep }) { keepSecrets } }`, { id: deviceIds[device], keep: keepSecrets }, { token: api.adminToken });
  expect(updated.errors).toBeUndefined();
}

/** The device's running-config versions, newest first. */
async function versions(device: string): Promise<string[]> {
  const rows = await api.db.sql<{ id: string }[]>`
    select id from backups where device_id = ${deviceIds[device]} and artifact = 'running-config' and changed order by created_at desc`;
  return rows.map((row) => row.id);
}

async function content(id: string, token: string, revealSecrets = false) {
  const result = await api.gql(`query($id: ID!, $reveal: Boolean) { backupContent(id: $id, revealSecrets: $reveal) { content secretsRevealed } }`, { id, reveal: revealSecrets }, { token });
  expect(result.errors).toBeUndefined();
  return { ...(result.data!.backupContent as { content: string; secretsRevealed: boolean }), raw: result.raw };
}

async function download(id: string, token: string, revealSecrets = false) {
  const response = await fetch(`${api.url}/api/backups/${id}/download${revealSecrets ? '?revealSecrets=true' : ''}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 4 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios', name: 'kept-then-not' }, { platform: 'cisco-ios', name: 'not-then-kept' }], changeEvery: 1 });
  const set = await api.gql(`mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`, { input: { name: 'lab', username: 'admin', password: lab.devices[0].password, enableSecret: lab.devices[0].enableSecret } }, { token: api.adminToken });
  const repository = await api.gql(`mutation { createRepository(input: { name: "configs", kind: GIT }) { id } }`, {}, { token: api.adminToken });
  for (const device of lab.devices) {
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      {
        input: {
          name: device.name,
          host: device.host,
          port: device.port,
          backupMethod: device.backupMethod,
          credentialSetIds: [set.data!.createCredentialSet.id],
          repositoryId: repository.data!.createRepository.id,
          keepSecrets: device.name === 'kept-then-not',
        },
      },
      { token: api.adminToken },
    );
    expect(created.errors).toBeUndefined();
    deviceIds[device.name] = created.data!.createDevice.id;
  }
  await backUp(Object.values(deviceIds));
  viewer = await api.tokenFor('VIEWER');
}, 120_000);

afterAll(async () => {
  await api?.close();
  await lab?.close();
});

describe('a device that kept its secrets and no longer does', () => {
  it('had its secrets stored: an admin who asks sees them while the option is on', async () => {
    const [kept] = await versions('kept-then-not');
    const revealed = await content(kept, api.adminToken, true);
    expect(revealed.secretsRevealed).toBe(true);
    expect(leakedIn(revealed.content).length).toBeGreaterThan(3);
  });

  it('never shows the stored secrets again once the option is off: view, reveal, compare, download, search', async () => {
    await setKeepSecrets('kept-then-not', false);
    await backUp([deviceIds['kept-then-not']]);
    const [redactedVersion, kept] = await versions('kept-then-not');
    expect(kept).toBeDefined();

    for (const token of [viewer, api.adminToken]) {
      const shown = await content(kept, token);
      expect(shown.secretsRevealed).toBe(false);
      expect(leakedIn(shown.raw)).toEqual([]);
      expect(shown.content).toContain('<redacted:');
      const downloaded = await download(kept, token);
      expect(downloaded.status).toBe(200);
      expect(leakedIn(downloaded.text)).toEqual([]);
      const diff = await api.gql(`query($from: ID!, $to: ID!) { diffBackups(fromId: $from, toId: $to, context: 1000) { unified } }`, { from: kept, to: redactedVersion }, { token });
      expect(diff.errors).toBeUndefined();
      expect(leakedIn(diff.raw)).toEqual([]);
      // The texts differ only where the lab's configuration changed between the runs, not at every secret.
      expect(diff.data!.diffBackups.unified).not.toMatch(/^[-+].*<redacted:/m);
    }
    // An admin's reveal is refused quietly: the device no longer keeps secrets.
    const asked = await content(kept, api.adminToken, true);
    expect(asked.secretsRevealed).toBe(false);
    expect(leakedIn(asked.raw)).toEqual([]);
    expect(leakedIn((await download(kept, api.adminToken, true)).text)).toEqual([]);

    for (const secret of ciscoSecrets) {
      const found = await api.gql(`query($q: String!) { configSearch(query: $q) { totalCount nodes { versions { lines { text } } } } }`, { q: secret }, { token: viewer });
      expect(found.data!.configSearch.totalCount).toBe(0);
      expect(found.raw).not.toContain(secret);
    }
  });

  it('asks for the admin role before it reveals anything', async () => {
    const [, kept] = await versions('kept-then-not');
    await setKeepSecrets('kept-then-not', true);
    const refused = await api.gql(`query($id: ID!) { backupContent(id: $id, revealSecrets: true) { content } }`, { id: kept }, { token: viewer });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(leakedIn(refused.raw)).toEqual([]);
    expect((await download(kept, viewer, true)).status).toBe(403);
    expect(leakedIn((await content(kept, viewer)).raw)).toEqual([]);
    await setKeepSecrets('kept-then-not', false);
  });
});

describe('a device whose backup method no platform knows any more', () => {
  it('is redacted with the rules of every platform, not shown as stored', async () => {
    await setKeepSecrets('kept-then-not', true);
    await api.db.sql`update devices set backup_method = 'retired-method' where id = ${deviceIds['kept-then-not']}`;
    try {
      const [, kept] = await versions('kept-then-not');
      const shown = await content(kept, viewer);
      expect(shown.secretsRevealed).toBe(false);
      expect(shown.content).toContain('<redacted:');
      expect(leakedIn(shown.raw)).toEqual([]);
      const downloaded = await download(kept, viewer);
      expect(downloaded.text).toBe(shown.content);
    } finally {
      await api.db.sql`update devices set backup_method = 'cisco-ios', keep_secrets = false where id = ${deviceIds['kept-then-not']}`;
    }
  });
});

describe('a device that did not keep its secrets and now does', () => {
  it('shows its earlier versions as they were stored, redacted, to an admin who asks too', async () => {
    const [redacted] = await versions('not-then-kept');
    await setKeepSecrets('not-then-kept', true);
    const viewed = await content(redacted, viewer);
    expect(viewed.content).toContain('<redacted:');
    expect(leakedIn(viewed.raw)).toEqual([]);
    const revealed = await content(redacted, api.adminToken, true);
    expect(revealed.content).toBe(viewed.content);
    expect(leakedIn(revealed.raw)).toEqual([]);
  });
});
