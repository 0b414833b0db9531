import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const secrets = {
  password: 'S3cret-Password-Alpha',
  enableSecret: 'Enable-Secret-Bravo',
  privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nKEYMATERIALCHARLIE\n-----END OPENSSH PRIVATE KEY-----\n',
  passphrase: 'Passphrase-Delta',
};
const fields = 'id name username hasPassword hasEnableSecret hasPrivateKey hasPassphrase deviceCount';

function expectNoSecret(raw: string) {
  for (const value of Object.values(secrets)) expect(raw).not.toContain(value.trim().split('\n')[1] ?? value);
  for (const value of Object.values(secrets)) expect(raw).not.toContain(value);
}

describe('credential sets', () => {
  it('are created, listed, updated and deleted without a secret ever being read back', async () => {
    const created = await api.gql(
      `mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { ${fields} } }`,
      { input: { name: 'core', username: 'netops', ...secrets } },
      { token: api.adminToken },
    );
    expectNoSecret(created.raw);
    const set = created.data!.createCredentialSet;
    expect(set).toMatchObject({ name: 'core', username: 'netops', hasPassword: true, hasEnableSecret: true, hasPrivateKey: true, hasPassphrase: true, deviceCount: 0 });

    const listed = await api.gql(`{ credentialSets { ${fields} } credentialSet(id: "${set.id}") { ${fields} } }`, {}, { token: api.adminToken });
    expectNoSecret(listed.raw);
    expect(listed.data!.credentialSets).toEqual([set]);

    const updated = await api.gql(
      `mutation($id: ID!, $input: UpdateCredentialSetInput!) { updateCredentialSet(id: $id, input: $input) { ${fields} } }`,
      { id: set.id, input: { username: 'backup', enableSecret: '', passphrase: null, password: 'New-Password-Echo' } },
      { token: api.adminToken },
    );
    expect(updated.raw).not.toContain('New-Password-Echo');
    expect(updated.data!.updateCredentialSet).toMatchObject({ username: 'backup', hasPassword: true, hasEnableSecret: false, hasPassphrase: false, hasPrivateKey: true });

    const deleted = await api.gql(`mutation($id: ID!) { deleteCredentialSet(id: $id) }`, { id: set.id }, { token: api.adminToken });
    expect(deleted.data).toEqual({ deleteCredentialSet: true });
    const gone = await api.gql(`{ credentialSets { id } }`, {}, { token: api.adminToken });
    expect(gone.data!.credentialSets).toEqual([]);
  });

  it('stores secrets sealed, never in plaintext, and never logs them', async () => {
    const created = await api.gql(
      `mutation($input: CreateCredentialSetInput!) { createCredentialSet(input: $input) { id } }`,
      { input: { name: 'sealed', username: 'u', ...secrets } },
      { token: api.adminToken },
    );
    const [row] = await api.db.sql`select * from credential_sets where id = ${created.data!.createCredentialSet.id}`;
    const stored = JSON.stringify(row);
    expectNoSecret(stored);
    expect(row.password_sealed).toMatch(/^v1:/);
    const audit = await api.db.sql`select details from audit_log where target_id = ${row.id}`;
    expectNoSecret(JSON.stringify(audit));
    expectNoSecret(api.logs());
  });

  it('needs a password or a key, a unique name, and the admin role', async () => {
    const noSecret = await api.gql(`mutation { createCredentialSet(input: { name: "x", username: "u" }) { id } }`, {}, { token: api.adminToken });
    expect(noSecret.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const badKey = await api.gql(`mutation { createCredentialSet(input: { name: "x", username: "u", privateKey: "not a key" }) { id } }`, {}, { token: api.adminToken });
    expect(badKey.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'privateKey' });
    await api.gql(`mutation { createCredentialSet(input: { name: "dup", username: "u", password: "p" }) { id } }`, {}, { token: api.adminToken });
    const dup = await api.gql(`mutation { createCredentialSet(input: { name: "dup", username: "u", password: "p" }) { id } }`, {}, { token: api.adminToken });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const operator = await api.tokenFor('OPERATOR');
    const refused = await api.gql(`mutation { createCredentialSet(input: { name: "op", username: "u", password: "p" }) { id } }`, {}, { token: operator });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await api.gql(`{ credentialSets { name } }`, {}, { token: operator });
    expect(read.errors).toBeUndefined();
  });

  it('refuses to delete a set that a device uses', async () => {
    const set = await api.gql(`mutation { createCredentialSet(input: { name: "in-use", username: "u", password: "p" }) { id } }`, {}, { token: api.adminToken });
    const id = set.data!.createCredentialSet.id;
    const device = await api.gql(
      `mutation($ids: [ID!]) { createDevice(input: { name: "uses-set", host: "10.0.0.1", backupMethod: "cisco-ios", credentialSetIds: $ids }) { id } }`,
      { ids: [id] },
      { token: api.adminToken },
    );
    expect(device.errors).toBeUndefined();
    const refused = await api.gql(`mutation($id: ID!) { deleteCredentialSet(id: $id) }`, { id }, { token: api.adminToken });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    const still = await api.gql(`{ credentialSet(id: "${id}") { name deviceCount } }`, {}, { token: api.adminToken });
    expect(still.data!.credentialSet).toEqual({ name: 'in-use', deviceCount: 1 });
  });
});
