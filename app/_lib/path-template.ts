/**
 * The repository path template, rendered in the browser for a preview. It follows the server's
 * rules: {device} {backupMethod} {artifact} {location} {location.N} {tags} {tag.N}; every value
 * becomes a safe path segment and empty segments are dropped.
 */
const variablePattern = /\{([A-Za-z]+)(?:\.(\d+))?\}/g;

export interface PathTemplateValues {
  device: string;
  backupMethod: string;
  artifact: string;
  location: string;
  tags: string[];
}

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
        return whole;
    }
  });
  return rendered
    .split('/')
    .filter((part) => part && part !== '_')
    .join('/');
}
