/** Lists as typed into the scope fields: separated by commas, spaces or lines. */
export function splitList(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** The ports typed, or null when one is not a port number. */
export function parsePorts(text: string): number[] | null {
  const ports = splitList(text).map((port) => (/^\d{1,5}$/.test(port) ? Number(port) : NaN));
  return ports.every((port) => port >= 1 && port <= 65535) ? ports : null;
}

/** "10.0.0.0/8, *.net.example.com · tags core · ports 22", or null when the set may be used on any host. */
export function scopeSummary(scope: { hosts: string[]; tags: string[]; ports: number[] }): string | null {
  if (scope.hosts.length === 0 && scope.tags.length === 0) return null;
  const parts: string[] = [];
  if (scope.hosts.length) parts.push(scope.hosts.join(', '));
  if (scope.tags.length) parts.push(`tags ${scope.tags.join(', ')}`);
  if (scope.ports.length) parts.push(`ports ${scope.ports.join(', ')}`);
  return parts.join(' · ');
}
