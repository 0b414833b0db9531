import { Badge } from '../../_components/badge';

/** "Initial" for an artifact's first backup, "Changed" for a new version of it. */
export function ChangeBadge({ change }: { change: 'INITIAL' | 'CHANGED' }) {
  return change === 'INITIAL' ? <Badge tone="info">Initial</Badge> : <Badge tone="warn">Changed</Badge>;
}

/** +added −removed lines, or nothing when they were not counted (binary artifacts). */
export function LineCounts({ added, removed }: { added: number | null | undefined; removed: number | null | undefined }) {
  if (added == null || removed == null) return <span className="text-slate-500">—</span>;
  return (
    <span className="font-mono text-xs whitespace-nowrap tabular-nums" aria-label={`${added} lines added, ${removed} removed`}>
      <span className="text-emerald-700">+{added}</span> <span className="text-red-700">−{removed}</span>
    </span>
  );
}

export const compareUrl = (deviceId: string, from: string, to: string) => `/devices/${deviceId}/compare?from=${from}&to=${to}`;
