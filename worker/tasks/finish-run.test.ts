/**
 * No run is left unfinished: a store that fails, or a recording that fails for good, ends the run
 * failed with the error and what was written; the commit and the backups rows agree again after
 * a retry or the next run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab/lab.ts';
import { startTestApi, type TestApi } from '../../graphql/testing.ts';

let api: TestApi;
let lab: Lab;
let credentialSetId: string;

beforeAll(async () => {
  api = await startTestApi();
  await api.startWorker({ concurrency: 5 });
  lab = await startLab({ devices: [{ platform: 'cisco-ios' }, { platform: 'cisco-ios' }], changeEvery: 1000 });
  const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  credentialSetId = set.data!.createCredentialSet.id;
  // Refuses the first `fail_first` inserts into backups: a sequence counts them outside any transaction.
  await api.db.sql.unsafe(`
    create table injected_failure (fail_first int not null);
    insert into injected_failure values (0);
    create sequence backup_inserts;
    create function refuse_backups() returns trigger language plpgsql as $$
    begin
      if nextval('backup_inserts') <= (select fail_first from injected_failure) then
        raise exception 'injected failure: the backups table refuses rows';
      end if;
      return null;
    end $$;
    create trigger refuse_backups before insert on backups for each statement execute function refuse_backups();`);
});

afterAll(async () => {
  await api?.close();
  await lab?.close();
});

async function failRecording(first: number) {
  await api.db.sql`update injected_failure set fail_first = ${first}`;
  await api.db.sql`select setval('backup_inserts', 1, false)`;
}

async function repositoryWithDevices(name: string, extra: Record<string, unknown> = {}) {
  const repo = await api.gql(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id path } }`, { input: { name, kind: 'GIT', ...extra } }, { token: api.adminToken });
  expect(repo.errors).toBeUndefined();
  const { id: repositoryId, path: gitdir } = repo.data!.createRepository;
  const deviceIds: string[] = [];
  for (const [i, device] of lab.devices.entries()) {
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: `${name}-${i}`, host: device.host, port: device.port, backupMethod: device.backupMethod, credentialSetIds: [credentialSetId], repositoryId } },
      { token: api.adminToken },
    );
    deviceIds.push(created.data!.createDevice.id);
  }
  return { repositoryId, gitdir: gitdir as string, deviceIds };
}

async function runToEnd(input: Record<string, unknown>) {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  const id = started.data!.startRun.id as string;
  const since = Date.now();
  for (;;) {
    const response = await api.gql(
      `{ run(id: "${id}") { id status error result { success backedUpCount changedCount gitStatus gitCommitStatus { sha filesChanged } } events { type message } } }`,
      {},
      { token: api.adminToken },
    );
    const run = response.data!.run;
    if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(run.status)) return { ...run, seconds: (Date.now() - since) / 1000 };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const git = (gitdir: string, ...args: string[]) => execFileSync('git', ['--git-dir', gitdir, ...args], { encoding: 'utf8' }).trim();
const backupsOf = (runId: string) => api.db.sql`select storage_ref from backups where run_id = ${runId} order by storage_ref->>'path'`;

describe('a run whose storing fails', () => {
  it('ends FAILED within seconds when its repository cannot be written, with the error on the run', async () => {
    // Its folder would have to be made inside a file: every attempt fails the same way.
    const blocked = path.join(api.dataDir, 'a-file-not-a-folder');
    fs.writeFileSync(blocked, 'in the way\n');
    const { repositoryId, deviceIds } = await repositoryWithDevices('blocked', { path: path.join(blocked, 'configs') });

    const run = await runToEnd({ deviceIds, repositoryId });
    expect(run.status).toBe('FAILED');
    expect(run.seconds).toBeLessThan(15);
    expect(run.error).toMatch(/ENOTDIR|not a directory/);
    expect(run.result).toMatchObject({ success: false, backedUpCount: 0, gitCommitStatus: null });
    expect(run.result.gitStatus).toBe(`storage failed: ${run.error}`);
    expect(run.events.at(-1)).toMatchObject({ type: 'run-finished', message: `Run failed: ${run.error}` });
    expect(await backupsOf(run.id)).toHaveLength(0);
  });

  it('records on the retry what the failed attempt committed: one commit, and the backups rows point at it', async () => {
    const { repositoryId, gitdir, deviceIds } = await repositoryWithDevices('retried');
    await failRecording(1);
    const run = await runToEnd({ deviceIds, repositoryId });
    await failRecording(0);

    expect(run.status).toBe('SUCCEEDED');
    const head = git(gitdir, 'rev-parse', 'main');
    expect(git(gitdir, 'rev-list', '--count', 'main')).toBe('1');
    expect(run.result.gitCommitStatus.sha).toBe(head);
    const rows = await backupsOf(run.id);
    expect(rows).toHaveLength(4);
    for (const { storage_ref: ref } of rows) {
      expect(ref.commit).toBe(head);
      expect(git(gitdir, 'rev-parse', `${ref.commit}:${ref.path}`)).toBe(ref.blob);
    }
  });

  it('ends FAILED on the last attempt naming the commit that was written; the next run records the versions', async () => {
    const { repositoryId, gitdir, deviceIds } = await repositoryWithDevices('unrecorded');
    await failRecording(1000);
    const failed = await runToEnd({ deviceIds, repositoryId });
    await failRecording(0);

    expect(failed.status).toBe('FAILED');
    expect(failed.seconds).toBeLessThan(30);
    expect(failed.error).toBe('storing the run failed 3 times: injected failure: the backups table refuses rows');
    const written = git(gitdir, 'rev-parse', 'main');
    expect(failed.result).toMatchObject({ success: false, backedUpCount: 0, changedCount: 4, gitCommitStatus: { sha: written } });
    expect(failed.result.gitStatus).toBe(`commit ${written.slice(0, 7)} holds 4 new versions, but recording the backups failed: ${failed.error}; the next run of this repository records them`);
    expect(failed.events.at(-1)).toMatchObject({ type: 'run-finished', message: `Run failed: ${failed.error}` });
    expect(await backupsOf(failed.id)).toHaveLength(0);
    const dashboardRuns = await api.gql(`{ runs(first: 5, filter: { status: FAILED }) { nodes { id error } } }`, {}, { token: api.adminToken });
    expect(dashboardRuns.data!.runs.nodes).toContainEqual({ id: failed.id, error: failed.error });

    const next = await runToEnd({ deviceIds, repositoryId });
    expect(next.status).toBe('SUCCEEDED');
    const rows = await backupsOf(next.id);
    expect(rows).toHaveLength(4);
    for (const { storage_ref: ref } of rows) {
      expect(git(gitdir, 'rev-parse', `${ref.commit}:${ref.path}`)).toBe(ref.blob);
      execFileSync('git', ['--git-dir', gitdir, 'merge-base', '--is-ancestor', written, ref.commit]);
    }
    execFileSync('git', ['--git-dir', gitdir, 'fsck', '--strict']);
  }, 60_000);
});
