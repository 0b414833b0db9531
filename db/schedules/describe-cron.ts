/**
 * Puts a validated five-field cron expression into plain English for the UI, e.g.
 * "Every 5 minutes", "At 02:30 every day", "At 00:00 on Monday through Friday".
 */

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdayAliases = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const monthAliases = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Unit {
  /** For steps: "every 2nd hour". */
  name: string;
  label(value: string): string;
}

const isAny = (field: string) => field === '*' || field === '?';
const isNumber = (text: string) => /^\d+$/.test(text);
const pad = (n: number) => String(n).padStart(2, '0');

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function weekday(value: string): string {
  const alias = weekdayAliases.indexOf(value.toLowerCase());
  return weekdays[alias >= 0 ? alias : Number(value) % 7] ?? value;
}

function month(value: string): string {
  const alias = monthAliases.indexOf(value.toLowerCase());
  return months[alias >= 0 ? alias : Number(value) - 1] ?? value;
}

const units = {
  minute: { name: 'minute', label: (v: string) => v },
  hour: { name: 'hour', label: (v: string) => v },
  dayOfMonth: { name: 'day of the month', label: (v: string) => v },
  month: { name: 'month', label: month },
  dayOfWeek: { name: 'day of the week', label: weekday },
} satisfies Record<string, Unit>;

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function describeItem(item: string, unit: Unit): string {
  const [base, step] = item.split('/');
  const range = (text: string) => {
    const [from, to] = text.split('-');
    return to === undefined ? unit.label(from) : `${unit.label(from)} through ${unit.label(to)}`;
  };
  if (step !== undefined) {
    const every = `every ${ordinal(Number(step))} ${unit.name}`;
    return isAny(base) ? every : `${every} from ${range(base)}`;
  }
  if (unit === units.dayOfWeek) {
    const nth = /^(\w+)#(\d)$/.exec(item);
    if (nth) return `the ${ordinal(Number(nth[2]))} ${weekday(nth[1])} of the month`;
    const last = /^(\w+)L$/i.exec(item);
    if (last) return `the last ${weekday(last[1])} of the month`;
  }
  return range(item);
}

function describeField(field: string, unit: Unit): string {
  return joinList(field.split(',').map((item) => describeItem(item, unit)));
}

/** "minute 5 and 10", but "every 10th minute" on its own. */
function namedField(field: string, unit: Unit, prefix: string, suffix = ''): string {
  const text = describeField(field, unit);
  return field.includes('/') ? text : `${prefix} ${text}${suffix}`;
}

function describeTime(minute: string, hour: string): { text: string; once: boolean } {
  if (isAny(minute) && isAny(hour)) return { text: 'Every minute', once: false };
  const minuteStep = /^[*?]\/(\d+)$/.exec(minute);
  if (minuteStep && isAny(hour)) return { text: `Every ${minuteStep[1]} minutes`, once: false };
  const minutes = minute.split(',');
  const hours = hour.split(',');
  if (minutes.every(isNumber) && hours.every(isNumber) && minutes.length * hours.length <= 6) {
    const times = hours
      .flatMap((h) => minutes.map((m) => Number(h) * 60 + Number(m)))
      .sort((a, b) => a - b)
      .map((t) => `${pad(Math.floor(t / 60))}:${pad(t % 60)}`);
    return { text: `At ${joinList(times)}`, once: true };
  }
  if (isNumber(minute)) {
    const hourStep = /^[*?]\/(\d+)$/.exec(hour);
    if (isAny(hour)) return { text: minute === '0' ? 'Every hour' : `At minute ${minute} of every hour`, once: false };
    if (hourStep) return { text: minute === '0' ? `Every ${hourStep[1]} hours` : `At minute ${minute} of every ${ordinal(Number(hourStep[1]))} hour`, once: false };
  }
  const minutePart = isAny(minute) ? 'every minute' : minuteStep ? `every ${minuteStep[1]} minutes` : namedField(minute, units.minute, 'minute');
  const hourPart = isAny(hour) ? '' : ` past ${namedField(hour, units.hour, 'hour')}`;
  return { text: `At ${minutePart}${hourPart}`, once: false };
}

function describeDays(dayOfMonth: string, monthField: string, dayOfWeek: string, everyDay: boolean): string {
  const parts: string[] = [];
  const dom = isAny(dayOfMonth)
    ? null
    : dayOfMonth.toUpperCase() === 'L'
      ? 'on the last day of the month'
      : `on ${namedField(dayOfMonth, units.dayOfMonth, /[,-]/.test(dayOfMonth) ? 'days' : 'day', ' of the month')}`;
  const dow = isAny(dayOfWeek) ? null : `on ${describeField(dayOfWeek, units.dayOfWeek)}`;
  // With both day fields restricted, cron fires on days matching either.
  if (dom && dow) parts.push(`${dom} or ${dow}`);
  else if (dom ?? dow) parts.push((dom ?? dow)!);
  else if (everyDay) parts.push('every day');
  if (!isAny(monthField)) parts.push(`in ${describeField(monthField, units.month)}`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

export function describeCron(cron: string): string {
  const [minute, hour, dayOfMonth, monthField, dayOfWeek] = cron.trim().split(/\s+/);
  const time = describeTime(minute, hour);
  return `${time.text}${describeDays(dayOfMonth, monthField, dayOfWeek, time.once)}`;
}
