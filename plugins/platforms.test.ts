/**
 * Every platform with fixtures is played by the lab and collected through the real SSH
 * runtime. Cases are folders of files (see plugins/README.md), so a new case needs no code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLab, type Lab, type LabDevice, type LabDeviceOverrides } from '../lab/lab.ts';
import { fixturesDir, labPlatforms, loadPersona } from '../lab/persona.ts';
import { collectInputFor, expectNothingLeftOpen } from '../lab/test-support.ts';
import { CollectionError } from './errors.ts';
import type { CommandStep } from './platform.ts';
import { findBackupMethod, findPlatform } from './registry.ts';
import type { CollectResult, TextArtifact } from './types.ts';

interface CaseSettings {
  keepSecrets?: boolean;
  options?: unknown;
  forcePaging?: boolean;
  /** The collection must fail with this code. */
  error?: string;
}

interface FixtureCase {
  platform: string;
  name: string;
  settings: CaseSettings;
  files: Map<string, string>;
}

const readCases = (platform: string): FixtureCase[] => {
  const folder = join(fixturesDir(platform), 'cases');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).map((name) => {
    const files = new Map(readdirSync(join(folder, name)).map((file) => [file, readFileSync(join(folder, name, file), 'utf8')]));
    const settings = JSON.parse(files.get('case.json') ?? '{}') as CaseSettings;
    return { platform, name, settings, files };
  });
};

const platformIds = labPlatforms();
const cases = platformIds.flatMap(readCases);

function methodSteps(platformId: string, options: unknown): CommandStep[] {
  const persona = loadPersona(platformId);
  const declaration = findPlatform(platformId)?.methods.find((method) => method.key === persona.backupMethod);
  if (!declaration) throw new Error(`${platformId}: no method ${persona.backupMethod}`);
  if (Array.isArray(declaration.commands)) return declaration.commands;
  return declaration.commands(declaration.optionsSchema ? declaration.optionsSchema.parse(options) : options);
}

function caseOutputs(fixture: FixtureCase): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const step of methodSteps(fixture.platform, fixture.settings.options)) {
    const output = fixture.files.get(`${step.artifact.replaceAll('/', '_')}.output.txt`);
    if (output !== undefined) outputs[step.command] = output.replace(/\n$/, '');
  }
  if (Object.keys(outputs).length === 0) throw new Error(`${fixture.platform}/${fixture.name}: no <artifact>.output.txt`);
  return outputs;
}

let lab: Lab;
const device = (name: string): LabDevice => lab.devices.find((candidate) => candidate.name === name)!;

beforeAll(async () => {
  const devices: LabDeviceOverrides[] = platformIds.flatMap((platform) => [
    { name: `${platform}`, platform },
    { name: `${platform}-paged`, platform, forcePaging: true },
    { name: `${platform}-changes`, platform },
  ]);
  for (const fixture of cases) {
    devices.push({
      name: `${fixture.platform}--${fixture.name}`,
      platform: fixture.platform,
      outputs: caseOutputs(fixture),
      forcePaging: fixture.settings.forcePaging ?? false,
    });
  }
  lab = await startLab({ devices, changeEvery: 2 });
});

afterAll(async () => {
  await lab?.close();
  await expectNothingLeftOpen();
});

function collect(name: string, options: unknown = undefined, keepSecrets = false): Promise<CollectResult> {
  const target = device(name);
  return findBackupMethod(target.backupMethod)!.collect(collectInputFor(target, { device: { options, keepSecrets } }));
}

const texts = (result: CollectResult): TextArtifact[] => result.artifacts.filter((artifact): artifact is TextArtifact => !artifact.isBinary);
const byName = (result: CollectResult) => new Map(texts(result).map((artifact) => [artifact.artifact, artifact]));

