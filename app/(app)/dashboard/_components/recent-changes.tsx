'use client';

import Link from 'next/link';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { useLive } from '../../../_lib/live';
import { useCoalesced } from '../../../_lib/use-coalesced';
import { useQuery } from '../../../_lib/use-query';
import { LineCounts, compareUrl } from '../../_components/change-parts';

const recentChangesQuery = graphql(`
  query RecentChanges($first: Int!) {
    changes(first: $first) {
      nodes {
        id
        artifact
        at
        addedLines
        removedLines
        previous {
          id
        }
        device {
          id
          name
        }
      }
    }
  }
`);

const changesAddedSubscription = graphql(`
  subscription RecentChangesAdded {
    changesAdded {
      id
    }
  }
`);

/** The latest real changes of the fleet, newest first, each linked to its diff; follows new ones live. */
export function RecentChanges({ first = 10 }: { first?: number }) {
  const { data, error, reload } = useQuery(recentChangesQuery, { first });
  const scheduleReload = useCoalesced(reload, 500);
  useLive({ subscription: changesAddedSubscription, variables: () => ({}), onData: () => scheduleReload() });

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading changes…" />;
  const changes = data.changes.nodes;
  if (changes.length === 0) return <EmptyState title="No changes yet">A configuration that changes between backups shows up here.</EmptyState>;
  return (
    <TableFrame
      head={
        <>
          <th scope="col" className={headerCell}>Device</th>
          <th scope="col" className={headerCell}>Artifact</th>
          <th scope="col" className={headerCell}>Lines</th>
          <th scope="col" className={headerCell}>When</th>
          <th scope="col" className={headerCell}>
            <span className="sr-only">Diff</span>
          </th>
        </>
      }
    >
      {changes.map((change) => (
        <tr key={change.id} data-testid="recent-change">
          <th scope="row" className={`${cell} text-left font-medium`}>
            {change.device ? (
              <Link href={`/devices/${change.device.id}`} className="text-sky-800 hover:underline">
                {change.device.name}
              </Link>
            ) : (
              '—'
            )}
          </th>
          <td className={`${cell} font-mono text-xs`}>{change.artifact}</td>
          <td className={cell}>
            <LineCounts added={change.addedLines} removed={change.removedLines} />
          </td>
          <td className={`${cell} text-xs`}>
            <Time value={change.at} />
          </td>
          <td className={`${cell} text-right`}>
            {change.device && change.previous && (
              <Link
                href={compareUrl(change.device.id, change.previous.id, change.id)}
                className="text-sky-800 hover:underline"
                aria-label={`Diff of ${change.device.name} ${change.artifact}`}
              >
                Diff
              </Link>
            )}
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
