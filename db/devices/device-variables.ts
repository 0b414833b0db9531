/**
 * Device variables: a few name → value pairs that path templates render as `{var.<name>}`, set
 * here or filled from an inventory source's custom fields of the same names. Pure and free of
 * imports: the browser checks the device form and previews path templates with it.
 */

/** As Nautobot and NetBox spell custom field keys, so a custom field gives its name to a variable. */
export const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,49}$/;
export const MAX_VARIABLE_VALUE_LENGTH = 200;
export const MAX_DEVICE_VARIABLES = 32;

export type DeviceVariables = Record<string, string>;

const controlCharacter = /[\u0000-\u001f\u007f]/;

export function variableNameProblem(name: string): string | null {
  if (!variableNamePattern.test(name)) return `"${name}" is not a variable name (letters, digits and _, starting with a letter or _, at most 50)`;
  // JavaScript objects would lose it without a word.
  if (name === '__proto__') return '"__proto__" is reserved';
  return null;
}

/** What is wrong with a set of variables, or null. */
export function variablesProblem(variables: Readonly<Record<string, unknown>>): string | null {
  const entries = Object.entries(variables);
  if (entries.length > MAX_DEVICE_VARIABLES) return `has more than ${MAX_DEVICE_VARIABLES} variables`;
  for (const [name, value] of entries) {
    const nameProblem = variableNameProblem(name);
    if (nameProblem) return nameProblem;
    if (typeof value !== 'string') return `${name} must be text`;
    if (value.length > MAX_VARIABLE_VALUE_LENGTH) return `${name} is longer than ${MAX_VARIABLE_VALUE_LENGTH} characters`;
    if (controlCharacter.test(value)) return `${name} contains a line break or control character`;
  }
  return null;
}

/** The same variables with their names in order, so two equal sets compare and print the same. */
export function sortedVariables(variables: Readonly<DeviceVariables>): DeviceVariables {
  return Object.fromEntries(Object.entries(variables).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The value of a variable the device has; a name it lacks (or one like "constructor") has none. */
export function variableValue(variables: Readonly<DeviceVariables>, name: string): string | undefined {
  return Object.hasOwn(variables, name) ? variables[name] : undefined;
}

/**
 * "name=value" items, as the device form (one a line) and the CSV import (separated by ";") write
 * them; the value is everything after the first "=" and may be empty.
 */
export function parseVariables(items: readonly string[]): { variables: DeviceVariables } | { problem: string } {
  const variables = new Map<string, string>();
  for (const item of items) {
    if (!item.trim()) continue;
    const at = item.indexOf('=');
    if (at < 0) return { problem: `"${item.trim()}" is not name=value` };
    const name = item.slice(0, at).trim();
    const nameProblem = variableNameProblem(name);
    if (nameProblem) return { problem: nameProblem };
    if (variables.has(name)) return { problem: `${name} is given twice` };
    variables.set(name, item.slice(at + 1).trim());
  }
  return { variables: Object.fromEntries(variables) };
}

export function formatVariables(variables: Readonly<DeviceVariables>, separator: string): string {
  return Object.entries(sortedVariables(variables))
    .map(([name, value]) => `${name}=${value}`)
    .join(separator);
}
