/**
 * Where an artifact lives inside a repository, e.g. "{location}/{device}/{artifact}".
 * Variables: {device}, {backupMethod}, {artifact}, {location} (the whole path),
 * {location.1} … (its parts), {tags} (joined with "-"), {tag.1} …, {var.<name>} (the device's
 * variable of that name). Imports only the storage path rules and the device variable rules (which
 * import nothing), so the repository form checks and previews templates in the browser with the
 * same code the server and the runs use.
 */
import { variableNameProblem, variableValue, type DeviceVariables } from '../devices/device-variables.ts';
import { artifactPathProblem, maxPathBytes } from '../../storage/path-rules.ts';

const variablePattern = /\{([A-Za-z]+)(?:\.([A-Za-z0-9_]+))?\}/g;
/** Any `{var.…}`, to name a device variable the template spells wrongly ("{var.site-code}"). */
const deviceVariablePattern = /\{var\.([^{}]*)\}/g;
const knownVariables = new Set(['device', 'backupMethod', 'artifact', 'location', 'tags', 'tag', 'var']);
const indexedVariables = new Set(['location', 'tag']);

/** Longest a variable renders to; longer values are shortened with a hash, so they stay distinct. */
export const maxVariableLength = 80;
/** A device's location is at most this long (db/devices/device-input.ts), so {location} renders at most this. */
const maxLocationLength = 512;
export const maxTemplateLength = maxPathBytes;

export interface PathTemplateValues {
  device: string;
  backupMethod: string;
  artifact: string;
  location: string;
  tags: string[];
  variables: Readonly<DeviceVariables>;
}

const longValue = 'x'.repeat(maxVariableLength);
/** The longest values: every rendered variable at its cap, {location} at its longest with long parts at both ends. */
const longestValues: PathTemplateValues = {
  device: longValue,
  backupMethod: longValue,
  artifact: longValue,
  location: [longValue, longValue, longValue, longValue, longValue, 'x'.repeat(maxLocationLength - 6 * (maxVariableLength + 1)), longValue].join('/'),
  tags: [longValue],
  variables: {},
};
const shortValues: PathTemplateValues = { device: 'device', backupMethod: 'method', artifact: 'artifact', location: 'site', tags: ['tag'], variables: {} };

/** NUL and the other control characters: no path needs them. */
const controlCharacter = /[\u0000-\u001f\u007f]/;

/**
 * Returns a problem description, or null when the template is usable: every path it can make,
 * for any device, passes the rules the storage applies to artifact paths (storage/path-rules.ts).
 */
export function checkPathTemplate(template: string): string | null {
  if (!template.trim()) return 'is required';
  if (template.length > maxTemplateLength) return `is longer than ${maxTemplateLength} characters`;
  if (controlCharacter.test(template)) return 'contains a NUL or control character';
  if (template.includes('\\')) return 'contains a backslash; separate folders with /';
  if (template.startsWith('/')) return 'must be relative (no leading /)';
  for (const [whole, name] of template.matchAll(deviceVariablePattern)) {
    if (!name) return `${whole} needs a variable name, e.g. {var.site_code}`;
    const problem = variableNameProblem(name);
    if (problem) return `${whole}: ${problem}`;
  }
  let hasArtifact = false;
  let hasDevice = false;
  const variableNames: string[] = [];
  for (const match of template.matchAll(variablePattern)) {
    const [, name, index] = match;
    if (!knownVariables.has(name)) return `has an unknown variable {${name}}`;
    if (name === 'var') {
      if (index === undefined) return '{var} needs a variable name, e.g. {var.site_code}';
      variableNames.push(index);
      continue;
    }
    if (index !== undefined && !indexedVariables.has(name)) return `{${name}} takes no index`;
    if (index !== undefined && !/^\d+$/.test(index)) return `{${name}.${index}}: the index is a number, e.g. {${name}.1}`;
    if (name === 'tag' && index === undefined) return '{tag} needs an index, e.g. {tag.1}';
    hasArtifact ||= name === 'artifact';
    hasDevice ||= name === 'device';
  }
  if (!hasDevice || !hasArtifact) return 'must contain {device} and {artifact} so every artifact gets its own file';
  if (template.split('/').some((part) => part === '..')) return 'must not contain ".."';
  const everyVariable = (value: string) => Object.fromEntries(variableNames.map((name) => [name, value]));
  const example = renderPathTemplate(template, { ...shortValues, variables: everyVariable('value') });
  const problem = artifactPathProblem(example);
  if (problem) return `makes paths that runs refuse: "${example}" ${problem}`;
  const longest = artifactPathProblem(renderPathTemplate(template, { ...longestValues, variables: everyVariable(longValue) }));
  if (longest) {
    return `can make paths that runs refuse: with the longest values (${maxVariableLength} characters a variable, ${maxLocationLength} for {location}) a path ${longest}`;
  }
  return null;
}

/** FNV-1a, 32 bits: enough to keep two shortened values apart, and the same in the browser. */
function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A path segment that is safe on every filesystem and in git, and never longer than maxVariableLength. */
function safeSegment(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9._@+-]+/g, '_').replace(/^\.+/, '_') || '_';
  if (safe.length <= maxVariableLength) return safe;
  return `${safe.slice(0, maxVariableLength - 9)}-${shortHash(value)}`;
}

export function renderPathTemplate(template: string, values: PathTemplateValues): string {
  const locationParts = values.location.split('/').filter(Boolean);
  const rendered = template.replace(variablePattern, (whole: string, name: string, index?: string) => {
    const i = index === undefined || !/^\d+$/.test(index) ? -1 : Number(index) - 1;
    switch (name) {
      case 'location':
        return i < 0 ? locationParts.map(safeSegment).join('/') : safeSegment(locationParts[i] ?? '');
      case 'tags':
        return safeSegment(values.tags.join('-'));
      case 'tag':
        return safeSegment(values.tags[i] ?? '');
      case 'var':
        // A device without the variable gets "_", dropped below like an empty tag.
        return index === undefined ? whole : safeSegment(variableValue(values.variables, index) ?? '');
      case 'device':
      case 'backupMethod':
      case 'artifact':
        return safeSegment(values[name]);
      default:
        // Only a template being typed (the preview) has one; checkPathTemplate refuses them.
        return whole;
    }
  });
  return rendered
    .split('/')
    .filter((part) => part && part !== '_')
    .join('/');
}
