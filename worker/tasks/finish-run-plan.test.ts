/** The commit's decisions, without PostgreSQL or git. */
import { describe, expect, test } from 'vitest';
import type { Backup } from '../../db/backups/schema.ts';
import type { Device } from '../../db/devices/schema.ts';
import type { Repository } from '../../db/repositories/schema.ts';
import type { FinishingDevice } from '../../db/runs/finishing-run.ts';
import type { Run, RunDevice } from '../../db/runs/schema.ts';
import type { StagedArtifact } from '../../db/runs/types.ts';
import { commitHolding, commitMessage, gitStatusText, nextStoreStep, planArtifacts, runOutcome, STORE_RETRY_DELAYS_MS, storeRetryMessage, withStoredRefs } from './finish-run-plan.ts';

const text = (artifact: string, comparableSha256: string): StagedArtifact => ({
  artifact,
  isBinary: false,
  content: `${artifact}\n`,
  size: artifact.length + 1,
  sha256: `sha-${comparableSha256}`,
  comparableSha256,
  redactions: [],
});

const device = (name: string, variables: Record<string, string> = {}): Device =>
  ({ id: `id-${name}`, name, backupMethod: 'cisco-ios', location: 'emea/ams1', tags: [], variables }) as unknown as Device;
const runDevice = (name: string, status: RunDevice['status'], collected: StagedArtifact[] | null, errorCode: RunDevice['errorCode'] = null): RunDevice =>
  ({ deviceName: name, status, collected, errorCode, errorMessage: errorCode ? 'it failed' : null }) as unknown as RunDevice;
const finishing = (name: string, status: RunDevice['status'], collected: StagedArtifact[] | null, errorCode: RunDevice['errorCode'] = null): FinishingDevice => ({
  runDevice: runDevice(name, status, collected, errorCode),
  device: device(name),
  credentialSetName: 'lab',
});
const previous = (name: string, artifact: string, comparableSha256: string, path: string): Backup =>
  ({ deviceId: `id-${name}`, artifact, comparableSha256, sha256: 'old', storageRef: { kind: 'git', commit: 'c0', path, blob: 'b0' } }) as unknown as Backup;

const run = { id: '11111111-2222-3333-4444-555555555555', total: 3, startedAt: new Date(0), createdAt: new Date(0) } as Run;
const repository = { id: 'repo', name: 'configs', kind: 'git' } as Repository;

describe('planArtifacts', () => {
  test('renders each path and marks a new version only where the comparable text moved', () => {
    const devices = [finishing('sw1', 'succeeded', [text('running-config', 'a'), text('startup-config', 'b')])];
    const latest = [previous('sw1', 'running-config', 'a', 'emea/ams1/sw1/running-config'), previous('sw1', 'startup-config', 'old', 'emea/ams1/sw1/startup-config')];
    const planned = planArtifacts(devices, latest, '{location}/{device}/{artifact}');
    expect(planned.map((p) => [p.path, p.changed])).toEqual([
      ['emea/ams1/sw1/running-config', false],
      ['emea/ams1/sw1/startup-config', true],
    ]);
  });

  test("a device's variables fill {var.<name>}; a device without the variable loses that folder", () => {
    const withSite = { ...finishing('sw1', 'succeeded', [text('running-config', 'a')]), device: device('sw1', { site_code: 'AMS1' }) };
    const without = finishing('sw2', 'succeeded', [text('running-config', 'b')]);
    const planned = planArtifacts([withSite, without], [], '{var.site_code}/{device}/{artifact}');
    expect(planned.map((p) => p.path)).toEqual(['AMS1/sw1/running-config', 'sw2/running-config']);
  });

  test('an artifact whose path moved is a new version even with the same content', () => {
    const planned = planArtifacts([finishing('sw1', 'succeeded', [text('running-config', 'a')])], [previous('sw1', 'running-config', 'a', 'old/sw1')], '{device}/{artifact}');
    expect(planned[0].changed).toBe(true);
  });
});

test('withStoredRefs keeps the reference of what was written and calls the rest unchanged', () => {
  const planned = planArtifacts([finishing('sw1', 'succeeded', [text('a', '1'), text('b', '2')])], [], '{device}/{artifact}');
  const ref = { kind: 'git' as const, commit: 'c1', path: 'sw1/a', blob: 'x' };
  const stored = withStoredRefs(planned, { commit: 'c1', filesChanged: 1, refs: { 'sw1/a': ref }, changedPaths: ['sw1/a'] });
  expect(stored.map((p) => [p.path, p.changed, p.ref])).toEqual([
    ['sw1/a', true, ref],
    ['sw1/b', false, undefined],
  ]);
});

