import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.ts';

describe('quiet hours', () => {
  const night = { start: '22:00', end: '07:00', timeZone: 'Europe/Amsterdam' };

  it('hold past midnight on the local clock and end at the end time', () => {
    // 23:30 in Amsterdam (UTC+1 in winter): quiet until 07:00 local, 06:00 UTC.
    expect(quietUntil(night, new Date('2026-01-15T22:30:00Z'))?.toISOString()).toBe('2026-01-16T06:00:00.000Z');
    // 03:15 local.
    expect(quietUntil(night, new Date('2026-01-16T02:15:30Z'))?.toISOString()).toBe('2026-01-16T06:00:00.000Z');
    // Summer time (UTC+2): 06:59 local is still quiet, 07:00 is not.
    expect(quietUntil(night, new Date('2026-07-01T04:59:00Z'))?.toISOString()).toBe('2026-07-01T05:00:00.000Z');
    expect(quietUntil(night, new Date('2026-07-01T05:00:00Z'))).toBeNull();
  });

  it('do not hold outside the window, without a window, or with start equal to end', () => {
    expect(quietUntil(night, new Date('2026-01-15T12:00:00Z'))).toBeNull();
    expect(quietUntil(null, new Date())).toBeNull();
    expect(quietUntil({ start: '09:00', end: '09:00', timeZone: 'UTC' }, new Date('2026-01-15T09:00:00Z'))).toBeNull();
  });

  it('hold within a window on one day', () => {
    const lunch = { start: '12:00', end: '13:30', timeZone: 'UTC' };
    expect(quietUntil(lunch, new Date('2026-01-15T12:45:00Z'))?.toISOString()).toBe('2026-01-15T13:30:00.000Z');
    expect(quietUntil(lunch, new Date('2026-01-15T13:30:00Z'))).toBeNull();
  });
});
