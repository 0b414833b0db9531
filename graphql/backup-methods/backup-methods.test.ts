/**
 * The backup methods as the API lists them: how each reaches the device, and what the tests
 * replay through it (recorded sessions of real devices, our recorded cases, lab cases, the
 * secrets corpus), read from the files under plugins/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../infra/project-root.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
}, 60_000);

afterAll(async () => {
  await api?.close();
});

interface Method {
  key: string;
  platform: string;
  isBinary: boolean;
  transport: string;
  proof: {
    recordings: { source: string; model: string; description: string; checksSecrets: boolean }[];
    cases: string[];
    labPersona: boolean;
    secretsCorpus: boolean;
  };
}

async function methods(): Promise<Method[]> {
  const { data, errors } = await api.gql<{ backupMethods: Method[] }>(
    `{ backupMethods { key platform isBinary transport proof { recordings { source model description checksSecrets } cases labPersona secretsCorpus } } }`,
    {},
    { token: await api.tokenFor('VIEWER') },
  );
  expect(errors).toBeUndefined();
  return data!.backupMethods;
}

describe('backupMethods', () => {
  it('says how each method reaches the device', async () => {
    const byKey = new Map((await methods()).map((m) => [m.key, m]));
    expect(byKey.get('cisco-ios')?.transport).toBe('ssh-shell');
    expect(byKey.get('juniper-junos')?.transport).toBe('ssh-exec');
    expect(byKey.get('sftp-file')?.transport).toBe('sftp');
    expect(byKey.get('scp-file')?.transport).toBe('scp');
  });

  it('names the recorded sessions and cases that prove a method', async () => {
    const ios = (await methods()).find((m) => m.key === 'cisco-ios')!;
    expect(ios.proof.recordings).toContainEqual({ source: 'oxidized', model: 'ios', description: 'C9200L-24P-4G_17.09.04a', checksSecrets: true });
    expect(ios.proof.recordings).toContainEqual({ source: 'tidemark', model: 'cisco-ios', description: 'startup-not-present', checksSecrets: true });
    expect(ios.proof.cases).toContain('keep-secrets');
    expect(ios.proof).toMatchObject({ labPersona: true, secretsCorpus: true });
    const files = (await methods()).find((m) => m.key === 'sftp-file')!;
    expect(files.proof).toEqual({ recordings: [], cases: [], labPersona: false, secretsCorpus: false });
  });

  it('counts every recording in plugins/recordings toward the method that plays it', async () => {
    const listed = (await methods()).flatMap((m) => m.proof.recordings.map((r) => `${r.model}#${r.description}`));
    const files = ['oxidized', 'tidemark'].flatMap((source) =>
      fs
        .readdirSync(path.join(projectRoot, 'plugins', 'recordings', source))
        .filter((name) => /#(custom_)?simulation\.yaml$/.test(name))
        .map((name) => name.replace(/#(custom_)?simulation\.yaml$/, '')),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(listed.sort()).toEqual(files.sort());
  });

  it('counts the devices that use each method', async () => {
    const counts = async () => {
      const { data } = await api.gql<{ backupMethods: { key: string; deviceCount: number }[] }>(`{ backupMethods { key deviceCount } }`, {}, { token: api.adminToken });
      return new Map(data!.backupMethods.map((m) => [m.key, m.deviceCount]));
    };
    const before = await counts();
    for (const name of ['count-a', 'count-b']) {
      const created = await api.gql(`mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`, { input: { name, host: '192.0.2.10', port: 22, backupMethod: 'huawei-vrp' } }, { token: api.adminToken });
      expect(created.errors).toBeUndefined();
    }
    const after = await counts();
    expect(after.get('huawei-vrp')).toBe((before.get('huawei-vrp') ?? 0) + 2);
    expect(after.get('cisco-ios')).toBe(before.get('cisco-ios'));
  });

  it('GET /api/backup-methods gives the same, and only to a signed-in caller', async () => {
    expect((await fetch(`${api.url}/api/backup-methods`)).status).toBe(401);
    const response = await fetch(`${api.url}/api/backup-methods`, { headers: { authorization: `Bearer ${api.adminToken}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { key: string; transport: string; proof: { recordings: unknown[]; lab_persona: boolean } }[];
    const ios = body.find((m) => m.key === 'cisco-ios')!;
    expect(ios.transport).toBe('ssh-shell');
    expect(ios.proof.lab_persona).toBe(true);
    expect(ios.proof.recordings).toContainEqual({ source: 'oxidized', model: 'ios', description: 'C9200L-24P-4G_17.09.04a', checks_secrets: true });
  });
});
