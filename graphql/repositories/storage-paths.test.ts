/**
 * Security review findings F5, F9, F14, F15 and F19 through the API: a repository may only use a
 * folder that is empty, new or its own, inside the repository roots, shared with no other
 * repository; its path template obeys the rules runs apply; a remote URL carries no password.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepository } from '../../db/repositories/create-repository.ts';
import { sealRemoteUrlCredentials } from '../../db/repositories/seal-remote-url-credentials.ts';
import { REMOTE_TOKEN_PURPOSE } from '../../db/repositories/view.ts';
import { parseEnv } from '../../infra/env.ts';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startGitHttpServer, type GitHttpServer } from '../../storage/testing/git-http-server.ts';
import { startTestApi, type TestApi } from '../testing.ts';

let api: TestApi;
let lab: Lab;
let remote: GitHttpServer;
let root: string;
/** Folders outside the data folder that tests create; removed at the end. */
const outside: string[] = [];

const create = (input: Record<string, unknown>) =>
  api.gql(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id name path remoteUrl } }`, { input }, { token: api.adminToken });
const update = (id: string, input: Record<string, unknown>) =>
  api.gql(`mutation($id: ID!, $input: UpdateRepositoryInput!) { updateRepository(id: $id, input: $input) { id path } }`, { id, input }, { token: api.adminToken });
const testRepository = async (id: string) =>
  (await api.gql<{ testRepository: { ok: boolean; messages: string[] } }>(`query($id: ID!) { testRepository(id: $id) { ok messages } }`, { id }, { token: api.adminToken })).data!.testRepository;
const repositoryCount = async () => (await api.gql(`{ repositories { id } }`, {}, { token: api.adminToken })).data!.repositories.length as number;

function outsideFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `tidemark-${prefix}-`));
  outside.push(folder);
  return folder;
}

/** A refusal of `field` as the client sees it. */
function expectRefused(response: Awaited<ReturnType<typeof create>>, field: string, message: RegExp) {
  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions?.code, JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
  // The transport refuses a NUL before the verb sees the input, naming the field as `input.<field>`.
  expect(response.errors?.[0].extensions?.field).toMatch(new RegExp(`^(input\\.)?${field}$`));
  expect(response.errors?.[0].message).toMatch(message);
}

beforeAll(async () => {
  api = await startTestApi();
  root = path.join(api.dataDir, 'repositories');
  fs.mkdirSync(root, { recursive: true });
  await api.startWorker({ concurrency: 2 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }], changeEvery: 1 });
  remote = await startGitHttpServer({ token: 'right-token' });
});

afterAll(async () => {
  await api?.close();
  await lab?.close();
  await remote?.close();
  for (const folder of outside) fs.rmSync(folder, { recursive: true, force: true });
});

describe('F5: a repository never takes over a file or a folder that is not its own', () => {
  it('F5: a path naming an existing file is refused for both kinds, and the file keeps its content', async () => {
    const victim = path.join(root, 'victim.txt');
    fs.writeFileSync(victim, 'data\n');
    for (const kind of ['GIT', 'FILESYSTEM']) {
      expectRefused(await create({ name: `victim-${kind}`, kind, path: victim }), 'path', /is a file, not a folder/);
      expectRefused(await create({ name: `under-${kind}`, kind, path: path.join(victim, 'repo') }), 'path', /victim\.txt is a file, not a folder/);
    }
    expect(fs.readFileSync(victim, 'utf8')).toBe('data\n');
    expect(await repositoryCount()).toBe(0);
  });

  it('F5: a folder holding files, a work tree or a bare repository Tidemark did not make is refused; nothing in it changes', async () => {
    const project = path.join(root, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'README'), 'mine\n');
    const foreignBare = path.join(root, 'foreign.git');
    execFileSync('git', ['init', '--quiet', '--bare', foreignBare]);
    const workTree = path.join(root, 'work-tree');
    execFileSync('git', ['init', '--quiet', workTree]);

    expectRefused(await create({ name: 'p1', kind: 'GIT', path: project }), 'path', /neither empty nor a Git repository made by Tidemark/);
    expectRefused(await create({ name: 'p2', kind: 'FILESYSTEM', path: project }), 'path', /neither empty nor a filesystem repository made by Tidemark/);
    expectRefused(await create({ name: 'p3', kind: 'GIT', path: foreignBare }), 'path', /bare Git repository that Tidemark did not create/);
    expectRefused(await create({ name: 'p4', kind: 'FILESYSTEM', path: foreignBare }), 'path', /holds a Git repository/);
    expectRefused(await create({ name: 'p5', kind: 'GIT', path: workTree }), 'path', /work tree/);
    expect(fs.readdirSync(project)).toEqual(['README']);
    expect(fs.readFileSync(path.join(project, 'README'), 'utf8')).toBe('mine\n');
    expect(execFileSync('git', ['--git-dir', foreignBare, 'config', '--list'], { encoding: 'utf8' })).not.toContain('tidemark');
  });

  it('F5: an empty folder, a repository Tidemark made (marked, or by an earlier version) and a missing folder are accepted', async () => {
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    // What earlier versions made: isomorphic-git's bare layout, without the marker.
    const earlier = path.join(root, 'earlier.git');
    await git.init({ fs, gitdir: earlier, bare: true, defaultBranch: 'main' });
    const earlierFiles = path.join(root, 'earlier-files');
    fs.mkdirSync(path.join(earlierFiles, '.versions', 'sw1', 'running-config'), { recursive: true });
    fs.writeFileSync(path.join(earlierFiles, 'sw1'), 'kept\n');

    for (const [name, kind, folder] of [
      ['empty', 'GIT', empty],
      ['earlier', 'GIT', earlier],
      ['earlier-files', 'FILESYSTEM', earlierFiles],
      ['missing', 'FILESYSTEM', path.join(root, 'missing', 'deeper')],
    ]) {
      const created = await create({ name, kind, path: folder });
      expect(created.errors, name).toBeUndefined();
      const check = await testRepository(created.data!.createRepository.id);
      expect(check, check.messages.join('; ')).toMatchObject({ ok: true });
    }
  });

  it('F5: when the folder is replaced by a file after creation, testRepository answers ok:false and a run fails without touching the file', async () => {
    const folder = path.join(root, 'replaced');
    const created = await create({ name: 'replaced', kind: 'GIT', path: folder });
    expect(created.errors).toBeUndefined();
    const repositoryId = created.data!.createRepository.id;
    fs.writeFileSync(folder, 'data\n');

    const check = await testRepository(repositoryId);
    expect(check.ok).toBe(false);
    expect(check.messages.join('\n')).toMatch(/replaced is a file, not a folder/);
    expect(check.messages.join('\n')).not.toMatch(/is writable/);

    const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
    const device = lab.devices[0];
    const added = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: 'victim-sw', host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [set.data!.createCredentialSet.id], repositoryId } },
      { token: api.adminToken },
    );
    const started = await api.gql(`mutation($id: ID!, $repositoryId: ID!) { startRun(input: { deviceIds: [$id], repositoryId: $repositoryId }) { id } }`, { id: added.data!.createDevice.id, repositoryId }, { token: api.adminToken });
    expect(started.errors).toBeUndefined();
    // The first store attempt decides: it fails (the run then fails, or waits to try again) and the file stays.
    let failure: string | undefined;
    while (failure === undefined) {
      const run = (await api.gql(`{ run(id: "${started.data!.startRun.id}") { status error events { type message } } }`, {}, { token: api.adminToken })).data!.run;
      expect(run.status).not.toBe('SUCCEEDED');
      if (['PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) failure = run.error ?? '';
      else failure = run.events.find((event: { type: string }) => event.type === 'run-store-failed')?.message;
      if (failure === undefined) await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(failure).toMatch(/replaced is a file, not a folder/);
    expect(fs.statSync(folder).isFile()).toBe(true);
    expect(fs.readFileSync(folder, 'utf8')).toBe('data\n');
  });
});

describe('F19: repositories live inside the repository roots', () => {
  it('F19: "../../etc", an absolute folder elsewhere, a symbolic link out of the root and a NUL are refused, with the roots named', async () => {
    const elsewhere = outsideFolder('elsewhere');
    fs.symlinkSync(elsewhere, path.join(root, 'way-out'));
    for (const kind of ['GIT', 'FILESYSTEM']) {
      const response = await create({ name: `etc-${kind}`, kind, path: '../../etc' });
      expectRefused(response, 'path', /is outside the repository roots/);
      expect(response.errors![0].message).toContain(`(${root})`);
      expectRefused(await create({ name: `abs-${kind}`, kind, path: path.join(elsewhere, 'repo') }), 'path', /is outside the repository roots/);
      expectRefused(await create({ name: `link-${kind}`, kind, path: path.join(root, 'way-out', 'repo') }), 'path', new RegExp(`${elsewhere}/repo is outside the repository roots`));
      expectRefused(await create({ name: `nul-${kind}`, kind, path: 'repositories/a\u0000b' }), 'path', /NUL/);
    }
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('F19: a relative path inside the root is resolved against the data folder, and the default folder is in the first root', async () => {
    const relative = await create({ name: 'relative', kind: 'FILESYSTEM', path: 'repositories/relative' });
    expect(relative.data!.createRepository.path).toBe(path.join(root, 'relative'));
    const defaulted = await create({ name: 'Defaulted One', kind: 'GIT' });
    expect(defaulted.data!.createRepository.path).toBe(path.join(root, 'defaulted-one'));
    const moved = await update(relative.data!.createRepository.id, { path: '../outside' });
    expectRefused(moved, 'path', /is outside the repository roots/);
  });

  it('F19: TIDEMARK_REPOSITORY_ROOTS takes absolute folders, colon- or comma-separated; unset, it is the data folder\'s repositories/', async () => {
    const env = (vars: Record<string, string>) => parseEnv({ NODE_ENV: 'test', ...vars });
    expect(env({ TIDEMARK_DATA_DIR: '/var/lib/tidemark' }).repositoryRoots).toEqual(['/var/lib/tidemark/repositories']);
    expect(env({ TIDEMARK_REPOSITORY_ROOTS: '/srv/a:/srv/b, /srv/c/' }).repositoryRoots).toEqual(['/srv/a', '/srv/b', '/srv/c']);
    expect(() => env({ TIDEMARK_REPOSITORY_ROOTS: 'relative/folder' })).toThrow(/TIDEMARK_REPOSITORY_ROOTS.*absolute/);

    // The verb with configured roots, as the launcher passes them.
    const configured = outsideFolder('configured-root');
    const ctx = {
      db: api.db.db,
      caller: { kind: 'system' as const, name: 'test' },
      keyring: api.keyring,
      log: pino({ level: 'silent' }),
      settings: { dataDir: api.dataDir, repositoryRoots: [configured] },
    };
    const inside = await createRepository({ ctx, input: { name: 'configured', kind: 'filesystem' } });
    expect(inside.path).toBe(path.join(configured, 'configured'));
    await expect(createRepository({ ctx, input: { name: 'in-default', kind: 'filesystem', path: path.join(root, 'in-default') } })).rejects.toThrow(
      new RegExp(`outside the repository roots \\(${configured}\\)`),
    );
  });
});

describe('F15: one repository per folder', () => {
  it('F15: the same folder (also through a symbolic link), a folder inside another repository\'s and one around it are refused', async () => {
    const first = await create({ name: 'first', kind: 'GIT', path: path.join(root, 'shared', 'first') });
    expect(first.errors).toBeUndefined();
    fs.mkdirSync(path.join(root, 'shared'), { recursive: true });
    fs.symlinkSync(path.join(root, 'shared'), path.join(root, 'alias'));

    expectRefused(await create({ name: 'same', kind: 'GIT', path: path.join(root, 'shared', 'first') }), 'path', /is the folder of the repository "first"/);
    expectRefused(await create({ name: 'aliased', kind: 'GIT', path: path.join(root, 'alias', 'first') }), 'path', /is the folder of the repository "first"/);
    expectRefused(await create({ name: 'inside', kind: 'FILESYSTEM', path: path.join(root, 'shared', 'first', 'sub') }), 'path', /is inside .* the folder of the repository "first"/);
    expectRefused(await create({ name: 'around', kind: 'FILESYSTEM', path: path.join(root, 'shared') }), 'path', /holds .* the folder of the repository "first"/);

    const second = await create({ name: 'second', kind: 'GIT', path: path.join(root, 'shared', 'second') });
    expect(second.errors).toBeUndefined();
    expectRefused(await update(second.data!.createRepository.id, { path: path.join(root, 'shared', 'first') }), 'path', /is the folder of the repository "first"/);
    // Saving a repository where it already is stays possible.
    const kept = await update(first.data!.createRepository.id, { path: path.join(root, 'shared', 'first') });
    expect(kept.errors).toBeUndefined();
  });

  it('F15: of five repositories created at once on one folder, exactly one is created', async () => {
    const folder = path.join(root, 'raced');
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => create({ name: `raced-${i}`, kind: 'GIT', path: folder })));
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors !== undefined)) {
      expect(refused.errors![0].message).toMatch(/is the folder of the repository "raced-\d"/);
    }
  });
});

describe('F9: path templates are checked at creation with the rules runs apply', () => {
  const refused: [string, RegExp][] = [
    ['.git/{device}/{artifact}', /has a "\.git" segment/],
    ['{device}/.GIT/{artifact}', /has a "\.git" segment/],
    ['.versions/{device}/{artifact}', /reserved name "\.versions"/],
    ['./{device}/{artifact}', /empty, "\." or "\.\." segment/],
    ['{device}/{artifact}/.', /empty, "\." or "\.\." segment/],
    ['..\\..\\{device}\\{artifact}', /backslash/],
    ['{device}/\u0000/{artifact}', /NUL/],
    ['{device}/a\u0007b/{artifact}', /NUL or control character/],
    [`${'x'.repeat(19 * 1024)}/{device}/{artifact}`, /longer than 1024 characters/],
    [`${'x'.repeat(250)}{device}/{artifact}`, /longer than 255 bytes/],
    ['{location}/{location}/{device}/{artifact}', /longer than 1024 bytes/],
  ];

  it('F9: every template the review ran into is refused by createRepository and updateRepository, naming the rule', async () => {
    const before = await repositoryCount();
    for (const [pathTemplate, message] of refused) {
      for (const kind of ['GIT', 'FILESYSTEM']) {
        expectRefused(await create({ name: `t-${kind}`, kind, pathTemplate }), 'pathTemplate', message);
      }
    }
    expect(await repositoryCount()).toBe(before);
    const usable = await create({ name: 'templated', kind: 'FILESYSTEM', pathTemplate: '{location.1}/{device}-{backupMethod}-{artifact}' });
    expect(usable.errors).toBeUndefined();
    for (const [pathTemplate, message] of refused) {
      expectRefused(await update(usable.data!.createRepository.id, { pathTemplate }), 'pathTemplate', message);
    }
  });
});

describe('F14: remote URLs carry no credentials', () => {
  it('F14: a remote URL with a password or user name is refused, pointing to the token field', async () => {
    for (const remoteUrl of ['http://git:PW-F14@127.0.0.1:9/y.git', 'https://x-access-token:PW-F14@git.example.net/a.git', 'https://ghp-PW-F14@github.com/a/b.git']) {
      const response = await create({ name: 'with-credentials', kind: 'GIT', remoteUrl });
      expectRefused(response, 'remoteUrl', /put the password in the token field/);
      expect(response.raw).not.toContain('PW-F14');
    }
    const plain = await create({ name: 'plain-remote', kind: 'GIT', remoteUrl: 'https://git.example.net/a.git' });
    expect(plain.errors).toBeUndefined();
    const changed = await update(plain.data!.createRepository.id, { remoteUrl: 'https://git:PW-F14@git.example.net/a.git' });
    expectRefused(changed, 'remoteUrl', /put the password in the token field/);
  });

  it('F14: a URL stored with its password by an earlier version is shown without it (repositories, repository, audit log) and still authenticates', async () => {
    const { url } = await remote.createRepository('legacy');
    const created = await create({ name: 'legacy', kind: 'GIT', remoteUrl: url });
    const id = created.data!.createRepository.id as string;
    const legacyUrl = url.replace('http://', 'http://git:right-token@');
    await api.db.sql`update repositories set remote_url = ${legacyUrl} where id = ${id}`;
    await api.db.sql`insert into audit_log (actor_type, actor_name, action, target_type, target_id, details)
      values ('user', 'admin', 'create-repository', 'repository', ${id}, ${JSON.stringify({ name: 'legacy', remoteUrl: legacyUrl })}::jsonb)`;

    const viewer = await api.tokenFor('VIEWER');
    const listed = await api.gql(`{ repositories { id remoteUrl } }`, {}, { token: viewer });
    expect(listed.data!.repositories.find((r: { id: string }) => r.id === id).remoteUrl).toBe(url);
    const one = await api.gql(`query($id: ID!) { repository(id: $id) { remoteUrl } }`, { id }, { token: viewer });
    expect(one.data!.repository.remoteUrl).toBe(url);
    const audit = await api.gql(`{ auditLog(first: 20) { nodes { details } } }`, {}, { token: api.adminToken });
    expect(audit.errors).toBeUndefined();
    expect(audit.raw).toContain(url.replace('http://', ''));
    for (const response of [listed, one, audit]) expect(response.raw).not.toContain('right-token');

    // The password stands in for the token that was never set: the remote still accepts it.
    const check = await testRepository(id);
    expect(check, check.messages.join('; ')).toMatchObject({ ok: true });
    expect(check.messages.join('\n')).toMatch(/answers with this token/);
    expect(JSON.stringify(check)).not.toContain('right-token');

    // Once at start, the password moves into the sealed token field and leaves the tables.
    expect(await sealRemoteUrlCredentials(api.db.db, api.keyring)).toEqual(['legacy']);
    const [row] = await api.db.sql`select remote_url, remote_token_sealed from repositories where id = ${id}`;
    expect(row.remote_url).toBe(url);
    expect(api.keyring.open(row.remote_token_sealed, REMOTE_TOKEN_PURPOSE)).toBe('right-token');
    const [{ leaks }] = await api.db.sql`select count(*)::int as leaks from audit_log where details::text like '%right-token%'`;
    expect(leaks).toBe(0);
    expect(await sealRemoteUrlCredentials(api.db.db, api.keyring)).toEqual([]);
    expect(await testRepository(id)).toMatchObject({ ok: true });
  });
});
