/**
 * Every recorded session of a family Tidemark supports is replayed as an SSH device and backed
 * up through the real runtime. The recordings are real devices' sessions (Oxidized's users') and
 * our own lab cases, all in Oxidized's simulation format; dropping a file into a folder makes a
 * test case (see plugins/README.md). Checked for each:
 * - the device is backed up (or fails as its expect.yaml says);
 * - no `fail:` string of its secret.yaml (or expect.yaml `secrets`) is stored;
 * - every recorded configuration line that holds no secret and is not declared noise is stored,
 *   as it was or with only values replaced by redaction markers;
 * - with a significant_changes.yaml: its `fail:` strings are out of the comparable text and its
 *   `pass:` strings (those in what Tidemark asked for) are in it;
 * - a second backup of the unchanged device compares equal, so it would make no new version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { backupMethodForModel, listRecordings, matchCommand, parseRecording, readSecretList, startRecordedDevice, type Recording, type RecordingFile } from '../lab/recording.ts';
import { noBinarySink, silentLogger } from '../lab/test-support.ts';
import { isCollectionError } from './errors.ts';
import type { CommandStep, Platform } from './platform.ts';
import { findBackupMethod, findPlatform } from './registry.ts';
import { cleanOutput } from './runtime/output.ts';
import { renderTerminalText } from './runtime/terminal-text.ts';
import type { CollectResult, TextArtifact } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** In-repo recordings, the shared recordings when they are beside the checkout, and any named in TIDEMARK_RECORDINGS. */
const recordingDirs = [
  join(here, 'recordings', 'oxidized'),
  join(here, 'recordings', 'tidemark'),
  join(here, '..', '..', 'shared', 'recordings', 'oxidized'),
  ...(process.env.TIDEMARK_RECORDINGS ?? '').split(delimiter).filter(Boolean),
].filter((dir) => existsSync(dir));

interface Expectations {
  options?: unknown;
  artifacts?: string[];
  absent?: string[];
  savedState?: string;
  contains?: Record<string, string[]>;
  secrets?: string[];
  error?: string;
}

/** Each session once (the first folder holding a file name wins), of families with a backup method. */
const cases = [...new Map(listRecordings(recordingDirs).reverse().map((file) => [file.file.split('/').pop()!, file])).values()]
  .reverse()
  .filter((file) => file.kind !== 'significant_changes' && backupMethodForModel(file.model) !== undefined);

const sibling = (file: RecordingFile, kind: string) => join(dirname(file.file), `${file.model}#${file.description}#${kind}.yaml`);

function stepsOf(method: string, options: unknown): { platform: Platform; steps: CommandStep[] } {
  const platform = findPlatform(findBackupMethod(method)!.platform)!;
  const declaration = platform.methods.find((candidate) => candidate.key === method)!;
  const parsed = declaration.optionsSchema ? declaration.optionsSchema.parse(options) : options;
  return { platform, steps: typeof declaration.commands === 'function' ? declaration.commands(parsed) : declaration.commands };
}

/** The configuration lines the device sent for a step, as the recording has them, without echo, prompt or declared noise. */
function recordedLines(recording: Recording, step: CommandStep, platform: Platform): string[] {
  const index = matchCommand(recording, step.command);
  if (index === undefined) return [];
  let lines = renderTerminalText(recording.commands[index].answer).split('\n');
  // In a shell the answer starts with the device's echo of the command and ends with the prompt.
  if (recording.mode === 'shell') lines = lines.slice(1, -1);
  return cleanOutput(lines.join('\n'), step, platform, false).split('\n');
}

