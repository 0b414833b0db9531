'use client';

import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';
import { useCursorPages } from '../../_components/use-cursor-pages';


const auditQuery = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
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
        details
        createdAt
      }
    }
  }
`);

const pageSize = 50;

export function AuditLog() {
  const { can } = useSession();
  const pages = useCursorPages('audit');
  const { data, error, loading, reload } = useQuery(auditQuery, { first: pageSize, after: pages.after });
  const log = data?.auditLog;
  if (!can.administer) return <EmptyState title="The audit log is for admins" />;
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <h2 className="mb-3 text-base font-semibold text-slate-900">Audit log</h2>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !log && <LoadingState label="Loading the audit log…" />}
      {log?.totalCount === 0 && <EmptyState title="Nothing has changed yet" />}
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
                <th scope="row" className={`${cell} text-left text-xs font-normal`}>
                  <Time value={entry.createdAt} />
                </th>
                <td className={`${cell} whitespace-nowrap`}>{entry.actorName}</td>
                <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{entry.action}</td>
                <td className={`${cell} text-xs whitespace-nowrap`}>{entry.targetType}</td>
                <td className={`${cell} max-w-md truncate font-mono text-xs text-slate-600`} title={JSON.stringify(entry.details)}>
                  {JSON.stringify(entry.details)}
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
