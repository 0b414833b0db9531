/** What a run covers, in its title and in the runs list: "Schedule demo · 62 devices", "3 devices", "All devices · 60". */

interface ScopedRun {
  total: number;
  selection: unknown;
  schedule?: { name: string } | null;
}

interface Selection {
  deviceIds?: string[];
  all?: boolean;
  tags?: string[];
  backupMethods?: string[];
  location?: string;
}

const devicesCount = (n: number) => (n === 1 ? '1 device' : `${n} devices`);

export function runScope(run: ScopedRun): string {
  const selection = (run.selection && typeof run.selection === 'object' ? run.selection : {}) as Selection;
  const count = devicesCount(run.total);
  if (run.schedule) return `Schedule ${run.schedule.name} · ${count}`;
  if (selection.deviceIds) return count;
  if (selection.all) return `All devices · ${run.total}`;
  const parts = [
    selection.tags?.length ? `${selection.tags.length === 1 ? 'Tag' : 'Tags'} ${selection.tags.join(', ')}` : null,
    selection.backupMethods?.length ? `${selection.backupMethods.length === 1 ? 'Backup method' : 'Backup methods'} ${selection.backupMethods.join(', ')}` : null,
    selection.location ? `Location ${selection.location}` : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join(' · ')} · ${count}` : count;
}
