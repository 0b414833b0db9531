import { describe, expect, it } from 'vitest';
import { artifactPathSegments } from '../../storage/artifact-path.ts';
import { artifactPathProblem, maxPathBytes, maxSegmentBytes } from '../../storage/path-rules.ts';
import { checkPathTemplate, maxVariableLength, renderPathTemplate, type PathTemplateValues } from './path-template.ts';

const device = (overrides: Partial<PathTemplateValues> = {}): PathTemplateValues => ({
  device: 'core-sw-01',
  backupMethod: 'cisco-ios',
  artifact: 'running-config',
  location: 'emea/ams1',
  tags: ['core', 'dc'],
  ...overrides,
});

describe('F9: one rule set for templates and the paths runs store', () => {
  it('F9: what a template check refuses, the storage refuses for the rendered path too, with the same reason', () => {
    for (const template of ['.git/{device}/{artifact}', '.versions/{device}/{artifact}', './{device}/{artifact}', '{device}/{artifact}/.', '.tidemark-repository/{device}/{artifact}']) {
      const rendered = renderPathTemplate(template, device());
      const reason = artifactPathProblem(rendered);
      expect(reason, template).not.toBeNull();
      expect(checkPathTemplate(template)).toContain(reason!);
      expect(() => artifactPathSegments(rendered)).toThrow(reason!);
    }
  });

  it('F9: a template that passes makes only paths the storage accepts, even for the longest names a device can have', () => {
    const longest = device({
      device: 'd'.repeat(128),
      backupMethod: 'b'.repeat(300),
      artifact: `flash/${'a'.repeat(400)}.bin`,
      location: Array.from({ length: 8 }, (_, i) => `${i}`.repeat(63)).join('/'),
      tags: Array.from({ length: 50 }, (_, i) => `tag-${i}`),
    });
    for (const template of ['{location}/{device}/{artifact}', '{device}-{backupMethod}-{artifact}', '{location.1}/{tags}/{device}_{artifact}', '{tag.1}/{device}/{artifact}']) {
      expect(checkPathTemplate(template), template).toBeNull();
      const rendered = renderPathTemplate(template, longest);
      expect(artifactPathProblem(rendered), `${template} → ${rendered}`).toBeNull();
      for (const segment of rendered.split('/')) expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(maxSegmentBytes);
      expect(Buffer.byteLength(rendered)).toBeLessThanOrEqual(maxPathBytes);
    }
  });

  it('F9: a long value is shortened with a hash, so two long names still get two paths; short values are kept as they were', () => {
    const a = renderPathTemplate('{device}/{artifact}', device({ device: `${'x'.repeat(100)}-a` }));
    const b = renderPathTemplate('{device}/{artifact}', device({ device: `${'x'.repeat(100)}-b` }));
    expect(a).not.toBe(b);
    expect(a.split('/')[0]).toHaveLength(maxVariableLength);
    expect(renderPathTemplate('{location}/{device}/{artifact}', device({ location: 'emea/ams 1' }))).toBe('emea/ams_1/core-sw-01/running-config');
  });
});
