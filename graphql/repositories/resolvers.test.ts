import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const fields = 'id name kind path remoteUrl hasRemoteToken branch pathTemplate authorName authorEmail deviceCount';

describe('repositories', () => {
  it('are created with defaults under the data directory, updated and deleted; the remote token is write-only', async () => {
    const created = await api.gql(
      `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { ${fields} } }`,
      { input: { name: 'Configs', kind: 'GIT', remoteUrl: 'https://git.example.net/net/configs.git', remoteToken: 'remote-token-foxtrot' } },
      { token: api.adminToken },
    );
    expect(created.raw).not.toContain('remote-token-foxtrot');
    const repo = created.data!.createRepository;
    expect(repo).toMatchObject({
      name: 'Configs',
      kind: 'GIT',
      path: path.join(api.dataDir, 'repositories', 'configs'),
      hasRemoteToken: true,
      branch: 'main',
      pathTemplate: '{location}/{device}/{artifact}',
      deviceCount: 0,
    });

    const updated = await api.gql(
      `mutation($id: ID!) { updateRepository(id: $id, input: { branch: "backups", pathTemplate: "{location.1}/{device}/{artifact}", remoteToken: "" }) { ${fields} } }`,
      { id: repo.id },
      { token: api.adminToken },
    );
    expect(updated.data!.updateRepository).toMatchObject({ branch: 'backups', pathTemplate: '{location.1}/{device}/{artifact}', hasRemoteToken: false });

    const deleted = await api.gql(`mutation($id: ID!) { deleteRepository(id: $id) }`, { id: repo.id }, { token: api.adminToken });
    expect(deleted.data).toEqual({ deleteRepository: true });
  });

  it('rejects bad templates, remotes and names with the field named', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'a', kind: 'GIT', pathTemplate: '{device}/{nonsense}' }, 'pathTemplate'],
      [{ name: 'a', kind: 'GIT', pathTemplate: '{location}/{device}' }, 'pathTemplate'],
      [{ name: 'a', kind: 'GIT', remoteUrl: 'ssh://git@host/repo' }, 'remoteCredentialSetId'],
      [{ name: 'a', kind: 'GIT', remoteUrl: 'ssh://git:secret@host/repo' }, 'remoteUrl'],
      [{ name: 'a', kind: 'GIT', remoteUrl: 'ftp://host/repo' }, 'remoteUrl'],
      [{ name: 'a', kind: 'GIT', remoteUrl: 'https://host/repo', remoteCredentialSetId: '00000000-0000-4000-8000-000000000000' }, 'remoteCredentialSetId'],
      [{ name: 'a', kind: 'GIT', signingCredentialSetId: '00000000-0000-4000-8000-000000000000' }, 'signingCredentialSetId'],
      [{ name: 'a', kind: 'FILESYSTEM', remoteUrl: 'https://host/repo' }, 'remoteUrl'],
      [{ name: '', kind: 'GIT' }, 'name'],
      [{ name: 'a', kind: 'GIT', authorEmail: 'nope' }, 'authorEmail'],
    ];
    for (const [input, field] of cases) {
      const result = await api.gql(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id } }`, { input }, { token: api.adminToken });
      expect(result.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const count = await api.gql(`{ repositories { id } }`, {}, { token: api.adminToken });
    expect(count.data!.repositories).toEqual([]);
  });

  it('refuses to delete a repository that devices store into', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "fs", kind: FILESYSTEM }) { id } }`, {}, { token: api.adminToken });
    const id = repo.data!.createRepository.id;
    await api.gql(`mutation($id: ID) { createDevice(input: { name: "r1", host: "r1.example.net", backupMethod: "cisco-ios", repositoryId: $id }) { id } }`, { id }, { token: api.adminToken });
    const refused = await api.gql(`mutation($id: ID!) { deleteRepository(id: $id) }`, { id }, { token: api.adminToken });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
