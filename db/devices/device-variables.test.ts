import { describe, expect, it } from 'vitest';
import { formatVariables, parseVariables, variablesProblem, variableValue } from './device-variables.ts';

describe('device variables', () => {
  it('parse from name=value items: the value is all after the first "=", blank items are skipped', () => {
    expect(parseVariables(['site_code=AMS1', ' rack = R 12=b ', '', 'empty='])).toEqual({ variables: { site_code: 'AMS1', rack: 'R 12=b', empty: '' } });
  });

  it('refuse an item without "=", a name a custom field cannot have, and a name given twice', () => {
    expect(parseVariables(['site code'])).toEqual({ problem: '"site code" is not name=value' });
    expect(parseVariables(['site-code=1'])).toEqual({ problem: expect.stringContaining('"site-code" is not a variable name') });
    expect(parseVariables(['a=1', 'a=2'])).toEqual({ problem: 'a is given twice' });
    expect(parseVariables(['__proto__=x'])).toEqual({ problem: '"__proto__" is reserved' });
  });

  it('print in name order, and read back as they were', () => {
    const text = formatVariables({ site_code: 'AMS1', rack: 'R12' }, ';');
    expect(text).toBe('rack=R12;site_code=AMS1');
    expect(parseVariables(text.split(';'))).toEqual({ variables: { rack: 'R12', site_code: 'AMS1' } });
  });

  it('are checked for count, value length, control characters and type', () => {
    expect(variablesProblem(Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`v${i}`, 'x'.repeat(200)])))).toBeNull();
    expect(variablesProblem(Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`v${i}`, 'x'])))).toBe('has more than 32 variables');
    expect(variablesProblem({ a: 'x'.repeat(201) })).toBe('a is longer than 200 characters');
    expect(variablesProblem({ a: 'x\ty' })).toBe('a contains a line break or control character');
    expect(variablesProblem({ a: 1 })).toBe('a must be text');
  });

  it('a name the device lacks has no value, even one every object inherits', () => {
    expect(variableValue({ a: '1' }, 'a')).toBe('1');
    expect(variableValue({}, 'constructor')).toBeUndefined();
    expect(variableValue({}, 'hasOwnProperty')).toBeUndefined();
  });
});