/** A stored line with markers matches the recorded line it came from when only values were replaced. */
function markerPattern(line: string): RegExp {
  const parts = line.split(/<(?:redacted|resalted):[\w.-]+>/);
  return new RegExp(`^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
}

/** Lines kept when stored; those inside a PEM private key block hold a secret. */
function missingLines(recorded: string[], stored: string, secrets: string[]): string[] {
  const storedLines = new Set(stored.split('\n'));
  const redactedLines = [...storedLines].filter((line) => /<(?:redacted|resalted):/.test(line)).map(markerPattern);
  const missing: string[] = [];
  let inPrivateKey = false;
  for (const line of recorded) {
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) inPrivateKey = true;
    const holdsSecret = inPrivateKey || secrets.some((secret) => line.includes(secret));
    if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) inPrivateKey = false;
    if (line.trim() === '' || holdsSecret || storedLines.has(line)) continue;
    if (!redactedLines.some((pattern) => pattern.test(line))) missing.push(line);
  }
  return missing;
}

const devices: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(devices.map((device) => device.close()));
});

test('finds the recorded sessions', () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
});

describe.each(cases.map((file) => [file.file.split('/').pop()!, file] as const))('%s', (_name, file) => {
  const method = backupMethodForModel(file.model)!;
  const expectFile = sibling(file, 'expect');
  const expectations: Expectations = existsSync(expectFile) ? (parse(readFileSync(expectFile, 'utf8')) ?? {}) : {};
  const recording = parseRecording(readFileSync(file.file, 'latin1'), file.file.split('/').pop());
  const { platform, steps } = stepsOf(method, expectations.options);
  const secrets = [...(file.secretFile ? readSecretList(file.secretFile).fail : []), ...(expectations.secrets ?? [])];

  async function backUp(): Promise<CollectResult> {
    const device = await startRecordedDevice(recording);
    devices.push(device);
    try {
      return await findBackupMethod(method)!.collect({
        device: { name: device.name, host: device.host, port: device.port, sshProfile: 'modern', knownHostKey: null, options: expectations.options, keepSecrets: false },
        credentials: { username: device.username, password: device.password, enableSecret: 'lab-enable' },
        binarySink: noBinarySink,
        signal: new AbortController().signal,
        timeouts: { connectMs: 5_000, commandMs: 5_000 },
        log: silentLogger,
      });
    } finally {
      await device.close();
    }
  }

  if (expectations.error !== undefined) {
    test(`fails with ${expectations.error}`, async () => {
      const error = await backUp().then(() => null, (rejection: unknown) => rejection);
      expect(isCollectionError(error) ? error.code : error).toBe(expectations.error);
    });
    return;
  }

  test('is backed up, stores no secret and keeps every other configuration line', async () => {
    const result = await backUp();
    const texts = result.artifacts.filter((artifact): artifact is TextArtifact => !artifact.isBinary);
    const names = texts.map((artifact) => artifact.artifact);
    const absent = (result.absent ?? []).map((artifact) => artifact.artifact);
    expect(names.length).toBeGreaterThan(0);
    expect(steps.filter((step) => !step.optional).map((step) => step.artifact).filter((name) => !names.includes(name))).toEqual([]);
    if (expectations.artifacts) expect(names).toEqual(expectations.artifacts);
    if (expectations.absent) expect(absent).toEqual(expectations.absent);
    if (expectations.savedState) expect(result.savedState).toBe(expectations.savedState);

    for (const artifact of texts) {
      expect(secrets.filter((secret) => artifact.content.includes(secret)), `${artifact.artifact}: secrets stored`).toEqual([]);
      const step = steps.find((candidate) => candidate.artifact === artifact.artifact)!;
      expect(missingLines(recordedLines(recording, step, platform), artifact.content, secrets), `${artifact.artifact}: lines lost`).toEqual([]);
      for (const line of expectations.contains?.[artifact.artifact] ?? []) expect(artifact.content.split('\n')).toContain(line);
    }

    const again = await backUp();
    for (const artifact of texts) {
      const second = again.artifacts.find((candidate): candidate is TextArtifact => candidate.artifact === artifact.artifact && !candidate.isBinary);
      expect(second?.comparable, `${artifact.artifact}: a second backup compares equal`).toBe(artifact.comparable);
    }

    const significant = sibling(file, 'significant_changes');
    if (existsSync(significant)) {
      const { fail, pass } = readSecretList(significant);
      const asked = steps.map((step) => matchCommand(recording, step.command)).flatMap((index) => (index === undefined ? [] : [recording.commands[index].answer]));
      const comparable = texts.map((artifact) => artifact.comparable).join('\n');
      expect(fail.filter((text) => comparable.includes(text)), 'volatile text in the comparable text').toEqual([]);
      const relevant = pass.filter((text) => asked.some((answer) => answer.includes(text)));
      expect(relevant.filter((text) => !comparable.includes(text)), 'significant text missing from the comparable text').toEqual([]);
    }
  });
});
