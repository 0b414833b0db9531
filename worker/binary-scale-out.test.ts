/**
 * Binary artifacts with workers on several machines: two worker processes with data folders of
 * their own, sharing only the database and the repositories' path, back up text and binary
 * devices in one run. What a worker collects is staged in the run's repository, so whichever
 * worker stores the run finds every binary there.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../graphql/testing.ts';
import { projectRoot } from '../infra/project-root.ts';
import { startLab, type Lab } from '../lab/lab.ts';
import { temporaryDir, until } from '../lab/test-support.ts';


let api: TestApi;
let lab: Lab;
let credentialSetId: string;
const workers: { process: ChildProcess; dataDir: Awaited<ReturnType<typeof temporaryDir>> }[] = [];

const firmware = (seed: number) => {
  const bytes = Buffer.alloc(2 * 1024 * 1024 + seed);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * (seed + 7919)) % 251;
  return bytes;
};
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const git = (gitdir: string, ...args: string[]) => execFileSync('git', ['--git-dir', gitdir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();

async function startWorkerProcess(): Promise<void> {
  const dataDir = await temporaryDir('worker-data');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts', 'worker'], {
    cwd: projectRoot,
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH,
      DATABASE_URL: api.database.url,
      TIDEMARK_SECRET_KEY: api.secretKey,
      TIDEMARK_DATA_DIR: dataDir.path,
      TIDEMARK_WORKER_CONCURRENCY: '4',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push({ process: child, dataDir });
}

beforeAll(async () => {
  api = await startTestApi();
  // A slow login keeps each collection going long enough for both workers to take some.
  lab = await startLab({
    devices: [
      ...Array.from({ length: 6 }, () => ({ platform: 'cisco-ios', fault: 'slow-login' as const })),
      ...Array.from({ length: 6 }, () => ({ platform: 'linux', fault: 'slow-login' as const })),
    ],
    slowLoginMs: 600,
    changeEvery: 1000,
  });
  for (const [index, device] of lab.devices.filter((d) => d.platform === 'linux').entries()) device.files.set('flash/image.bin', firmware(index));
  const set = await api.gql(`mutation($p: String!) { createCredentialSet(input: { name: "lab", username: "admin", password: $p, enableSecret: "lab-enable" }) { id } }`, { p: lab.devices[0].password }, { token: api.adminToken });
  expect(set.errors).toBeUndefined();
  credentialSetId = set.data!.createCredentialSet.id;
  await startWorkerProcess();
  await startWorkerProcess();
  await until(async () => (await api.db.sql`select count(*)::int as n from workers`)[0].n >= 2, 'both workers to report');
});

afterAll(async () => {
  for (const worker of workers) worker.process.kill('SIGKILL');
  await Promise.all(workers.map((worker) => worker.dataDir.remove()));
  await api?.close();
  await lab?.close();
});

/** Twelve devices: six text (cisco-ios), three firmware images over SFTP and three over SCP. */
async function addDevices(repositoryId: string, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, device] of lab.devices.entries()) {
    const binary = device.platform === 'linux' ? { backupMethod: index % 2 ? 'sftp-file' : 'scp-file', options: { paths: ['/flash/image.bin'] } } : { backupMethod: device.backupMethod };
    const created = await api.gql(
      `mutation($input: CreateDeviceInput!) { createDevice(input: $input) { id } }`,
      { input: { name: `${prefix}-${String(index).padStart(2, '0')}`, host: device.host, port: device.port, credentialSetIds: [credentialSetId], repositoryId, ...binary } },
      { token: api.adminToken },
    );
    expect(created.errors).toBeUndefined();
    ids.push(created.data!.createDevice.id);
  }
  return ids;
}

/** Runs the repository's devices, noting which worker holds each collect-device job while it runs. */
async function runWatchingWorkers(repositoryId: string, deviceIds: string[]): Promise<{ runId: string; status: string; collectors: Map<string, string> }> {
  const started = await api.gql(`mutation($input: StartRunInput!) { startRun(input: $input) { id } }`, { input: { deviceIds, repositoryId, concurrency: 8 } }, { token: api.adminToken });
  expect(started.errors).toBeUndefined();
  const runId = started.data!.startRun.id as string;
  const collectors = new Map<string, string>();
  const status = await until(async () => {
    const locked = await api.db.sql`
      select j.payload->>'runDeviceId' as run_device_id, j.locked_by
      from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'collect-device' and j.locked_by is not null and j.payload->>'runId' = ${runId}`;
    for (const row of locked) collectors.set(row.run_device_id, row.locked_by);
    const [run] = await api.db.sql`select status from runs where id = ${runId}`;
    return ['succeeded', 'partial', 'failed', 'cancelled'].includes(run.status) ? (run.status as string) : undefined;
  }, 'the run to finish', 90_000, 50);
  return { runId, status, collectors };
}

