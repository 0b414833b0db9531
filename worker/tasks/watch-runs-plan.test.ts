/** The watchdog's decisions, without PostgreSQL. */
import { describe, expect, test } from 'vitest';
import type { Run } from '../../db/runs/schema.ts';
import type { StalledRun } from '../../db/runs/stalled-runs.ts';
import { MAX_RESUMES, nextStep, orphanedOutcomes } from './watch-runs-plan.ts';

const stalled = (run: Partial<Run>, rest: Partial<StalledRun> = {}): StalledRun => ({
  run: { id: 'r1', status: 'running', concurrency: 10, total: 100, finishedDevices: 0, ...run } as Run,
  orphaned: [],
  lost: 0,
  queued: 0,
  failedJob: null,
  resumes: 0,
  ...rest,
});

describe('nextStep', () => {
  test('a job that used up its attempts, or too many resumes, ends the run failed', () => {
    expect(nextStep(stalled({ status: 'finishing' }, { failedJob: { task: 'finish-run', attempts: 3, lastError: 'boom' } }))).toEqual({
      kind: 'fail',
      error: 'its finish-run job failed 3 times and will not run again: boom',
    });
    expect(nextStep(stalled({ status: 'finishing' }, { resumes: MAX_RESUMES })).kind).toBe('fail');
  });

  test('a queued run starts again; orphaned devices are recorded before anything is handed out', () => {
    expect(nextStep(stalled({ status: 'queued' }))).toEqual({ kind: 'start' });
    expect(nextStep(stalled({}, { orphaned: [{ id: 'd1' } as StalledRun['orphaned'][number]], lost: 3, queued: 50 }))).toEqual({ kind: 'end-orphaned' });
  });

  test('lost devices go out again, topped up to the run concurrency; with none left the run is stored', () => {
    expect(nextStep(stalled({}, { lost: 3, queued: 50 }))).toEqual({ kind: 'dispatch', more: 7 });
    expect(nextStep(stalled({}, { lost: 0, queued: 4 }))).toEqual({ kind: 'dispatch', more: 4 });
    expect(nextStep(stalled({}, { lost: 0, queued: 0 }))).toEqual({ kind: 'finish' });
    expect(nextStep(stalled({ status: 'cancelled' }, { queued: 2 }))).toEqual({ kind: 'finish' });
  });
});

test('orphanedOutcomes fails each device with INTERNAL and keeps its stages', () => {
  const at = new Date('2026-01-01T00:00:10Z');
  const [outcome] = orphanedOutcomes(
    stalled({}, { orphaned: [{ id: 'd1', deviceId: 'dev1', deviceName: 'sw1', attempts: 2, stages: [{ stage: 'connect', status: 'ok', at: 'x' }], startedAt: new Date('2026-01-01T00:00:00Z') }] }),
    at,
  );
  expect(outcome).toMatchObject({ runDeviceId: 'd1', status: 'failed', errorCode: 'INTERNAL', attempts: 2, durationMs: 10_000, collected: null, device: { id: 'dev1' } });
  expect(outcome.stages.map((s) => s.stage)).toEqual(['connect', 'collect']);
});
