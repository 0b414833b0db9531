/** One device's outcome, without SSH or PostgreSQL. */
import crypto from 'node:crypto';
import { expect, test } from 'vitest';
import type { OpenedCredentialSet } from '../../db/credential-sets/open-credential-sets.ts';
import type { Run } from '../../db/runs/schema.ts';
import type { Stage } from '../../db/runs/types.ts';
import { backoffMs, stageArtifacts, stageOfCode, toRecord } from './collect-device-outcome.ts';

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

test('failures land on the stage they belong to; retries back off exponentially', () => {
  expect([stageOfCode.UNREACHABLE, stageOfCode.AUTH_FAILED, stageOfCode.COMMAND_FAILED, stageOfCode.OPTIONS_INVALID]).toEqual(['connect', 'authenticate', 'collect', 'resolve']);
  expect([1, 2, 3].map(backoffMs)).toEqual([1000, 2000, 4000]);
});

test('staging keeps text with hashes of content and comparable text, and warns of each absent artifact', () => {
  const stages: Omit<Stage, 'at'>[] = [];
  const staged = stageArtifacts(
    {
      artifacts: [{ artifact: 'running-config', isBinary: false, content: 'hostname r1\n! Time: now\n', comparable: 'hostname r1\n', redactions: ['enable-secret'] }],
      absent: [{ artifact: 'startup-config', reason: 'startup-config is not present' }],
    },
    2,
    (stage) => stages.push(stage),
  );
  expect(staged).toEqual([
    {
      artifact: 'running-config',
      isBinary: false,
      content: 'hostname r1\n! Time: now\n',
      size: 24,
      sha256: sha256('hostname r1\n! Time: now\n'),
      comparableSha256: sha256('hostname r1\n'),
      redactions: ['enable-secret'],
    },
  ]);
  expect(stages).toEqual([
    { stage: 'collect', status: 'warning', attempt: 2, artifact: 'startup-config', code: 'ARTIFACT_ABSENT', message: 'startup-config absent: startup-config is not present' },
    { stage: 'collect', status: 'ok', attempt: 2, artifact: 'running-config' },
  ]);
});

test('a failed device records its code and still hands over what it collected; a cancelled one is cancelled', () => {
  const base = { run: { id: 'run' } as Run, runDeviceId: 'rd', deviceName: 'sw1', device: undefined, stages: [], durationMs: 12 };
  const artifacts = [{ artifact: 'startup-config', isBinary: false as const, content: 'x\n', size: 2, sha256: 'a', comparableSha256: 'b', redactions: [] }];
  expect(toRecord({ ...base, outcome: { ok: false, code: 'COMMAND_FAILED', message: 'no running-config', attempts: 1, artifacts } })).toMatchObject({
    status: 'failed',
    errorCode: 'COMMAND_FAILED',
    collected: artifacts,
    credentialSetId: null,
    savedState: undefined,
  });
  expect(toRecord({ ...base, outcome: { ok: false, code: 'CANCELLED', message: 'cancelled', attempts: 1 } })).toMatchObject({ status: 'cancelled', collected: null });
  const credentialSet = { id: 'cs', name: 'lab' } as OpenedCredentialSet;
  expect(toRecord({ ...base, outcome: { ok: true, artifacts, credentialSet, hostKey: 'ssh-ed25519 AAAA', attempts: 1, savedState: 'never-saved' } })).toMatchObject({
    status: 'succeeded',
    credentialSetId: 'cs',
    savedState: 'never-saved',
    hostKey: 'ssh-ed25519 AAAA',
  });
});
