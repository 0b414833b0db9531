/**
 * A run's devices as one bar: succeeded green, failed red, collected but not stored amber,
 * cancelled grey, the rest (waiting or running) empty. As a progress bar it says how many are done.
 */
export interface RunSplit {
  total: number;
  succeeded: number;
  failed: number;
  notStored: number;
  cancelled: number;
  /** Devices done, which may run ahead of the counts while a run is followed live. */
  done: number;
}

const segments = [
  { key: 'succeeded', label: 'succeeded', bar: 'bg-emerald-600', dot: 'bg-emerald-600' },
  { key: 'failed', label: 'failed', bar: 'bg-red-600', dot: 'bg-red-600' },
  { key: 'notStored', label: 'not stored', bar: 'bg-amber-500', dot: 'bg-amber-500' },
  { key: 'cancelled', label: 'cancelled', bar: 'bg-slate-400', dot: 'bg-slate-400' },
] as const;

export function RunSplitBar({ split }: { split: RunSplit }) {
  const { total } = split;
  const done = Math.min(total, Math.max(split.done, split.succeeded + split.failed + split.notStored + split.cancelled));
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const share = (n: number) => (total > 0 ? (n / total) * 100 : 0);
  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-label="Run progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% (${done} of ${total}): ${segments.map((s) => `${split[s.key]} ${s.label}`).join(', ')}`}
          className="flex h-3 flex-1 overflow-hidden rounded-full bg-slate-200"
        >
          {segments.map((s) =>
            split[s.key] > 0 ? (
              <div key={s.key} data-segment={s.key} className={`h-full ${s.bar} transition-[width] duration-300`} style={{ width: `${share(split[s.key])}%` }} />
            ) : null,
          )}
        </div>
        <span className="w-24 text-right text-xs text-slate-600 tabular-nums">
          {percent}% · {done}/{total}
        </span>
      </div>
      <ul aria-label="Devices by outcome" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {segments.map((s) =>
          s.key === 'succeeded' || s.key === 'failed' || split[s.key] > 0 ? (
            <li key={s.key} className="flex items-center gap-1.5 tabular-nums" data-testid={`split-${s.key}`}>
              <span aria-hidden className={`inline-block size-2.5 rounded-full ${s.dot}`} />
              {split[s.key]} {s.label}
            </li>
          ) : null,
        )}
        {total - done > 0 && (
          <li className="flex items-center gap-1.5 tabular-nums">
            <span aria-hidden className="inline-block size-2.5 rounded-full bg-slate-200 ring-1 ring-slate-300" />
            {total - done} to go
          </li>
        )}
      </ul>
    </div>
  );
}
