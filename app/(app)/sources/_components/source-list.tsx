'use client';

import Link from 'next/link';
import { Badge } from '../../../_components/badge';
import { LinkButton } from '../../../_components/button';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { sourceKindLabels } from './source-kind';
import { syncStatusLabels } from './sync-result';

const sourcesQuery = graphql(`
  query InventorySources {
    inventorySources {
      id
      name
      kind
      url
      deviceCount
      syncCron
      syncTimeZone
      nextSyncAt
      lastSync {
        id
        status
        finishedAt
        createdAt
      }
    }
  }
`);

export function SourceList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery(sourcesQuery);
  const sources = data?.inventorySources;
  return (
    <>
      <PageHeader
        title="Sources"
        description="Nautobot and NetBox inventories that devices are synced from."
        actions={
          can.administer && (
            <LinkButton href="/sources/new" variant="primary">
              Add source
            </LinkButton>
          )
        }
      />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !sources && <LoadingState label="Loading sources…" />}
      {sources?.length === 0 && (
        <EmptyState title="No sources yet">{can.administer ? 'Add a Nautobot or NetBox to take devices from it.' : 'An admin can add inventory sources.'}</EmptyState>
      )}
      {sources && sources.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Kind</th>
              <th scope="col" className={headerCell}>Devices</th>
              <th scope="col" className={headerCell}>Schedule</th>
              <th scope="col" className={headerCell}>Last sync</th>
            </>
          }
        >
          {sources.map((source) => (
            <tr key={source.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                <Link href={`/sources/${source.id}`} className="text-sky-800 hover:underline">
                  {source.name}
                </Link>
                <p className="font-mono text-xs font-normal text-slate-500">{source.url}</p>
              </th>
              <td className={cell}>{sourceKindLabels[source.kind]}</td>
              <td className={cell}>{source.deviceCount}</td>
              <td className={`${cell} text-xs`}>
                {source.syncCron ? (
                  <>
                    <p className="font-mono">
                      {source.syncCron} · {source.syncTimeZone}
                    </p>
                    <p className="text-slate-500">
                      next <Time value={source.nextSyncAt} />
                    </p>
                  </>
                ) : (
                  <span className="text-slate-500">On demand</span>
                )}
              </td>
              <td className={cell}>
                {source.lastSync ? (
                  <span className="inline-flex items-center gap-1.5 text-xs">
                    <Badge tone={syncStatusLabels[source.lastSync.status].tone}>{syncStatusLabels[source.lastSync.status].label}</Badge>
                    <Time value={source.lastSync.finishedAt ?? source.lastSync.createdAt} />
                  </span>
                ) : (
                  <span className="text-slate-400">Never</span>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
    </>
  );
}
