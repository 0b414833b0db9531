import Link from 'next/link';
import { ProgressBar } from '../../../_components/progress-bar';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import { formatDuration } from '../../../_lib/format';
import { runStatusLabels, runTriggerLabels } from '../../../_lib/types';
import { RunStatusBadge } from '../../_components/status-badges';
import { runScope } from './run-scope';

const runTableRowFragment = graphql(`
  fragment RunTableRow on Run {
    id
    status
    trigger
    total
    completed
    succeededCount
    failedCount
    createdAt
    startedAt
    durationMs
    changedArtifacts
    initialArtifacts
    requestedBy {
      username
    }
    selection
    schedule {
      name
    }
  }
`);

export function RunTable({ runs: runRefs }: { runs: FragmentType<typeof runTableRowFragment>[] }) {
  const runs = getFragmentData(runTableRowFragment, runRefs);
  return (
    <TableFrame
      head={
        <>
          <th scope="col" className={headerCell}>Started</th>
          <th scope="col" className={headerCell}>Status</th>
          <th scope="col" className={headerCell}>Scope</th>
          <th scope="col" className={headerCell}>Devices</th>
          <th scope="col" className={headerCell}>Changes</th>
          <th scope="col" className={headerCell}>Duration</th>
          <th scope="col" className={headerCell}>By</th>
        </>
      }
    >
      {runs.map((run) => (
        <tr key={run.id} className="hover:bg-slate-50">
          <th scope="row" className={`${cell} text-left font-medium`}>
            <Link href={`/runs/${run.id}`} className="text-sky-800 underline-offset-2 hover:underline">
              <Time value={run.startedAt ?? run.createdAt} />
            </Link>
          </th>
          <td className={cell}>
            <RunStatusBadge status={run.status} />
          </td>
          <td className={cell} data-testid="run-scope">
            <span className="block max-w-64 truncate" title={`${runTriggerLabels[run.trigger]}: ${runScope(run)}`}>
              {runScope(run)}
            </span>
          </td>
          <td className={`${cell} min-w-40`}>
            {runStatusLabels[run.status].active ? (
              <ProgressBar value={run.completed} total={run.total} label={`Run progress`} />
            ) : (
              <span className="whitespace-nowrap tabular-nums">
                {run.succeededCount} ok
                {run.failedCount > 0 && <span className="text-red-700"> · {run.failedCount} failed</span>}
                <span className="text-slate-500"> of {run.total}</span>
              </span>
            )}
          </td>
          <td className={`${cell} whitespace-nowrap tabular-nums`} data-testid="run-changes">
            {run.changedArtifacts > 0 ? <span className="font-medium text-amber-800">{run.changedArtifacts} changed</span> : <span className="text-slate-500">None</span>}
            {run.initialArtifacts > 0 && <span className="text-slate-500"> · {run.initialArtifacts} initial</span>}
          </td>
          <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatDuration(run.durationMs)}</td>
          <td className={`${cell} whitespace-nowrap text-slate-700`}>{run.requestedBy?.username ?? (run.trigger === 'SCHEDULE' ? 'schedule' : runTriggerLabels[run.trigger])}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
