'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { controlClass } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import { runStatusLabels, runTriggerLabels, type RunStatus, type RunTrigger } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useCursorPages } from '../../_components/use-cursor-pages';
import { RunTable } from './run-table';

const pageSize = 25;

const runsQuery = graphql(`
  query Runs($first: Int!, $after: String, $filter: RunFilter) {
    runs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RunTableRow
      }
    }
  }
`);

const statuses = Object.keys(runStatusLabels) as RunStatus[];
const triggers = Object.keys(runTriggerLabels) as RunTrigger[];

/** The start of a local calendar day, as the API's DateTime. */
function dayStart(date: string, plusDays = 0): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The filters live in the address (`?status=FAILED&trigger=SCHEDULE&from=…&to=…&changes=1`), so
 * Back, a reload and a shared link keep them; the dashboard links to `?changes=1`.
 */
function useAddressFilters() {
  const pathname = usePathname();
  const params = useSearchParams();
  const status = params.get('status');
  const trigger = params.get('trigger');
  const from = params.get('from');
  const to = params.get('to');
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    const query = next.toString();
    // Next.js follows history.replaceState: the page re-renders at once, without asking the server.
    window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
  };
  return {
    status: (statuses.includes(status as RunStatus) ? status : '') as RunStatus | '',
    trigger: (triggers.includes(trigger as RunTrigger) ? trigger : '') as RunTrigger | '',
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
    withChanges: params.get('changes') === '1',
    set,
  };
}

export function RunList() {
  const address = useAddressFilters();
  const { status, trigger, from, to, withChanges } = address;
  const filter = {
    ...(withChanges ? { withChanges } : {}),
    ...(status ? { status } : {}),
    ...(trigger ? { trigger } : {}),
    ...(from ? { since: dayStart(from) } : {}),
    ...(to ? { until: dayStart(to, 1) } : {}),
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, error, loading, reload } = useQuery(runsQuery, {
    first: pageSize,
    after: pages.after,
    filter,
  });
  const runs = data?.runs;
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader title="Runs" description="Every execution over a set of devices, newest first." />
      <div role="search" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        <div>
          <label htmlFor="run-filter-status" className="mb-1 block text-sm font-medium text-slate-800">
            Status
          </label>
          <select id="run-filter-status" className={controlClass} value={status} onChange={(e) => address.set('status', e.target.value)}>
            <option value="">All</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {runStatusLabels[s].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="run-filter-trigger" className="mb-1 block text-sm font-medium text-slate-800">
            Trigger
          </label>
          <select id="run-filter-trigger" className={controlClass} value={trigger} onChange={(e) => address.set('trigger', e.target.value)}>
            <option value="">All</option>
            {triggers.map((t) => (
              <option key={t} value={t}>
                {runTriggerLabels[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="run-filter-from" className="mb-1 block text-sm font-medium text-slate-800">
            From
          </label>
          <input id="run-filter-from" type="date" className={controlClass} value={from} onChange={(e) => address.set('from', e.target.value)} />
        </div>
        <div>
          <label htmlFor="run-filter-to" className="mb-1 block text-sm font-medium text-slate-800">
            To
          </label>
          <input id="run-filter-to" type="date" className={controlClass} value={to} onChange={(e) => address.set('to', e.target.value)} />
        </div>
        <label className="col-span-2 flex w-fit items-center gap-2 text-sm text-slate-800 md:col-span-4">
          <input type="checkbox" className="size-4 accent-sky-700" checked={withChanges} onChange={(e) => address.set('changes', e.target.checked ? '1' : null)} />
          With changes only
        </label>
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !runs && <LoadingState label="Loading runs…" />}
      {!error && runs?.totalCount === 0 && (
        <EmptyState title={filtered ? 'No run matches' : 'No runs yet'}>{filtered ? 'Try other filters.' : 'Runs appear here when devices are backed up.'}</EmptyState>
      )}
      {!error && runs && runs.totalCount > 0 && (
        <div aria-busy={loading}>
          <RunTable runs={runs.nodes} />
          <Pagination
            page={pages.page}
            pageSize={pageSize}
            shown={runs.nodes.length}
            totalCount={runs.totalCount}
            hasNextPage={runs.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(runs.pageInfo.endCursor)}
          />
        </div>
      )}
    </>
  );
}
