/**
 * Where an artifact lives inside a repository, e.g. "{location}/{device}/{artifact}".
 * Variables: {device}, {backupMethod}, {artifact}, {location} (the whole path),
 * {location.1} … (its parts), {tags} (joined with "-"), {tag.1} …. Imports nothing, so the
 * repository form renders its preview in the browser with the same code.
 */
const variablePattern = /\{([A-Za-z]+)(?:\.(\d+))?\}/g;
const knownVariables = new Set(['device', 'backupMethod', 'artifact', 'location', 'tags', 'tag']);
const indexedVariables = new Set(['location', 'tag']);

export interface PathTemplateValues {
  device: string;
  backupMethod: string;
  artifact: string;
  location: string;
  tags: string[];
}

/** Returns a problem description, or null when the template is usable. */
export function checkPathTemplate(template: string): string | null {
  if (!template.trim()) return 'is required';
  if (template.startsWith('/')) return 'must be relative (no leading /)';
  let hasArtifact = false;
  let hasDevice = false;
  for (const match of template.matchAll(variablePattern)) {
    const [, name, index] = match;
    if (!knownVariables.has(name)) return `has an unknown variable {${name}}`;
    if (index !== undefined && !indexedVariables.has(name)) return `{${name}} takes no index`;
    if (name === 'tag' && index === undefined) return '{tag} needs an index, e.g. {tag.1}';
    hasArtifact ||= name === 'artifact';
    hasDevice ||= name === 'device';
  }
  if (!hasDevice || !hasArtifact) return 'must contain {device} and {artifact} so every artifact gets its own file';
  if (template.split('/').some((part) => part === '..')) return 'must not contain ".."';
  return null;
}

/** A path segment that is safe on every filesystem and in git. */
function safeSegment(value: string): string {
  return value.replace(/[^A-Za-z0-9._@+-]+/g, '_').replace(/^\.+/, '_') || '_';
}

export function renderPathTemplate(template: string, values: PathTemplateValues): string {
  const locationParts = values.location.split('/').filter(Boolean);
  const rendered = template.replace(variablePattern, (whole: string, name: string, index?: string) => {
    const i = index === undefined ? -1 : Number(index) - 1;
    switch (name) {
      case 'location':
        return i < 0 ? locationParts.map(safeSegment).join('/') : safeSegment(locationParts[i] ?? '');
      case 'tags':
        return safeSegment(values.tags.join('-'));
      case 'tag':
        return safeSegment(values.tags[i] ?? '');
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
