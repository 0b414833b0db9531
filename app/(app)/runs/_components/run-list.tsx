'use client';

import { useState } from 'react';
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

export function RunList() {
  const [status, setStatus] = useState<RunStatus | ''>('');
  const [trigger, setTrigger] = useState<RunTrigger | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = {
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
          <select id="run-filter-status" className={controlClass} value={status} onChange={(e) => setStatus(e.target.value as RunStatus | '')}>
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
          <select id="run-filter-trigger" className={controlClass} value={trigger} onChange={(e) => setTrigger(e.target.value as RunTrigger | '')}>
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
          <input id="run-filter-from" type="date" className={controlClass} value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="run-filter-to" className="mb-1 block text-sm font-medium text-slate-800">
            To
          </label>
          <input id="run-filter-to" type="date" className={controlClass} value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
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
