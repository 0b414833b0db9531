import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { optionFields } from './option-fields.ts';
import { findBackupMethod } from './registry.ts';

describe('option fields', () => {
  it('offers the paths of the file methods and the files and sudo of Linux, with their defaults', () => {
    expect(optionFields(findBackupMethod('sftp-file')!)).toEqual([{ name: 'paths', kind: 'text-list', required: true, defaultValue: null, pattern: null }]);
    expect(optionFields(findBackupMethod('linux')!)).toEqual([
      { name: 'files', kind: 'text-list', required: false, defaultValue: ['/etc/hostname', '/etc/hosts'], pattern: '^\\/[^\\0\\n]*$' },
      { name: 'sudo', kind: 'boolean', required: false, defaultValue: false, pattern: null },
    ]);
    expect(optionFields(findBackupMethod('binary-demo')!)).toEqual([{ name: 'sizeBytes', kind: 'integer', required: false, defaultValue: 1048576, pattern: null }]);
  });

  it('offers nothing for methods without options, an object that may also be null included', () => {
    expect(optionFields(findBackupMethod('cisco-ios')!)).toEqual([]);
    expect(optionFields(findBackupMethod('mikrotik-binary-backup')!)).toEqual([]);
  });

  it('leaves out options of shapes a form cannot edit', () => {
    const schema = z.object({ name: z.string(), nested: z.object({ a: z.number() }), ratio: z.number() }).strict();
    expect(optionFields({ optionsSchema: schema }).map((field) => field.name)).toEqual(['name']);
  });
});
