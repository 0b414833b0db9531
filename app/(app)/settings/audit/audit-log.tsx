'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { inlineControlClass } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import type { AuditFilter } from '../../../_gql/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';
import { useCursorPages } from '../../_components/use-cursor-pages';

const auditQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        actorName
        actorType
        targetType
        targetId
        targetName
        targetExists
        details
        createdAt
      }
    }
  }
`);

const facetsQuery = graphql(`
  query AuditFacets {
    auditFacets {
      actors
      actions
      targetTypes
    }
  }
`);

const pageSize = 50;

/** Where a target of each type is shown, when it still exists. */
const targetPages: Record<string, (id: string) => string> = {
  device: (id) => `/devices/${id}`,
  'credential-set': (id) => `/credential-sets/${id}`,
  repository: (id) => `/repositories/${id}`,
  schedule: (id) => `/schedules/${id}`,
  run: (id) => `/runs/${id}`,
  user: () => '/settings/users',
  'api-token': () => '/settings/api-tokens',
};

const filterKeys = ['actorName', 'action', 'targetType'] as const;

/** The filters live in the address, so a filtered log can be shared and comes back with Back. */
function useAuditFilter() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter: AuditFilter = { hideLogins: params.get('logins') !== 'shown' };
  for (const key of filterKeys) filter[key] = params.get(key) || null;
  const set = (key: (typeof filterKeys)[number] | 'logins', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return { filter, set };
}

export function AuditLog() {
  const { can } = useSession();
  const { filter, set } = useAuditFilter();
  const pages = useCursorPages(`audit ${JSON.stringify(filter)}`);
  const { data, error, loading, reload } = useQuery(auditQuery, { first: pageSize, after: pages.after, filter });
  const facets = useQuery(facetsQuery).data?.auditFacets;
  const log = data?.auditLog;
  if (!can.administer) return <EmptyState title="The audit log is for admins" />;
  const filtered = filterKeys.some((key) => filter[key]) || !filter.hideLogins;
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <h2 className="mb-3 text-base font-semibold text-slate-900">Audit log</h2>
      <div role="group" aria-label="Filters" className="mb-3 flex flex-wrap items-end gap-3 text-sm">
        <FacetSelect id="audit-actor" label="Who" value={filter.actorName} options={facets?.actors} onChange={(v) => set('actorName', v)} />
        <FacetSelect id="audit-action" label="Action" value={filter.action} options={facets?.actions} onChange={(v) => set('action', v)} />
        <FacetSelect id="audit-target" label="Target" value={filter.targetType} options={facets?.targetTypes} onChange={(v) => set('targetType', v)} />
        <label className="flex items-center gap-1.5 pb-1.5 text-slate-700">
          <input type="checkbox" checked={!filter.hideLogins} onChange={(e) => set('logins', e.target.checked ? 'shown' : null)} />
          Show logins
        </label>
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !log && <LoadingState label="Loading the audit log…" />}
      {log?.totalCount === 0 && <EmptyState title={filtered ? 'No entry matches these filters' : 'Nothing has changed yet'} />}
      {log && log.totalCount > 0 && (
        <div aria-busy={loading}>
          <TableFrame
            head={
              <>
                <th scope="col" className={headerCell}>When</th>
                <th scope="col" className={headerCell}>Who</th>
                <th scope="col" className={headerCell}>Action</th>
                <th scope="col" className={headerCell}>Target</th>
                <th scope="col" className={headerCell}>Details</th>
              </>
            }
          >
            {log.nodes.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" className={`${cell} text-left text-xs font-normal whitespace-nowrap`}>
                  <Time value={entry.createdAt} />
                </th>
                <td className={`${cell} whitespace-nowrap`}>{entry.actorName}</td>
                <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{entry.action}</td>
                <td className={`${cell} text-xs`}>
                  <Target entry={entry} />
                </td>
                <td className={`${cell} text-xs text-slate-600`}>
                  <Details details={entry.details as Record<string, unknown>} />
                </td>
              </tr>
            ))}
          </TableFrame>
          <Pagination
            page={pages.page}
            pageSize={pageSize}
            shown={log.nodes.length}
            totalCount={log.totalCount}
            hasNextPage={log.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(log.pageInfo.endCursor)}
          />
        </div>
      )}
    </>
  );
}

function FacetSelect({ id, label, value, options, onChange }: { id: string; label: string; value?: string | null; options?: string[]; onChange: (value: string | null) => void }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} className={inlineControlClass} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">All</option>
        {/* A value from the address that no entry has any more still shows as chosen. */}
        {value && !options?.includes(value) && <option value={value}>{value}</option>}
        {options?.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

function Target({ entry }: { entry: { targetType: string; targetId?: string | null; targetName?: string | null; targetExists: boolean } }) {
  const name = entry.targetName ?? (entry.targetId ? entry.targetId.slice(0, 8) : null);
  const page = entry.targetExists && entry.targetId ? targetPages[entry.targetType]?.(entry.targetId) : undefined;
  return (
    <span className="whitespace-nowrap">
      <span className="text-slate-500">{entry.targetType}</span>
      {name && ' '}
      {name && page ? (
        <Link href={page} className="font-medium text-sky-800 underline-offset-2 hover:underline">
          {name}
        </Link>
      ) : (
        name && <span className={entry.targetExists ? 'font-medium text-slate-900' : 'text-slate-700'}>{name}</span>
      )}
      {name && !entry.targetExists && entry.targetId && <span className="text-slate-500"> (gone)</span>}
    </span>
  );
}

/** Details as "field: value" pairs; lists joined, nested values as compact JSON. */
function Details({ details }: { details: Record<string, unknown> }) {
  const shown = Object.entries(details).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== false);
  if (shown.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-0.5">
      {shown.map(([key, value]) => (
        <div key={key} className="flex gap-1">
          <dt className="text-slate-500">{key}:</dt>
          <dd className="max-w-xs truncate font-mono text-slate-800" title={describe(value)}>
            {describe(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function describe(value: unknown): string {
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