describe.each(platformIds)('%s', (platformId) => {
  const platform = findPlatform(platformId)!;
  const persona = loadPersona(platformId);

  test('collects every artifact of its backup method from the lab', async () => {
    const result = await collect(platformId);
    const expected = methodSteps(platformId, undefined).map((step) => step.artifact);
    expect(texts(result).map((artifact) => artifact.artifact)).toEqual(expected);
    expect(texts(result).reduce((total, artifact) => total + artifact.content.length, 0)).toBeGreaterThan(200);
    expect(texts(result).some((artifact) => artifact.content.includes(platformId))).toBe(true);
    for (const artifact of texts(result)) {
      expect(artifact.content.trim()).not.toBe('');
      expect(artifact.content).not.toMatch(/\x1b|\x08|\r/);
      const volatileLeft = artifact.comparable.split('\n').filter((line) => platform.volatile.some((rule) => rule.pattern.test(line)));
      expect(volatileLeft).toEqual([]);
    }
  });

  const secretsFile = join(fixturesDir(platformId), 'secrets.txt');
  if (existsSync(secretsFile)) {
    test('replaces every secret of its generated config by a marker', async () => {
      const secrets = readFileSync(secretsFile, 'utf8').split('\n').filter(Boolean);
      const redacted = texts(await collect(platformId)).map((artifact) => artifact.content).join('\n');
      const kept = texts(await collect(platformId, undefined, true)).map((artifact) => artifact.content).join('\n');
      expect(secrets.filter((secret) => redacted.includes(secret))).toEqual([]);
      expect(secrets.filter((secret) => !kept.includes(secret))).toEqual([]);
      expect(redacted).toContain('<redacted:');
    });
  }

  test('comparable text changes with the configuration, not with volatile lines', async () => {
    const [first, second, third] = [
      byName(await collect(`${platformId}-changes`)),
      byName(await collect(`${platformId}-changes`)),
      byName(await collect(`${platformId}-changes`)),
    ];
    for (const [name, artifact] of first) expect(second.get(name)!.comparable, name).toBe(artifact.comparable);
    const changed = [...third].filter(([name, artifact]) => artifact.comparable !== second.get(name)!.comparable);
    expect(changed.length).toBeGreaterThan(0);
    if (platform.volatile.length > 0) {
      const moved = [...first].filter(([name, artifact]) => artifact.content !== second.get(name)!.content);
      expect(moved.length).toBeGreaterThan(0);
    }
  });

  if (persona.pager) test('pages through long output and removes the pager text', async () => {
    const paged = texts(await collect(`${platformId}-paged`));
    const plain = texts(await collect(platformId));
    const shape = (text: string, name: string) => text.replaceAll(name, 'NAME').replace(/\d+/g, '#');
    expect(paged.map((artifact) => shape(artifact.comparable, `${platformId}-paged`))).toEqual(
      plain.map((artifact) => shape(artifact.comparable, platformId)),
    );
  });
});

describe.each(cases.map((fixture) => [`${fixture.platform}/${fixture.name}`, fixture] as const))('case %s', (_label, fixture) => {
  const name = `${fixture.platform}--${fixture.name}`;
  const { settings, files } = fixture;

  if (settings.error !== undefined) test('fails with the expected code', async () => {
    const error = await collect(name, settings.options).then(
      () => null,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(CollectionError);
    expect((error as CollectionError).code).toBe(settings.error);
  });

  else test('matches the expected files', async () => {
    const result = byName(await collect(name, settings.options, settings.keepSecrets ?? false));
    let compared = 0;
    for (const [artifactName, artifact] of result) {
      const stem = artifactName.replaceAll('/', '_');
      const expectedContent = files.get(`${stem}.expected.txt`);
      const expectedComparable = files.get(`${stem}.comparable.txt`);
      const expectedRedactions = files.get(`${stem}.redactions.txt`);
      const secrets = files.get(`${stem}.secrets.txt`);
      if (expectedContent !== undefined) expect(artifact.content).toBe(expectedContent);
      if (expectedComparable !== undefined) expect(artifact.comparable).toBe(expectedComparable);
      if (expectedRedactions !== undefined) {
        expect([...artifact.redactions].sort()).toEqual(expectedRedactions.split('\n').filter(Boolean).sort());
      }
      if (secrets !== undefined) {
        const values = secrets.split('\n').filter(Boolean);
        const kept = settings.keepSecrets === true;
        for (const value of values) expect(artifact.content.includes(value), value).toBe(kept);
      }
      compared += [expectedContent, expectedComparable, expectedRedactions, secrets].filter((file) => file !== undefined).length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