const binaryRows = (runId: string) =>
  api.db.sql<{ device: string; artifact: string; sha256: string; size: number; storage_ref: Record<string, string> }[]>`
    select d.name as device, b.artifact, b.sha256, b.size::int as size, b.storage_ref from backups b join devices d on d.id = b.device_id
    where b.run_id = ${runId} and not b.is_text order by d.name`;

function expectBothWorkersCollected(collectors: Map<string, string>): void {
  expect(new Set(collectors.values()).size).toBe(2);
}

function expectNoStagingInDataFolders(): void {
  for (const worker of workers) expect(fs.existsSync(path.join(worker.dataDir.path, 'staging'))).toBe(false);
}

describe('two workers with data folders of their own', () => {
  it('back up text and binary devices in one run into git: the commit holds every binary and the backups rows point at it', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "shared-git", kind: GIT, pathTemplate: "{device}/{artifact}" }) { id path } }`, {}, { token: api.adminToken });
    expect(repo.errors).toBeUndefined();
    const { id: repositoryId, path: gitdir } = repo.data!.createRepository;
    const deviceIds = await addDevices(repositoryId, 'git');

    const { runId, status, collectors } = await runWatchingWorkers(repositoryId, deviceIds);
    expect(status).toBe('succeeded');
    expectBothWorkersCollected(collectors);

    const [{ commit }] = await api.db.sql`select result->'gitCommitStatus'->>'sha' as commit from runs where id = ${runId}`;
    const rows = await binaryRows(runId);
    expect(rows).toHaveLength(6);
    for (const [index, row] of rows.entries()) {
      const expected = firmware(index);
      expect(row).toMatchObject({ artifact: 'flash/image.bin', sha256: sha256(expected), size: expected.length });
      expect(row.storage_ref.commit).toBe(commit);
      expect(git(gitdir, 'cat-file', '-t', row.storage_ref.blob)).toBe('blob');
      expect(git(gitdir, 'rev-parse', `${commit}:${row.storage_ref.path}`)).toBe(row.storage_ref.blob);
      const stored = execFileSync('git', ['--git-dir', gitdir, 'cat-file', 'blob', row.storage_ref.blob], { maxBuffer: 64 * 1024 * 1024 });
      expect(sha256(stored)).toBe(row.sha256);
    }
    const [{ texts }] = await api.db.sql`select count(*)::int as texts from backups where run_id = ${runId} and is_text`;
    expect(texts).toBe(12);
    git(gitdir, 'fsck', '--strict');
    expectNoStagingInDataFolders();
  }, 120_000);

  it('back up text and binary devices in one run into a filesystem repository, whose staged objects are gone once the run is recorded', async () => {
    const repo = await api.gql(`mutation { createRepository(input: { name: "shared-files", kind: FILESYSTEM, pathTemplate: "{device}/{artifact}" }) { id path } }`, {}, { token: api.adminToken });
    expect(repo.errors).toBeUndefined();
    const { id: repositoryId, path: root } = repo.data!.createRepository;
    const deviceIds = await addDevices(repositoryId, 'fs');

    const { runId, status, collectors } = await runWatchingWorkers(repositoryId, deviceIds);
    expect(status).toBe('succeeded');
    expectBothWorkersCollected(collectors);

    const rows = await binaryRows(runId);
    expect(rows).toHaveLength(6);
    for (const [index, row] of rows.entries()) {
      expect(row.sha256).toBe(sha256(firmware(index)));
      expect(sha256(fs.readFileSync(path.join(root, '.versions', row.storage_ref.path, row.storage_ref.version)))).toBe(row.sha256);
      expect(sha256(fs.readFileSync(path.join(root, row.storage_ref.path)))).toBe(row.sha256);
    }
    expect(fs.readdirSync(path.join(root, '.tidemark-objects'))).toEqual([]);
    expectNoStagingInDataFolders();
  }, 120_000);
});
