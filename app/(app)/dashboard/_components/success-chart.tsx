import { getFragmentData, graphql, type FragmentType } from '../../../_gql';

const successChartDayFragment = graphql(`
  fragment SuccessChartDay on DailySuccess {
    day
    succeeded
    failed
    rate
  }
`);

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

function label(day: string): string {
  return dayLabel.format(new Date(`${day}T00:00:00Z`));
}

/** One bar per day: its height is the share of device backups that succeeded. */
export function SuccessChart({ days: dayRefs }: { days: FragmentType<typeof successChartDayFragment>[] }) {
  const days = getFragmentData(successChartDayFragment, dayRefs);
  const withData = days.filter((d) => d.rate !== null);
  const overall = withData.reduce((sum, d) => ({ ok: sum.ok + d.succeeded, all: sum.all + d.succeeded + d.failed }), { ok: 0, all: 0 });
  return (
    <figure className="space-y-2">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-semibold text-slate-900">Success rate per day, last 30 days (UTC)</span>
        <span className="text-slate-600">{overall.all ? `${Math.round((overall.ok / overall.all) * 100)}% overall of ${overall.all} device backups` : 'No device backups yet'}</span>
      </figcaption>
      <div className="flex h-32 items-end gap-px rounded-md border border-slate-200 bg-white p-2 sm:gap-1" role="list" aria-label="Success rate per day">
        {days.map((d) => {
          const total = d.succeeded + d.failed;
          const text = total ? `${label(d.day)}: ${Math.round((d.rate ?? 0) * 100)}% (${d.succeeded} of ${total})` : `${label(d.day)}: no backups`;
          return (
            <div key={d.day} role="listitem" aria-label={text} title={text} className="flex h-full flex-1 flex-col justify-end">
              {total ? (
                <div className="flex w-full flex-col overflow-hidden rounded-t-sm" style={{ height: `${Math.max(4, (d.rate ?? 0) * 100)}%` }}>
                  <div className={`h-full w-full ${d.rate === 1 ? 'bg-emerald-500' : (d.rate ?? 0) >= 0.8 ? 'bg-amber-400' : 'bg-red-500'}`} />
                </div>
              ) : (
                <div className="h-0.5 w-full bg-slate-200" />
              )}
            </div>
          );
        })}
      </div>
      <div className="flex justify-between text-xs text-slate-500">
        <span>{days[0] && label(days[0].day)}</span>
        <span>{days.at(-1) && label(days.at(-1)!.day)}</span>
      </div>
    </figure>
  );
}
