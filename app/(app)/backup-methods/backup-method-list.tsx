'use client';

import { Badge } from '../../_components/badge';
import { PageHeader } from '../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../_components/states';
import { TableFrame, cell, headerCell } from '../../_components/table';
import { graphql } from '../../_gql';
import { useQuery } from '../../_lib/use-query';

const methodsQuery = graphql(`
  query BackupMethods {
    backupMethods {
      key
      friendlyName
      description
      platform
      artifacts
      isBinary
    }
  }
`);

export function BackupMethodList() {
  const { data, error, reload } = useQuery(methodsQuery);
  const methods = data?.backupMethods;
  return (
    <>
      <PageHeader title="Backup methods" description="What each platform can collect from a device. A device refers to one backup method." />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !methods && <LoadingState label="Loading backup methods…" />}
      {methods?.length === 0 && <EmptyState title="No backup methods are installed" />}
      {methods && methods.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>Key</th>
              <th scope="col" className={headerCell}>Platform</th>
              <th scope="col" className={headerCell}>Artifacts</th>
              <th scope="col" className={headerCell}>Type</th>
              <th scope="col" className={headerCell}>Description</th>
            </>
          }
        >
          {methods.map((method) => (
            <tr key={method.key}>
              <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>{method.friendlyName}</th>
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{method.key}</td>
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{method.platform}</td>
              <td className={`${cell} font-mono text-xs`}>{method.artifacts.join(', ')}</td>
              <td className={cell}>{method.isBinary ? <Badge tone="info">Binary</Badge> : <Badge>Text</Badge>}</td>
              <td className={`${cell} min-w-64 text-slate-700`}>{method.description}</td>
            </tr>
          ))}
        </TableFrame>
      )}
    </>
  );
}