test('commitMessage and gitStatusText say what happened', () => {
  const planned = planArtifacts([finishing('sw1', 'succeeded', [text('a', '1'), text('b', '2')])], [previous('sw1', 'b', '2', 'sw1/b')], '{device}/{artifact}');
  expect(commitMessage(run.id, planned, 1)).toBe(`Tidemark run 11111111: 1 changed, 1 unchanged, 1 failed\n\nRun: ${run.id}\n`);
  expect(gitStatusText({ sha: 'c1', filesChanged: 1, pushed: true, pushError: null })).toBe('committed 1 file and pushed');
  expect(gitStatusText({ sha: 'c1', filesChanged: 2, pushed: false, pushError: 'refused' })).toBe('committed 2 files; push failed');
  expect(gitStatusText({ sha: null, filesChanged: 0, pushed: null, pushError: null })).toBe('no changes; nothing committed');
  expect(gitStatusText({ sha: 'c0ffee12', filesChanged: 0, pushed: null, pushError: null })).toBe('nothing new to commit: the new versions were committed before, in c0ffee1');
});

test('F21: a filesystem repository reports the files it wrote, not "no changes; nothing committed"', () => {
  expect(gitStatusText({ sha: null, filesChanged: 4, pushed: null, pushError: null }, 'filesystem')).toBe('4 files written');
  expect(gitStatusText({ sha: null, filesChanged: 1, pushed: null, pushError: null }, 'filesystem')).toBe('1 file written');
  expect(gitStatusText({ sha: null, filesChanged: 0, pushed: null, pushError: null }, 'filesystem')).toBe('no changes; nothing written');
  const devices = [finishing('sw1', 'collected', [text('a', '1')])];
  const planned = withStoredRefs(planArtifacts(devices, [], '{device}/{artifact}'), {
    commit: null,
    filesChanged: 1,
    refs: { 'sw1/a': { kind: 'filesystem', path: 'sw1/a', version: '2024-05-01T12-00-00.000Z' } },
    changedPaths: ['sw1/a'],
  });
  const outcome = runOutcome({ run, repository: { ...repository, kind: 'filesystem' }, devices, planned, commit: { sha: null, filesChanged: 1, pushed: null, pushError: null }, failure: null, commitDate: new Date(1000), now: new Date(5000) });
  expect(outcome.result).toMatchObject({ gitStatus: '1 file written', commitDate: new Date(1000).toISOString() });
  expect(outcome.message).toBe('Done: 1 backed up (1 changed), 0 failed; 1 file written');
});

describe('F7: a store that fails is tried again after a wait, then given up', () => {
  test('waits a few seconds, then up to a minute, about two minutes in all', () => {
    expect(STORE_RETRY_DELAYS_MS[0]).toBeLessThanOrEqual(5_000);
    expect(Math.max(...STORE_RETRY_DELAYS_MS)).toBeLessThanOrEqual(60_000);
    expect(STORE_RETRY_DELAYS_MS.map((_, i) => nextStoreStep(i + 1, STORE_RETRY_DELAYS_MS))).toEqual(STORE_RETRY_DELAYS_MS.map((ms) => ({ retryInMs: ms })));
    expect(nextStoreStep(STORE_RETRY_DELAYS_MS.length + 1, STORE_RETRY_DELAYS_MS)).toEqual({ giveUp: true });
  });

  test('says which attempt failed and when the next one comes', () => {
    expect(storeRetryMessage(1, [2_000, 60_000], 'ENOSPC: no space left on device')).toBe('Storing failed (attempt 1 of 3): ENOSPC: no space left on device; trying again in 2 s');
    expect(storeRetryMessage(2, [100, 200], 'locked')).toBe('Storing failed (attempt 2 of 3): locked; trying again in 200 ms');
  });
});

describe('commitHolding', () => {
  const planned = planArtifacts([finishing('sw1', 'succeeded', [text('a', '1')])], [], '{device}/{artifact}');
  const headRef = { kind: 'git' as const, commit: 'head', path: 'sw1/a', blob: 'x' };

  test('is the commit just written', () => {
    const stored = { commit: 'new', filesChanged: 1, refs: { 'sw1/a': { ...headRef, commit: 'new' } }, changedPaths: ['sw1/a'] };
    expect(commitHolding(stored, withStoredRefs(planned, stored))).toBe('new');
  });

  test('is the branch head when an earlier attempt committed the new versions but did not record them', () => {
    const stored = { commit: null, filesChanged: 0, refs: { 'sw1/a': headRef }, changedPaths: [] };
    const refs = withStoredRefs(planned, stored);
    expect(refs[0]).toMatchObject({ changed: true, ref: headRef });
    expect(commitHolding(stored, refs)).toBe('head');
  });

  test('is none when nothing was new', () => {
    expect(commitHolding({ commit: null, filesChanged: 0, refs: {}, changedPaths: [] }, [])).toBeNull();
  });
});

