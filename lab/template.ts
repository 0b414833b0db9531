/**
 * Config templates for lab devices. `{{name}}` inserts a variable; `{{#repeat N}}…{{/repeat}}`
 * repeats a block with `{{i}}` (1-based) and `{{i0}}` (0-based); repeats do not nest.
 */

export type TemplateVariables = Record<string, string | number>;

const repeatBlock = /\{\{#repeat (\d+)\}\}\n?([\s\S]*?)\{\{\/repeat\}\}\n?/g;
const variable = /\{\{([\w-]+)\}\}/g;

function substitute(text: string, variables: TemplateVariables): string {
  return text.replace(variable, (whole, name: string) => (name in variables ? String(variables[name]) : whole));
}

export function renderTemplate(template: string, variables: TemplateVariables): string {
  const expanded = template.replace(repeatBlock, (_whole, count: string, body: string) => {
    let out = '';
    for (let i = 1; i <= Number(count); i++) out += substitute(body, { ...variables, i, i0: i - 1 });
    return out;
  });
  return substitute(expanded, variables);
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
