/**
 * Config templates for lab devices. `{{name}}` inserts a variable; `{{#repeat N}}…{{/repeat}}`
 * repeats a block with `{{i}}` (1-based) and `{{i0}}` (0-based); repeats do not nest.
 */

export type TemplateVariables = Record<string, string | number>;

const repeatBlock = /\{\{#repeat (\d+)\}\}\n?([\s\S]*?)\{\{\/repeat\}\}\n?/g;
const variable = /\{\{([\w-]+)\}\}/g;

/** A template cut into literal text, variables and repeated blocks, once per template. */
type Part = { text: string } | { name: string } | { repeat: number; body: Part[] };
const compiled = new Map<string, Part[]>();

function cutVariables(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const match of text.matchAll(variable)) {
    parts.push({ text: text.slice(at, match.index) }, { name: match[1] });
    at = match.index + match[0].length;
  }
  parts.push({ text: text.slice(at) });
  return parts;
}

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const match of template.matchAll(repeatBlock)) {
    parts.push(...cutVariables(template.slice(at, match.index)), { repeat: Number(match[1]), body: cutVariables(match[2]) });
    at = match.index + match[0].length;
  }
  parts.push(...cutVariables(template.slice(at)));
  compiled.set(template, parts);
  return parts;
}

function valueOf(name: string, variables: TemplateVariables, i: number | undefined): string {
  if (i !== undefined && name === 'i') return String(i);
  if (i !== undefined && name === 'i0') return String(i - 1);
  return name in variables ? String(variables[name]) : `{{${name}}}`;
}

/** Configs are rendered for every session of every device, so templates are compiled once. */
export function renderTemplate(template: string, variables: TemplateVariables): string {
  const out: string[] = [];
  for (const part of compile(template)) {
    if ('text' in part) out.push(part.text);
    else if ('name' in part) out.push(valueOf(part.name, variables, undefined));
    else {
      for (let i = 1; i <= part.repeat; i++) {
        for (const inner of part.body) out.push('text' in inner ? inner.text : valueOf((inner as { name: string }).name, variables, i));
      }
    }
  }
  return out.join('');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Variables for one fetch of one device. `revision` moves every `changeEvery` SSH sessions
 * (a real configuration change between collections); the clock values move on every fetch
 * (volatile lines).
 */
export function fetchVariables(
  device: { name: string; index: number },
  counters: { fetch: number; session: number },
  changeEvery: number,
): TemplateVariables {
  const { fetch, session } = counters;
  const clock = new Date(Date.UTC(2026, 10, 23, 10, 0, 0) + fetch * 61_000 + device.index * 1_000);
  const time = `${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}:${pad(clock.getUTCSeconds())}`;
  return {
    hostname: device.name,
    index: device.index,
    net: `${10 + Math.floor(device.index / 256)}.${device.index % 256}`,
    revision: Math.floor(session / changeEvery),
    fetch,
    time,
    mikrotikClock: `${months[clock.getUTCMonth()].toLowerCase()}/${pad(clock.getUTCDate())}/${clock.getUTCFullYear()} ${time}`,
    clock: `${time} UTC ${weekdays[clock.getUTCDay()]} ${months[clock.getUTCMonth()]} ${clock.getUTCDate()} ${clock.getUTCFullYear()}`,
    stamp: `${weekdays[clock.getUTCDay()]} ${months[clock.getUTCMonth()]} ${clock.getUTCDate()} ${time}.${String(fetch % 1000).padStart(3, '0')} UTC`,
    isoClock: clock.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    epoch: Math.floor(clock.getTime() / 1000),
    uptime: `${fetch} minutes`,
    clockPeriod: 17179869 + (fetch % 97),
  };
}
