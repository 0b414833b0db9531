import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields.ts';

describe('changedFields', () => {
  const before = { name: 'core-1', port: 22, tags: ['dc1', 'core'], location: null, enabled: true, lastBackupAt: new Date('2026-01-01T00:00:00Z') };

  it('leaves out fields sent with the value they already have', () => {
    expect(changedFields(before, { name: 'core-1', port: 22, tags: ['dc1', 'core'], location: null, enabled: true })).toEqual([]);
  });

  it('names each field whose value differs, lists compared by their items in order', () => {
    expect(changedFields(before, { name: 'core-2', port: 22, tags: ['core', 'dc1'], enabled: false })).toEqual(['name', 'tags', 'enabled']);
  });

  it('compares dates by time, and treats undefined in the update as not sent', () => {
    expect(changedFields(before, { lastBackupAt: new Date('2026-01-01T00:00:00Z'), port: undefined })).toEqual([]);
    expect(changedFields(before, { lastBackupAt: new Date('2026-01-02T00:00:00Z') })).toEqual(['lastBackupAt']);
  });

  it('a field the row does not have yet changes when set', () => {
    expect(changedFields(before, { credentialSetIds: ['a'] })).toEqual(['credentialSetIds']);
    expect(changedFields(before, { location: 'dc1/row-2' })).toEqual(['location']);
  });
});
