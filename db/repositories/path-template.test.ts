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
  variables: { site_code: 'AMS1' },
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
      variables: { site_code: 's'.repeat(200), rack: 'r'.repeat(200) },
    });
    for (const template of [
      '{location}/{device}/{artifact}',
      '{device}-{backupMethod}-{artifact}',
      '{location.1}/{tags}/{device}_{artifact}',
      '{tag.1}/{device}/{artifact}',
      '{var.site_code}/{var.rack}/{location}/{device}/{artifact}',
    ]) {
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

describe('device variables in path templates', () => {
  it('renders {var.<name>} as the device\'s variable, made safe for a path segment', () => {
    expect(renderPathTemplate('{var.site_code}/{device}/{artifact}', device())).toBe('AMS1/core-sw-01/running-config');
    expect(renderPathTemplate('{var.site_code}/{device}/{artifact}', device({ variables: { site_code: 'ams 1/../x' } }))).toBe('ams_1_.._x/core-sw-01/running-config');
    expect(renderPathTemplate('{location.1}-{var.site_code}/{device}/{artifact}', device())).toBe('emea-AMS1/core-sw-01/running-config');
  });

  it('a device without the variable loses the segment, as with a missing tag; a name like "constructor" is no variable', () => {
    expect(renderPathTemplate('{var.rack}/{device}/{artifact}', device())).toBe('core-sw-01/running-config');
    expect(renderPathTemplate('{var.rack}/{device}/{artifact}', device({ variables: { rack: '' } }))).toBe('core-sw-01/running-config');
    expect(renderPathTemplate('{var.constructor}/{var.toString}/{device}/{artifact}', device({ variables: {} }))).toBe('core-sw-01/running-config');
  });

  it('checkPathTemplate accepts variable names as custom fields spell them and refuses others', () => {
    expect(checkPathTemplate('{var.site_code}/{device}/{artifact}')).toBeNull();
    expect(checkPathTemplate('{var._x9}/{device}/{artifact}')).toBeNull();
    expect(checkPathTemplate('{var}/{device}/{artifact}')).toContain('{var} needs a variable name');
    expect(checkPathTemplate('{var.}/{device}/{artifact}')).toContain('needs a variable name');
    expect(checkPathTemplate('{var.site-code}/{device}/{artifact}')).toContain('"site-code" is not a variable name');
    expect(checkPathTemplate('{var.9lives}/{device}/{artifact}')).toContain('"9lives" is not a variable name');
    expect(checkPathTemplate(`{var.${'a'.repeat(51)}}/{device}/{artifact}`)).toContain('is not a variable name');
    expect(checkPathTemplate('{location.first}/{device}/{artifact}')).toContain('the index is a number');
    expect(checkPathTemplate('{variable}/{device}/{artifact}')).toContain('unknown variable {variable}');
  });

  it('a variable at its longest (200 characters) is shortened with a hash like any other value', () => {
    const a = renderPathTemplate('{var.site_code}/{device}/{artifact}', device({ variables: { site_code: `${'s'.repeat(199)}a` } }));
    const b = renderPathTemplate('{var.site_code}/{device}/{artifact}', device({ variables: { site_code: `${'s'.repeat(199)}b` } }));
    expect(a).not.toBe(b);
    expect(a.split('/')[0]).toHaveLength(maxVariableLength);
  });
});
