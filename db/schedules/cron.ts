import { CronExpressionParser } from 'cron-parser';
import { ValidationError } from '../../infra/errors.ts';

/**
 * Glossary
 * - cron expression: five fields, minute hour day-of-month month day-of-week, read in the
 *   schedule's IANA time zone. When both day fields are restricted, either one matching fires.
 * - fire time: an instant the expression matches.
 * - slot: the latest fire time at or before now. A tick starts a run for a slot at most once.
 */

const FIELDS_HELP = 'use 5 fields: minute hour day-of-month month day-of-week, e.g. "30 2 * * *"';

/** Validates a cron expression and returns it with its whitespace normalised. */
export function checkCron(expression: string, field = 'cron'): string {
  const normalised = expression.trim().split(/\s+/).filter(Boolean).join(' ');
  const count = normalised ? normalised.split(' ').length : 0;
  if (count === 6) {
    throw new ValidationError(`${field}: a seconds field is not supported; a schedule fires at most once a minute, so ${FIELDS_HELP}`, { field });
  }
  if (count !== 5) throw new ValidationError(`${field}: ${FIELDS_HELP}`, { field });
  // H picks a random value at every parse, so the times would change from one tick to the next.
  if (/(^|[\s,])H(?=$|[\s,(/])/i.test(normalised)) {
    throw new ValidationError(`${field}: hashed values (H) are not supported; choose the minute and hour`, { field });
  }
  try {
    CronExpressionParser.parse(normalised, { tz: 'UTC' }).next();
  } catch (error) {
    throw new ValidationError(`${field}: ${(error as Error).message}`, { field, cause: error });
  }
  return normalised;
}

/** Validates an IANA time zone name and returns its canonical spelling. */
export function checkTimeZone(zone: string, field = 'timeZone'): string {
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch (error) {
    throw new ValidationError(`${field}: "${zone}" is not an IANA time zone, e.g. Europe/Amsterdam or UTC`, { field, cause: error });
  }
  // Offsets such as +01:00 are valid for Intl but follow no daylight saving rules of a place.
  if (/^[+-]/.test(canonical)) {
    throw new ValidationError(`${field}: use a time zone name such as Europe/Amsterdam, not an offset`, { field });
  }
  return canonical;
}

/** The next `count` fire times strictly after `after`. */
export function nextFireTimes(cron: string, timeZone: string, after: Date, count: number): Date[] {
  const expression = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: after });
  const times: Date[] = [];
  while (times.length < count && expression.hasNext()) times.push(expression.next().toDate());
  return times;
}

/** The latest fire time at or before `now`, or null when the expression never fired before it. */
export function currentSlot(cron: string, timeZone: string, now: Date): Date | null {
  // prev() looks strictly before its start, so start just after now to include a fire time equal to now.
  const expression = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: new Date(now.getTime() + 1) });
  try {
    return expression.hasPrev() ? expression.prev().toDate() : null;
  } catch {
    return null;
  }
}

/** The wall-clock minute of an instant in a zone, e.g. 2025-10-26 02:30. */
export function localMinute(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