describe('runOutcome', () => {
  const devices = [
    finishing('sw1', 'collected', [text('running-config', 'a')]),
    finishing('sw2', 'failed', [text('startup-config', 'b')], 'COMMAND_FAILED'),
    finishing('sw3', 'cancelled', null),
  ];
  const planned = withStoredRefs(planArtifacts(devices, [], '{device}/{artifact}'), {
    commit: 'c1',
    filesChanged: 2,
    refs: { 'sw1/running-config': { kind: 'git', commit: 'c1', path: 'sw1/running-config', blob: 'x' }, 'sw2/startup-config': { kind: 'git', commit: 'c1', path: 'sw2/startup-config', blob: 'y' } },
    changedPaths: [],
  });
  const commit = { sha: 'c1', filesChanged: 2, pushed: null, pushError: null };

  test('a run with failed devices is partial; a failed device still stores what it collected', () => {
    const outcome = runOutcome({ run, repository, devices, planned, commit, failure: null, commitDate: new Date(1000), now: new Date(5000) });
    expect(outcome.status).toBe('partial');
    expect([...outcome.backups].map((b) => [b.deviceId, b.artifact, b.changed])).toEqual([
      ['id-sw1', 'running-config', true],
      ['id-sw2', 'startup-config', true],
    ]);
    expect(outcome.result).toMatchObject({
      success: false,
      backedUpCount: 1,
      failedCount: 2,
      changedCount: 2,
      failedDevices: [
        { device: 'sw2', code: 'COMMAND_FAILED', message: 'it failed' },
        { device: 'sw3', code: 'CANCELLED', message: '' },
      ],
      gitStatus: 'committed 2 files',
      commitDate: new Date(1000).toISOString(),
      durationMs: 5000,
    });
    expect(outcome.message).toBe('Done: 1 backed up (2 changed), 2 failed; committed 2 files');
  });

  test('F7: a storage failure fails the run, records no backups, and reports its collected devices not stored', () => {
    const outcome = runOutcome({ run, repository, devices, planned, commit: null, failure: 'disk full', commitDate: new Date(1000), now: new Date(5000) });
    expect([...outcome.backups]).toEqual([]);
    expect(outcome).toMatchObject({ status: 'failed', error: 'disk full', message: 'Run failed: disk full; 1 device collected, not stored: kept for a retry of the store' });
    expect(outcome.result).toMatchObject({
      success: false,
      backedUpCount: 0,
      backedUpDevices: [],
      failedCount: 3,
      changedCount: 0,
      gitStatus: 'storage failed: disk full',
      gitCommitStatus: null,
      commitDate: null,
    });
    expect(outcome.result.failedDevices).toContainEqual({ device: 'sw1', code: 'STORAGE_FAILED', message: 'Collected, not stored: disk full' });
  });

  test('a commit whose backups could not be recorded is named in the failed result', () => {
    const outcome = runOutcome({ run, repository, devices, planned, commit: { ...commit, sha: 'c1abcdef99' }, failure: 'storing the run failed 3 times: boom', commitDate: new Date(1000), now: new Date(5000) });
    expect([...outcome.backups]).toEqual([]);
    expect(outcome).toMatchObject({ status: 'failed', error: 'storing the run failed 3 times: boom' });
    expect(outcome.result).toMatchObject({
      success: false,
      backedUpCount: 0,
      changedCount: 2,
      unchangedCount: 0,
      gitCommitStatus: { sha: 'c1abcdef99', filesChanged: 2 },
      gitStatus: 'commit c1abcde holds 2 new versions, but recording the backups failed: storing the run failed 3 times: boom; a retry of the store records them',
    });
  });

  test('every device backed up: succeeded', () => {
    const outcome = runOutcome({ run, repository, devices: devices.slice(0, 1), planned: planned.slice(0, 1), commit, failure: null, commitDate: new Date(1000), now: new Date(5000) });
    expect(outcome.status).toBe('succeeded');
    expect(outcome.result.success).toBe(true);
  });
});
